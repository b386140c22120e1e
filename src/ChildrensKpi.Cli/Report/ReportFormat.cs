namespace ChildrensKpi.Cli.Report;

/// <summary>What <c>report</c> writes.</summary>
internal enum ReportFormat
{
    /// <summary>One self-contained HTML page.</summary>
    Html,

    /// <summary>An Excel workbook of the same judged year and months (<see cref="ChildrensKpi.Excel.KpiWorkbook"/>).</summary>
    Xlsx,
}
