using System.Globalization;
using System.Net;
using ChildrensKpi.Charts;
using ChildrensKpi.Excel;

namespace ChildrensKpi.Interactive;

/// <summary>
/// Results, series and child lists as HTML tables for a notebook, values written as the report writes them
/// (<see cref="IndicatorText"/>) and a withheld figure as <c>[c]</c>. Published figures are shown as published: nothing
/// withheld is put back.
/// </summary>
internal static class KpiTables
{
    private static readonly string[] ResultHeadings = ["Id", "Indicator", "Period", "Value", "Numerator", "Denominator", "Notes"];

    private static readonly string[] PublishedHeadings =
        ["Id", "Indicator", "Period", "Value", "Numerator", "Denominator", "Target", "RAG", "Band", "Rank", "England", "Direction of travel", "Withheld"];

    /// <summary>Computed results, nothing withheld: for the council's own use.</summary>
    public static string Results(IEnumerable<IndicatorResult> results) =>
        HtmlTable.Of(null, ResultHeadings, results.Select(r => (IReadOnlyList<string?>)
        [
            r.Definition.Id, r.Definition.Name, r.Period.ToString(), Value(r.Definition.Unit, r.Value, withheld: false),
            Count(r.Numerator, false), Count(r.Denominator, false), string.Join(" ", r.Notes),
        ]));

    /// <summary>Published indicators, with their judgements when judged.</summary>
    public static string Published(IEnumerable<PublishedIndicator> indicators) =>
        HtmlTable.Of(null, PublishedHeadings, indicators.Select(p =>
        {
            var unit = p.Definition.Unit;
            var a = p.Assessment;
            return (IReadOnlyList<string?>)
            [
                p.Definition.Id, p.Definition.Name, p.Period.ToString(), Value(unit, p.Value, p.ValueWithheld),
                Count(p.Numerator, p.NumeratorWithheld), Count(p.Denominator, p.DenominatorWithheld),
                a?.Target is { } t ? IndicatorText.Value(unit, t) : null,
                a?.Rag?.ToString(),
                a?.Band?.ToString(CultureInfo.InvariantCulture),
                a?.Rank is { } rank ? $"{rank} of {a.RankOf}" : null,
                a?.National is { } n ? IndicatorText.Value(unit, n) : null,
                a?.DirectionOfTravel?.ToString(),
                string.Join("; ", p.Withheld),
            ];
        }));

    /// <summary>A report's indicators: published as given, or for a computed report nothing withheld.</summary>
    public static string Report(PublishedReport report) =>
        $"<p>{WebUtility.HtmlEncode($"{report.Period}: {report.Indicators.Length} indicators, {(report.SuppressionThreshold == 0 ? "nothing withheld (internal use only)" : $"counts from 1 to {report.SuppressionThreshold} withheld")}.")}</p>"
        + Published(report.Indicators);

    /// <summary>A computed series: each month alone, year to date and rolling 12 months, after the earlier years.</summary>
    public static string Series(IndicatorSeries series)
    {
        var unit = series.Indicator.Unit;
        var years = series.EarlierYears.Select(y => (IReadOnlyList<string?>)[y.Period.ReportingYear, null, null, Value(unit, y.Value, false)]);
        var months = series.Points.Select(p => (IReadOnlyList<string?>)
            [IndicatorText.Month(p.MonthEnd), Value(unit, p.Month.Value, false), Value(unit, p.YearToDate.Value, false), Value(unit, p.Rolling12Months.Value, false)]);
        return HtmlTable.Of($"{series.Indicator.Id} {series.Indicator.Name}", ["Year or month", "Month alone", "Year to date", "Rolling 12 months"], years.Concat(months));
    }

    /// <summary>A published series: the report's chart and its sentence, then its figures as published.</summary>
    public static string Series(PublishedSeries series)
    {
        var unit = series.Indicator.Unit;
        var years = series.EarlierYears.Select(y => (IReadOnlyList<string?>)[y.Period.ReportingYear, null, null, Value(unit, y.Value, y.ValueWithheld)]);
        var months = series.Points.Select(p => (IReadOnlyList<string?>)
        [
            IndicatorText.Month(p.MonthEnd), Value(unit, p.Month.Value, p.Month.ValueWithheld), Value(unit, p.YearToDate.Value, p.YearToDate.ValueWithheld),
            Value(unit, p.Rolling12Months.Value, p.Rolling12Months.ValueWithheld),
        ]);
        string table = HtmlTable.Of($"{series.Indicator.Id} {series.Indicator.Name}", ["Year or month", "Month alone", "Year to date", "Rolling 12 months"], years.Concat(months));
        // The id only has to be unique in the cell's output; the indicator's id and the year make it so.
        string chart = IndicatorChart.HasPoints(series)
            ? IndicatorChart.Svg(series, ChartComparisons.None, $"chart-{series.Indicator.Id}-{series.Year.ReportingYear}")
                + $"<p>{WebUtility.HtmlEncode(IndicatorChart.Meaning(series, ChartComparisons.None))}</p>"
            : "";
        return chart + table;
    }

    /// <summary>The children (or items, or teams) behind a result, with the rule that decided each.</summary>
    public static string Children(IEnumerable<ChildExplanation> children) =>
        HtmlTable.Of(null, ["Child", "Counted", "In denominator", "In numerator", "Reason"], children.Select(c => (IReadOnlyList<string?>)
            [c.ChildId.Value, c.Subject, c.InDenominator ? "yes" : "no", c.InNumerator ? "yes" : "no", c.Reason]));

    private static string Value(IndicatorUnit unit, decimal? value, bool withheld) =>
        withheld ? KpiWorkbook.Withheld : value is { } v ? IndicatorText.Value(unit, v) : "no value";

    private static string Count(decimal? count, bool withheld) =>
        withheld ? KpiWorkbook.Withheld : count is { } c ? c.ToString("0.##", CultureInfo.InvariantCulture) : "";
}
