using System.Collections.Immutable;

namespace ChildrensKpi.Server.Api;

/// <summary>One indicator's definition and the inputs it needs, named as a client supplies them.</summary>
/// <param name="Id">The indicator's id (<c>NI62</c>).</param>
/// <param name="Aliases">Older codes for it (<c>PAF A1</c>).</param>
/// <param name="Name">The name councils report it under.</param>
/// <param name="Polarity">Which direction is good.</param>
/// <param name="Unit">What the value measures.</param>
/// <param name="Numerator">Who or what the numerator counts.</param>
/// <param name="Denominator">Who or what the denominator counts.</param>
/// <param name="Source">Where the definition comes from, and the reading chosen.</param>
/// <param name="Group">The family of measures: <c>NationalIndicatorSetAndPaf</c> (the seeds' years) or <c>Current</c>.</param>
/// <param name="Requires">The kinds of input (<c>LookedAfter</c>, <c>ChildrenInNeed</c>, <c>Population</c>).</param>
/// <param name="FormFields">The multipart fields that supply them.</param>
/// <param name="JsonProperties">The JSON request properties that supply them.</param>
internal sealed record CatalogueEntry(
    string Id,
    ImmutableArray<string> Aliases,
    string Name,
    Polarity Polarity,
    IndicatorUnit Unit,
    string Numerator,
    string Denominator,
    string Source,
    IndicatorGroup Group,
    ImmutableArray<string> Requires,
    ImmutableArray<string> FormFields,
    ImmutableArray<string> JsonProperties)
{
    public static CatalogueEntry Of(Indicator indicator)
    {
        var d = indicator.Definition;
        var kinds = InputNames.Kinds(indicator.Requires);
        return new CatalogueEntry(d.Id, d.Aliases, d.Name, d.Polarity, d.Unit, d.Numerator, d.Denominator, d.Source, d.Group,
            [.. kinds.Select(k => k.ToString())],
            [.. kinds.Select(InputNames.Upload.For)],
            [.. kinds.Select(InputNames.Records.For)]);
    }
}
