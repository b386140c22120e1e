using System.Collections.Immutable;
using System.Text.Json;

namespace ChildrensKpi;

/// <summary>
/// A <see cref="ComputeReport"/> as it may be published (<see cref="ComputeReport.Publish"/>): what every writer (JSON,
/// CSV, table, HTML, Parquet, series) formats, so that disclosure control and pseudonyms are decided once, here.
/// </summary>
/// <remarks>
/// <para>With a threshold t &gt; 0, for each indicator: the figures <see cref="Disclosure"/> withholds; with a withheld
/// value, its RAG, band, rank, quartile, previous value, direction of travel and judgement notes; with a previous period's
/// value that rests on a withheld count, the previous value and the direction of travel; every note that gives a count
/// from 1 to t of children, young people, plans or referrals (e.g. "3 children's decisions rest on histories that
/// begin part way through a period of care"); and, when any figure is withheld, the child list, whose rows would count
/// it back. Each month of a series, and each earlier year, is withheld the same way.</para>
/// <para>With a pseudonymisation key, every child id the report names is replaced: in the child lists, and in the
/// rejections and findings (their child id, a CHILD or LAchildID value, and the id in the message).</para>
/// </remarks>
public sealed record PublishedReport
{
    private PublishedReport(ReportingPeriod period, ImmutableArray<PublishedIndicator> indicators, ImmutableArray<PublishedSeries> series,
        InputAccount inputs, int threshold, bool judged)
    {
        Period = period;
        Indicators = indicators;
        Series = series;
        Inputs = inputs;
        SuppressionThreshold = threshold;
        Judged = judged;
    }

    /// <summary>The period computed.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Each indicator, in the report's order.</summary>
    public ImmutableArray<PublishedIndicator> Indicators { get; }

    /// <summary>Each indicator month by month, when the report has them; empty otherwise.</summary>
    public ImmutableArray<PublishedSeries> Series { get; }

    /// <summary>What became of every input row, child ids pseudonymised when asked.</summary>
    public InputAccount Inputs { get; }

    /// <summary>The largest count withheld; 0 when nothing is.</summary>
    public int SuppressionThreshold { get; }

    /// <summary>Whether the indicators were judged (each has an <see cref="PublishedIndicator.Assessment"/>).</summary>
    public bool Judged { get; }

    /// <summary>Whether anything is withheld, in the year's figures or in a month's.</summary>
    public bool IsSuppressed => Indicators.Any(i => i.IsSuppressed)
        || Series.Any(s => s.Points.Any(p => p.Month.IsSuppressed || p.YearToDate.IsSuppressed || p.Rolling12Months.IsSuppressed) || s.EarlierYears.Any(y => y.IsSuppressed));

    /// <summary>Publishes <paramref name="report"/> under <paramref name="publication"/>.</summary>
    internal static PublishedReport Of(ComputeReport report, PublicationOptions publication)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(publication);
        int threshold = publication.SuppressionThreshold;
        var rename = publication.Renaming();
        // The year's figures and every point of the series are published together, so they are protected together.
        // The indicators of one period are protected together too, where one's count is another's figure.
        var secondary = ReportDifferencing.Secondary(
            [.. report.Results.Concat(report.Series.SelectMany(s => s.Points.SelectMany(p => new[] { p.Month, p.YearToDate, p.Rolling12Months }).Concat(s.EarlierYears)))], threshold);
        // Each breakdown beside its indicator, its groups protected with the indicator's figures as the report publishes them.
        var indicators = report.Results.Select((result, i) => Publisher.Indicator(
            result,
            report.Assessments.FirstOrDefault(a => a.Indicator == result.Definition.Id),
            i < report.PreviousResults.Length ? report.PreviousResults[i] : null,
            threshold,
            rename,
            secondary.GetValueOrDefault(result)) with
        {
            Breakdowns = [.. report.Breakdowns.Where(b => b.Indicator == result.Definition.Id)
                .Select(b => new PublishedBreakdown(b.Dimension, Publisher.Breakdown(result, b.Groups, threshold, secondary.GetValueOrDefault(result))))],
        });
        PublishedIndicator Point(IndicatorResult result) => Publisher.Indicator(result, null, null, threshold, rename, secondary.GetValueOrDefault(result));
        var series = report.Series.Select(s => new PublishedSeries(s.Indicator, s.Year,
            [.. s.Points.Select(p => new PublishedSeriesPoint(p.MonthEnd, Point(p.Month), Point(p.YearToDate), Point(p.Rolling12Months)))])
        {
            EarlierYears = [.. s.EarlierYears.Select(Point)],
        });
        return new PublishedReport(report.Period, [.. indicators], [.. series], Publisher.Account(report.Inputs, rename), threshold, !report.Assessments.IsEmpty);
    }

    /// <summary>Writes the contract's JSON (camelCase, UTF-8, indented): withheld figures are null and each indicator's <c>suppressed</c> says why.</summary>
    /// <param name="utf8Json">Where to write; left open.</param>
    /// <param name="includeChildren">Whether each indicator lists its children (<c>--detail</c>).</param>
    public void WriteJson(Stream utf8Json, bool includeChildren)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, ComputeReportDocument.From(this, includeChildren), ReportJsonContext.Default.ComputeReportDocument);
    }

    /// <summary>What a withheld figure is written as in the CSV and the workbooks: <c>[c]</c>, the statistical convention for "confidential".</summary>
    public const string Withheld = "[c]";

    /// <summary>
    /// Writes <c>compute --format csv</c>: one row per indicator (and, with breakdowns, one per group), withheld figures
    /// as <see cref="Withheld"/>; with <paramref name="includeChildren"/> (<c>--detail</c>), one row per child of each
    /// indicator instead. Text a spreadsheet would run as a formula is written with an apostrophe before it.
    /// </summary>
    /// <param name="writer">Where to write; left open.</param>
    /// <param name="includeChildren">Whether to write the children of each indicator rather than the indicators.</param>
    public void WriteCsv(TextWriter writer, bool includeChildren)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (includeChildren)
        {
            ReportCsv.WriteChildren(this, writer);
        }
        else
        {
            ReportCsv.WriteIndicators(this, writer);
        }
    }

    /// <summary>The contract's JSON as a string (see <see cref="WriteJson"/>).</summary>
    public string ToJson(bool includeChildren) =>
        JsonSerializer.Serialize(ComputeReportDocument.From(this, includeChildren), ReportJsonContext.Default.ComputeReportDocument);
}
