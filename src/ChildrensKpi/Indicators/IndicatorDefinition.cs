using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>What an indicator is: its identity, its statutory definition and how to read its value.</summary>
/// <param name="Id">The National Indicator number where one exists (<c>NI62</c>), else the library's id (<c>CLA10K</c>).</param>
/// <param name="Aliases">Older codes for the same measure (<c>PAF A1</c>).</param>
/// <param name="Name">The name councils report it under.</param>
/// <param name="Polarity">Which direction is good.</param>
/// <param name="Unit">What the value measures.</param>
/// <param name="Numerator">Who or what is counted in the numerator, as the definition says.</param>
/// <param name="Denominator">Who or what is counted in the denominator, as the definition says.</param>
/// <param name="Source">Where the definition comes from, and the reading chosen where the guidance is ambiguous.</param>
public sealed record IndicatorDefinition(
    string Id,
    ImmutableArray<string> Aliases,
    string Name,
    Polarity Polarity,
    IndicatorUnit Unit,
    string Numerator,
    string Denominator,
    string Source)
{
    /// <summary>The family of measures the indicator belongs to; default <see cref="IndicatorGroup.NationalIndicatorSetAndPaf"/>.</summary>
    public IndicatorGroup Group { get; init; } = IndicatorGroup.NationalIndicatorSetAndPaf;

    /// <summary>Whether <paramref name="idOrAlias"/> names this indicator (case, spaces and punctuation ignored: <c>ni62</c>, <c>PAF A1</c>, <c>PAFA1</c>).</summary>
    public bool IsNamed(string idOrAlias)
    {
        ArgumentNullException.ThrowIfNull(idOrAlias);
        var wanted = Normalise(idOrAlias);
        return Normalise(Id) == wanted || Aliases.Any(a => Normalise(a) == wanted);
    }

    private static string Normalise(string name) =>
        string.Concat(name.Where(char.IsLetterOrDigit)).ToUpperInvariant();
}
