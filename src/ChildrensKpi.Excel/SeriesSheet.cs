using System.Collections.Immutable;

namespace ChildrensKpi.Excel;

/// <summary>A sheet per indicator, named by its id: each month of the year, the month alone, the year to date and the rolling 12 months.</summary>
internal static class SeriesSheet
{
    private static readonly ImmutableArray<WorkbookColumn> Columns =
    [
        new("Month ending", 13),
        new("Month value", 12), new("Month numerator", 16), new("Month denominator", 18),
        new("Year to date value", 18), new("Year to date numerator", 22), new("Year to date denominator", 24),
        new("Rolling 12 months value", 23), new("Rolling 12 months numerator", 27), new("Rolling 12 months denominator", 29),
        new("Withheld", 60),
    ];

    public static WorkbookSheet Of(PublishedSeries series) =>
        new(WorkbookSheet.NameFor(series.Indicator.Id), Columns, series.Points.Select(p => Row(series.Indicator.Unit, p)));

    private static WorkbookCell[] Row(IndicatorUnit unit, PublishedSeriesPoint point)
    {
        var cells = new List<WorkbookCell> { WorkbookCell.Date(point.MonthEnd) };
        var withheld = new List<string>();
        foreach (var (measure, shown) in new[] { ("month", point.Month), ("year to date", point.YearToDate), ("rolling 12 months", point.Rolling12Months) })
        {
            cells.Add(KpiWorkbook.Figure(shown.Value, shown.ValueWithheld, v => WorkbookCell.Value(unit, v)));
            cells.Add(KpiWorkbook.Figure(shown.Numerator, shown.NumeratorWithheld, WorkbookCell.Count));
            cells.Add(KpiWorkbook.Figure(shown.Denominator, shown.DenominatorWithheld, WorkbookCell.Count));
            withheld.AddRange(shown.Withheld.Select(reason => $"{measure} {reason}"));
        }
        cells.Add(WorkbookCell.Text(string.Join("; ", withheld)));
        return [.. cells];
    }
}
