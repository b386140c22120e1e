using System.Globalization;

namespace ChildrensKpi.Cli.Output;

/// <summary>Display rounding of values for people; the JSON and CSV keep them unrounded.</summary>
internal static class ValueText
{
    public static string Format(IndicatorResult result) => result.Value is not { } value ? "no value" : Format(result.Definition.Unit, value);

    /// <summary>A published value for people: <c>[c]</c> when withheld, <c>no value</c> when there is none.</summary>
    public static string Format(PublishedIndicator published) =>
        published.ValueWithheld ? Publication.Withheld : published.Value is not { } value ? "no value" : Format(published.Definition.Unit, value);

    /// <summary>A published count or sum: <c>[c]</c> when withheld.</summary>
    public static string Figure(decimal? figure, bool withheld) => ReportCsv.Figure(figure, withheld);

    /// <summary>A value in <paramref name="unit"/> as people read it: <c>15.9%</c>, <c>45.2 per 10,000</c>, <c>120 days</c>, <c>£512.00</c>.</summary>
    public static string Format(IndicatorUnit unit, decimal value) => ChildrensKpi.Charts.IndicatorText.Value(unit, value);

    public static string Number(decimal number) => number.ToString("0.############", CultureInfo.InvariantCulture);

    public static string Polarity(Polarity polarity) => polarity switch
    {
        ChildrensKpi.Polarity.HigherIsBetter => "higher is better",
        ChildrensKpi.Polarity.LowerIsBetter => "lower is better",
        _ => "contextual",
    };
}
