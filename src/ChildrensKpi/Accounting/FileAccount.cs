namespace ChildrensKpi;

/// <summary>What became of the rows of one input file.</summary>
/// <param name="Path">The file as the caller named it (relative to the folder read, where there was one).</param>
/// <param name="Table">The table recognised from its header row (e.g. <c>Episodes</c>).</param>
/// <param name="Rows">Rows read, used, excluded and rejected.</param>
public sealed record FileAccount(string Path, string Table, RowCounts Rows)
{
    /// <summary>
    /// The collection year the file's rows were read as (e.g. <c>2024-25</c>: its codes checked against that year's
    /// lists), from <c>--collection-year</c>, the file's name or dates (SSDA903) or the census's ReferenceDate (CIN); null
    /// when the file names none and none was given, or the input has no collection years.
    /// </summary>
    public string? CollectionYear { get; init; }
}
