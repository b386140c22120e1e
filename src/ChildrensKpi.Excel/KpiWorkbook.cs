using System.Collections.Immutable;

namespace ChildrensKpi.Excel;

/// <summary>
/// A <see cref="PublishedReport"/> as an Excel workbook: the figures exactly as the report publishes them (withheld ones
/// as <see cref="Withheld"/>), so that a workbook discloses no more than the JSON or CSV of the same report.
/// </summary>
/// <remarks>
/// The sheets, in order: <c>Summary</c> (one row per indicator, with its judgements when judged: RAG as a word on its
/// colour); one sheet per indicator when the report has series (its earlier years, then month by month); <c>Children (internal use)</c> when
/// asked for; <c>Data quality</c>, <c>Rejections</c>, <c>Exclusions</c> (and <c>Warnings</c> when there are any), the
/// account of every input row; and <c>About</c>. A caller adds its own sheets beside these with <see cref="WorkbookWriter"/>.
/// </remarks>
public static class KpiWorkbook
{
    /// <summary>What a withheld figure is written as: the statistical convention for "confidential".</summary>
    public const string Withheld = PublishedReport.Withheld;

    /// <summary>Writes <paramref name="report"/> as a workbook into <paramref name="stream"/> (left open).</summary>
    /// <param name="report">The published report.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="includeChildren">Whether to add the child-level sheet (<c>--detail</c>), for internal use.</param>
    public static void Write(PublishedReport report, Stream stream, bool includeChildren)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        WorkbookWriter.Write(stream, Sheets(report, includeChildren));
    }

    /// <summary>The sheets of <paramref name="report"/>'s workbook, in order (see the remarks on <see cref="KpiWorkbook"/>).</summary>
    public static ImmutableArray<WorkbookSheet> Sheets(PublishedReport report, bool includeChildren)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sheets = ImmutableArray.CreateBuilder<WorkbookSheet>();
        sheets.Add(SummarySheet.Of(report));
        sheets.AddRange(report.Series.Select(SeriesSheet.Of));
        if (includeChildren)
        {
            sheets.Add(ChildrenSheet.Of(report));
        }
        sheets.AddRange(DataQuality(report.Inputs));
        sheets.Add(AboutSheet.Of(report, includeChildren));
        return sheets.ToImmutable();
    }

    /// <summary>
    /// The account of every input row as sheets: <c>Data quality</c> (rows per file), <c>Rejections</c> (which name
    /// children, so are marked for internal use), <c>Exclusions</c>, and <c>Warnings</c> when there are any.
    /// </summary>
    /// <param name="account">The account as published (<see cref="PublishedReport.Inputs"/> or <see cref="PublicationOptions.Publish(InputAccount)"/>), child ids pseudonymised when asked.</param>
    public static ImmutableArray<WorkbookSheet> DataQuality(InputAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return DataQualitySheets.Of(account);
    }

    /// <summary>A published figure: <see cref="Withheld"/> when withheld, empty when there is none, else the cell <paramref name="shown"/> makes.</summary>
    internal static WorkbookCell Figure(decimal? figure, bool withheld, Func<decimal, WorkbookCell> shown) =>
        withheld ? WorkbookCell.Text(Withheld) : figure is { } f ? shown(f) : WorkbookCell.Empty;
}
