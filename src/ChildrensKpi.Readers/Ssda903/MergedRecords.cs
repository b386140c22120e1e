namespace ChildrensKpi.Readers;

/// <summary>
/// The records of one table keyed by what identifies them (CHILD, or CHILD and a date), merged across files as episodes
/// are (<see cref="MergedCopy"/>): a filled field replaces an empty one; a later copy that disagrees is rejected.
/// </summary>
internal sealed class MergedRecords<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, MergedCopy> _records = [];

    /// <summary>Adds a valid row's fields; <paramref name="columns"/> gives each field's column, to name it in a conflict.</summary>
    public RowVerdict Add(in CsvRow row, TKey key, object?[] fields, int[] columns, string what)
    {
        if (_records.TryGetValue(key, out var kept))
        {
            int conflict = kept.Merge(fields);
            if (conflict >= 0)
            {
                return RowVerdict.Rejected(kept.Conflict(row, columns[conflict], what, conflict));
            }
        }
        else
        {
            _records.Add(key, new MergedCopy(fields, row.Path, row.Line));
        }
        return RowVerdict.Used;
    }

    public IEnumerable<T> Select<T>(Func<TKey, object?[], T> build) => _records.Select(r => build(r.Key, r.Value.Fields));
}
