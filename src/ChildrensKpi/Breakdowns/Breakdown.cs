using System.Collections.Immutable;
using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// Breaks an indicator result down by the characteristics of its children, from its child-level explanations.
/// </summary>
/// <remarks>
/// Characteristics come from the SSDA903 Header table and the CIN census children; a child found in neither is in the
/// group <c>Unknown</c>. Age is in completed years at the end of the result's period. The groups add up to the whole:
/// their numerators and denominators sum to the result's (for a rate per 10,000, the numerators do). The council's
/// team is not in either return, so there is no team breakdown of child-level indicators.
/// </remarks>
public static class Breakdown
{
    /// <summary>The result's counts by <paramref name="dimension"/>, groups in a fixed order (age bands youngest first, others by name, Unknown last).</summary>
    /// <exception cref="ArgumentException">The result was computed without explanations (<see cref="ComputeOptions.Explain"/> false).</exception>
    public static ImmutableArray<BreakdownGroup> Compute(IndicatorResult result, IndicatorInputs inputs, BreakdownDimension dimension)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(inputs);
        if (result.Children.IsEmpty && result.Numerator != 0)
        {
            throw new ArgumentException("A breakdown needs the children behind the result: compute it with ComputeOptions.Explain = true.", nameof(result));
        }
        var characteristics = Characteristics(inputs);
        var end = result.Period.End;
        var groups = result.Children
            .GroupBy(c => GroupOf(characteristics.GetValueOrDefault(c.ChildId), dimension, end))
            .Select(g =>
            {
                int numerator = g.Count(c => c.InNumerator);
                int denominator = g.Count(c => c.InDenominator);
                decimal? value = denominator == 0 || result.Definition.Unit == IndicatorUnit.Per10000 ? null
                    : result.Definition.Unit == IndicatorUnit.Percent ? 100m * numerator / denominator
                    : (decimal)numerator / denominator;
                return new BreakdownGroup(g.Key, numerator, denominator, value);
            })
            .Where(g => g.Numerator > 0 || g.Denominator > 0);
        return [.. groups.OrderBy(g => Order(g.Group, dimension)).ThenBy(g => g.Group, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Whether <paramref name="result"/> can be broken down by its children: a percentage whose numerator and denominator
    /// count its explanations one each, so that the groups add up to it, and whose explanations are children (not the
    /// workforce indicators' teams, which have no age, sex or ethnicity). A rate per 10,000 has no population by group,
    /// a mean's numerator is a sum of days, and money and ratios are not counts of children, so they are not broken down.
    /// </summary>
    public static bool AppliesTo(IndicatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Definition.Unit == IndicatorUnit.Percent
            && !result.Children.Any(c => c.Subject?.StartsWith("team ", StringComparison.Ordinal) == true)
            && result.Children.Count(c => c.InNumerator) == result.Numerator
            && result.Children.Count(c => c.InDenominator) == result.Denominator;
    }

    /// <summary>
    /// <paramref name="groups"/> (of <paramref name="result"/>) as they may be published beside the result under
    /// <paramref name="publication"/>'s threshold: each group's small counts withheld as an indicator's are
    /// (<see cref="Disclosure"/>), and, since the groups add up to the result, one more group's count withheld wherever
    /// the result less the other groups would give a withheld one back (NI 62's 16+ as the whole less the other bands).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="groups"/> is default.</exception>
    public static System.Collections.Immutable.ImmutableArray<PublishedBreakdownGroup> Publish(IndicatorResult result, System.Collections.Immutable.ImmutableArray<BreakdownGroup> groups, PublicationOptions publication)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(publication);
        if (groups.IsDefault)
        {
            throw new ArgumentException("The groups are default: give the breakdown Compute returned.", nameof(groups));
        }
        return Publisher.Breakdown(result, groups, publication.SuppressionThreshold, default);
    }

    private static readonly string[] AgeBands = ["under 1", "1–4", "5–9", "10–15", "16+"];

    private static string GroupOf((LocalDate? DateOfBirth, Sex? Sex, string? Ethnicity) child, BreakdownDimension dimension, LocalDate end) => dimension switch
    {
        BreakdownDimension.AgeBand => child.DateOfBirth is { } dob && dob <= end ? AgeBandOf(Age.InYears(dob, end)) : "Unknown",
        BreakdownDimension.Sex => child.Sex?.ToString() ?? "Unknown",
        _ => string.IsNullOrWhiteSpace(child.Ethnicity) ? "Unknown" : child.Ethnicity,
    };

    private static string AgeBandOf(int age) => age switch
    {
        < 1 => AgeBands[0],
        <= 4 => AgeBands[1],
        <= 9 => AgeBands[2],
        <= 15 => AgeBands[3],
        _ => AgeBands[4],
    };

    private static int Order(string group, BreakdownDimension dimension) =>
        group == "Unknown" ? int.MaxValue : dimension == BreakdownDimension.AgeBand ? Array.IndexOf(AgeBands, group) : 0;

    private static Dictionary<ChildId, (LocalDate? DateOfBirth, Sex? Sex, string? Ethnicity)> Characteristics(IndicatorInputs inputs)
    {
        var known = new Dictionary<ChildId, (LocalDate?, Sex?, string?)>();
        foreach (var child in inputs.ChildrenInNeed?.Children ?? [])
        {
            known[child.Id] = (child.DateOfBirth, child.Sex, child.Ethnicity);
        }
        foreach (var child in inputs.LookedAfter?.Children ?? [])
        {
            known[child.Id] = (child.DateOfBirth, child.Sex, child.Ethnicity);
        }
        return known;
    }
}
