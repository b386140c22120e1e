using System.Globalization;
using ChildrensKpi.Cli.Output;
using NodaTime;

namespace ChildrensKpi.Cli.Report;

/// <summary>How the report writes dates, counts and judgements for people: <c>Apr 2006</c>, <c>31 March 2007</c>, <c>4 of 6</c>.</summary>
internal static class ReportText
{
    public static string Month(LocalDate date) => ChildrensKpi.Charts.IndicatorText.Month(date);

    public static string Date(LocalDate date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Count(decimal count) => count == decimal.Truncate(count)
        ? count.ToString("#,0", CultureInfo.InvariantCulture)
        : count.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>Numerator and denominator as the definition counts them; for a rate, the population rather than population / 10,000.</summary>
    public static string Fraction(PublishedIndicator published)
    {
        var unit = published.Definition.Unit;
        string numerator = published.Numerator is { } n ? Count(n) : Publication.Withheld;
        string denominator = published.Denominator is { } d ? Count(d * (unit == IndicatorUnit.Per10000 ? 10_000m : 1m)) : Publication.Withheld;
        return unit switch
        {
            IndicatorUnit.Per10000 => $"{numerator} / {denominator} children",
            IndicatorUnit.Days => $"{numerator} days / {denominator}",
            IndicatorUnit.Count => $"{numerator} children",
            _ => $"{numerator} / {denominator}",
        };
    }

    /// <summary>The value for people, or <c>[c]</c> when withheld.</summary>
    public static string Value(PublishedIndicator published) => ValueText.Format(published);

    /// <summary>The direction of travel in words with an arrow for the way the value moved, and the previous value (each as published).</summary>
    public static string? Travel(PublishedIndicator published)
    {
        var assessment = published.Assessment;
        if (assessment?.DirectionOfTravel is not { } direction || assessment.PreviousValue is not { } previous || published.Value is not { } value)
        {
            return null;
        }
        string arrow = direction == DirectionOfTravel.Stable ? "→" : value > previous ? "↑" : "↓";
        string moved = direction == DirectionOfTravel.Stable ? "was" : value > previous ? "up from" : "down from";
        return $"{arrow} {direction} ({moved} {ValueText.Format(published.Definition.Unit, previous)})";
    }

    public static string? Rank(PerformanceAssessment? assessment) =>
        assessment?.Rank is { } rank ? $"{rank} of {assessment.RankOf} (quartile {assessment.Quartile})" : null;
}
