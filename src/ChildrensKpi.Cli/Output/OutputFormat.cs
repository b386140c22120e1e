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
}
