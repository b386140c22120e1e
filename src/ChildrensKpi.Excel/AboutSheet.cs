using System.Collections.Immutable;

namespace ChildrensKpi.Excel;

/// <summary>The <c>About</c> sheet: the period, what <see cref="KpiWorkbook.Withheld"/> and an empty value mean, and what each sheet holds.</summary>
internal static class AboutSheet
{
    private static readonly ImmutableArray<WorkbookColumn> Columns = [new("Item", 24), new("Value", 110)];

    public static WorkbookSheet Of(PublishedReport report, bool includeChildren)
    {
        var rows = new List<IReadOnlyList<WorkbookCell>>
        {
            Line("Period start", WorkbookCell.Date(report.Period.Start)),
            Line("Period end", WorkbookCell.Date(report.Period.End)),
            Line("Reporting year", WorkbookCell.Text(report.Period.ReportingYear)),
            Line("Disclosure control", WorkbookCell.Text(report.SuppressionThreshold == 0
                ? "None: every figure is shown, for internal use only."
                : $"{KpiWorkbook.Withheld} marks a figure withheld: a count from 1 to {report.SuppressionThreshold}, or a figure, judgement or child list that would reveal one. The Withheld column says why.")),
            Line("Empty value", WorkbookCell.Text("No value: the denominator is 0 (no one to count), or the inputs given do not allow that judgement.")),
            Line("Percentages", WorkbookCell.Text("Held as fractions (0.159) and shown as percentages (15.9%), unrounded; sums and averages work on them.")),
            Line("Summary", WorkbookCell.Text("One row per indicator for the period" + (report.Judged ? ", with its target, RAG, band, rank, England figure and direction of travel." : "."))),
        };
        if (!report.Series.IsEmpty)
        {
            rows.Add(Line("Indicator sheets", WorkbookCell.Text("One sheet per indicator, named by its id: each month of the year, the month alone, the year to date and the rolling 12 months.")));
        }
        if (includeChildren)
        {
            rows.Add(Line(ChildrenSheet.Name, WorkbookCell.Text("Every child or item behind each figure, with whether and why they count: internal use only. An indicator with a withheld figure lists none.")));
        }
        rows.Add(Line("Data quality", WorkbookCell.Text("Every input row: read = used + excluded + rejected, per file; the Rejections, Exclusions and Warnings sheets give the detail.")));
        rows.Add(Line("Produced by", WorkbookCell.Text("ChildrensKpi. No cell holds a formula: text that Excel would run as one is stored as text.")));
        return new WorkbookSheet("About", Columns, rows);
    }

    private static WorkbookCell[] Line(string item, WorkbookCell value) => [WorkbookCell.Text(item), value];
}
