using System.Globalization;
using NodaTime;

namespace ChildrensKpi.Charts;

/// <summary>How indicators' values and months are written for people, the same in charts, report and command line.</summary>
public static class IndicatorText
{
    /// <summary>A value in <paramref name="unit"/> as people read it: <c>15.9%</c>, <c>45.2 per 10,000</c>, <c>120 days</c>, <c>1.25</c>, <c>£512.00</c>.</summary>
    public static string Value(IndicatorUnit unit, decimal value) => unit switch
    {
        IndicatorUnit.Percent => value.ToString("0.0", CultureInfo.InvariantCulture) + "%",
        IndicatorUnit.Per10000 => value.ToString("0.0", CultureInfo.InvariantCulture) + " per 10,000",
        IndicatorUnit.Days => value.ToString("0", CultureInfo.InvariantCulture) + " days",
        IndicatorUnit.Ratio => value.ToString("0.00", CultureInfo.InvariantCulture),
        IndicatorUnit.Count => value.ToString("0", CultureInfo.InvariantCulture),
        _ => "£" + value.ToString("0.00", CultureInfo.InvariantCulture),
    };

    /// <summary>A month as councils write it: <c>Apr 2006</c>.</summary>
    public static string Month(LocalDate date) => date.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A published figure's value in <paramref name="unit"/> for a label: <c>withheld</c>, <c>no value</c> (an empty denominator), or the value.</summary>
    internal static string Shown(IndicatorUnit unit, PublishedIndicator published) =>
        published.ValueWithheld ? "withheld" : published.Value is { } v ? Value(unit, v) : "no value";
}
