namespace ChildrensKpi;

/// <summary>What became of the rows of one input file.</summary>
/// <param name="Path">The file as the caller named it (relative to the folder read, where there was one).</param>
/// <param name="Table">The table recognised from its header row (e.g. <c>Episodes</c>).</param>
/// <param name="Rows">Rows read, used, excluded and rejected.</param>
public sealed record FileAccount(string Path, string Table, RowCounts Rows);
