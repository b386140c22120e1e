namespace ChildrensKpi;

/// <summary>
/// What became of the rows of an input: every row read is used, excluded (valid, but set aside by a stated
/// rule) or rejected (invalid, with the rule it broke).
/// </summary>
/// <param name="Read">Data rows read (the header row is not counted).</param>
/// <param name="Used">Rows whose records the indicators use.</param>
/// <param name="Excluded">Valid rows set aside by an indicator rule (e.g. short breaks).</param>
/// <param name="Rejected">Rows that broke a validation rule.</param>
public readonly record struct RowCounts(long Read, long Used, long Excluded, long Rejected)
{
    /// <summary>Whether every row read is accounted for: <c>Read == Used + Excluded + Rejected</c>.</summary>
    public bool IsBalanced => Read == Used + Excluded + Rejected;

    /// <summary>The counts of two inputs together.</summary>
    public static RowCounts operator +(RowCounts left, RowCounts right) =>
        new(left.Read + right.Read, left.Used + right.Used, left.Excluded + right.Excluded, left.Rejected + right.Rejected);

    /// <summary>The counts of two inputs together (for languages without operators).</summary>
    public static RowCounts Add(RowCounts left, RowCounts right) => left + right;
}
