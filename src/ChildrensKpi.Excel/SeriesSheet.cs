using System.Collections.Immutable;

namespace ChildrensKpi.Excel;

/// <summary>
/// A sheet per indicator, named by its id: a row for each earlier reporting year the inputs cover, then each month of the
/// year, the month alone, the year to date and the rolling 12 months.
/// </summary>
internal static class SeriesSheet
{
    private static readonly ImmutableArray<WorkbookColumn> Columns =
    [
        new("Month ending", 13),
        new("Row", 13),
        new("Month value", 12), new("Month numerator", 16), new("Month denominator", 18),
        new("Year to date value", 18), new("Year to date numerator", 22), new("Year to date denominator", 24),
        new("Rolling 12 months value", 23), new("Rolling 12 months numerator", 27), new("Rolling 12 months denominator", 29),
        new("Withheld", 60),
    ];

    /// <summary>The <c>Row</c> cell of a month's row; an earlier year's is <c>Year 2005-06</c>.</summary>
    internal const string MonthRow = "Month";

    public static WorkbookSheet Of(PublishedSeries series) =>
        new(WorkbookSheet.NameFor(series.Indicator.Id), Columns,
            series.EarlierYears.Select(y => YearRow(series.Indicator.Unit, y)).Concat(series.Points.Select(p => Row(series.Indicator.Unit, p))));

    /// <summary>
    /// An earlier year as the library published it (withheld figures as <see cref="KpiWorkbook.Withheld"/>): its figure is
    /// the rolling 12 months at its last day, so it stands in those columns, and the month and year to date are left empty
    /// (not computed for earlier years), as the report's chart and the notebooks' tables show it.
    /// </summary>
    private static WorkbookCell[] YearRow(IndicatorUnit unit, PublishedIndicator year)
    {
        var cells = new List<WorkbookCell> { WorkbookCell.Date(year.Period.End), WorkbookCell.Text($"Year {year.Period.ReportingYear}") };
        cells.AddRange(Enumerable.Repeat(WorkbookCell.Empty, 6));
        cells.AddRange(Figures(unit, year));
        cells.Add(WorkbookCell.Text(string.Join("; ", year.Withheld.Select(reason => $"year {reason}"))));
        return [.. cells];
    }

    private static WorkbookCell[] Row(IndicatorUnit unit, PublishedSeriesPoint point)
    {
        var cells = new List<WorkbookCell> { WorkbookCell.Date(point.MonthEnd), WorkbookCell.Text(MonthRow) };
        var withheld = new List<string>();
        foreach (var (measure, shown) in new[] { ("month", point.Month), ("year to date", point.YearToDate), ("rolling 12 months", point.Rolling12Months) })
        {
            cells.AddRange(Figures(unit, shown));
            withheld.AddRange(shown.Withheld.Select(reason => $"{measure} {reason}"));
        }
        cells.Add(WorkbookCell.Text(string.Join("; ", withheld)));
        return [.. cells];
    }

    /// <summary>Value, numerator and denominator as published.</summary>
    private static IEnumerable<WorkbookCell> Figures(IndicatorUnit unit, PublishedIndicator shown) =>
    [
        KpiWorkbook.Figure(shown.Value, shown.ValueWithheld, v => WorkbookCell.Value(unit, v)),
        KpiWorkbook.Figure(shown.Numerator, shown.NumeratorWithheld, WorkbookCell.Count),
        KpiWorkbook.Figure(shown.Denominator, shown.DenominatorWithheld, WorkbookCell.Count),
    ];
}
