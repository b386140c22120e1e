namespace ChildrensKpi.Cli.Output;

/// <summary>How results are written.</summary>
internal enum OutputFormat
{
    /// <summary>An aligned text table for a terminal.</summary>
    Table,

    /// <summary>The JSON contract.</summary>
    Json,

    /// <summary>Comma-separated values, one row per indicator (or per child with <c>--detail</c>).</summary>
    Csv,

    /// <summary>Apache Parquet (needs <c>--output</c>): the indicators, and with <c>--detail</c> the children beside them in <c>*.children.parquet</c>.</summary>
    Parquet,

    /// <summary>An Excel workbook (needs <c>--output</c>): summary, months, data quality, and with <c>--detail</c> the children (<see cref="ChildrensKpi.Excel.KpiWorkbook"/>).</summary>
    Xlsx,
}
