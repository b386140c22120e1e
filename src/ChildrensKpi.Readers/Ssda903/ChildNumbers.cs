namespace ChildrensKpi.Readers;

/// <summary>
/// Numbers the children of a read as their CHILD ids are met, looking a cell up without allocating: each id's string is
/// made once, however many rows name it.
/// </summary>
internal sealed class ChildNumbers
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<ChildId> _ids = [];

    // The last child met: a file's rows of one child are usually together, so most look-ups need no hashing.
    private string _last = "";
    private int _lastNumber = -1;

    public ChildNumbers()
    {
        _lookup = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _ids.Count;

    /// <summary>The number of the child whose (trimmed, non-empty) id is <paramref name="cell"/>, numbering it if new.</summary>
    public int Of(ReadOnlySpan<char> cell)
    {
        if (_lastNumber >= 0 && cell.SequenceEqual(_last))
        {
            return _lastNumber;
        }
        if (!_lookup.TryGetValue(cell, out int number))
        {
            string id = cell.ToString();
            number = _ids.Count;
            _numbers.Add(id, number);
            _ids.Add(new ChildId(id));
        }
        _last = _ids[number].Value;
        _lastNumber = number;
        return number;
    }

    /// <summary>The number of <paramref name="child"/>, or -1 when no row of the read has named it.</summary>
    public int Find(ChildId child) => _numbers.TryGetValue(child.Value, out int number) ? number : -1;

    public ChildId Id(int number) => _ids[number];
}
