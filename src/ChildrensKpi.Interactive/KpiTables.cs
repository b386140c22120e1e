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

    /// <summary>
    /// What became of every input row: the rows of each file (read, used, excluded, rejected) with the total, then each
    /// rejection (file, line, column, value, rule) and each exclusion (the rule and the rows it took).
    /// </summary>
    public static string Account(InputAccount account)
    {
        var files = account.Files.Select(f => (IReadOnlyList<string?>)[f.Path, f.Table, f.CollectionYear, .. Rows(f.Rows)]);
        var total = (IReadOnlyList<string?>)["All files", null, null, .. Rows(account.Rows)];
        string html = HtmlTable.Of("Rows by input file", ["File", "Table", "Collection year", "Read", "Used", "Excluded", "Rejected"], files.Append(total));
        if (!account.Rejections.IsEmpty)
        {
            html += Rejections(account.Rejections);
        }
        if (!account.Exclusions.IsEmpty)
        {
            html += HtmlTable.Of("Exclusions", ["File", "Reason", "Rows", "First line"], account.Exclusions.Select(e => (IReadOnlyList<string?>)
                [e.Path, e.Reason, e.Rows.ToString(CultureInfo.InvariantCulture), e.FirstLine.ToString(CultureInfo.InvariantCulture)]));
        }
        return html;
    }

    /// <summary>Rejected rows: where each was (file, line, column, value) and the rule it broke, with the child where known.</summary>
    public static string Rejections(IEnumerable<Rejection> rejections) =>
        HtmlTable.Of("Rejections", ["File", "Line", "Column", "Value", "Rule id", "DfE rule", "Rule", "Child"], rejections.Select(r => (IReadOnlyList<string?>)
            [r.Path, r.Line.ToString(CultureInfo.InvariantCulture), r.Column, r.Value, r.RuleId, r.DfeRuleId, r.Rule, r.ChildId]));

    /// <summary>A breakdown's groups: each group's numerator, denominator and value (to one place; its unit is the indicator's).</summary>
    public static string Breakdown(IEnumerable<BreakdownGroup> groups) =>
        HtmlTable.Of(null, ["Group", "Numerator", "Denominator", "Value"], groups.Select(g => (IReadOnlyList<string?>)
        [
            g.Group, g.Numerator.ToString(CultureInfo.InvariantCulture), g.Denominator.ToString(CultureInfo.InvariantCulture),
            g.Value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "no value",
        ]));

    private static string?[] Rows(RowCounts rows) =>
    [
        rows.Read.ToString(CultureInfo.InvariantCulture), rows.Used.ToString(CultureInfo.InvariantCulture),
        rows.Excluded.ToString(CultureInfo.InvariantCulture), rows.Rejected.ToString(CultureInfo.InvariantCulture),
    ];

    private static string Value(IndicatorUnit unit, decimal? value, bool withheld) =>
        withheld ? KpiWorkbook.Withheld : value is { } v ? IndicatorText.Value(unit, v) : "no value";

    private static string Count(decimal? count, bool withheld) =>
        withheld ? KpiWorkbook.Withheld : count is { } c ? c.ToString("0.##", CultureInfo.InvariantCulture) : "";
}
