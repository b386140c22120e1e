namespace ChildrensKpi.Readers;

/// <summary>
/// Turns cells into strings, one string per distinct value: a return's millions of cells hold a few thousand distinct
/// codes and dates (the child ids are the only large set), so no cell costs an object of its own.
/// </summary>
/// <remarks>
/// A pool may be bounded: it then stops growing at its capacity, after which a value not in it is made a string of its
/// own, so that a column of mostly distinct values (ids, UPNs) pooled by mistake costs a look-up per cell, never memory
/// without bound.
/// </remarks>
internal sealed class CellPool
{
    /// <summary>A bound far above the codes and the days of any return's years.</summary>
    public const int CodesAndDates = 1 << 16;

    private readonly int _capacity;
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <param name="capacity">The most distinct values kept.</param>
    public CellPool(int capacity = int.MaxValue)
    {
        _capacity = capacity;
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The cell as written, interned; null when it is empty.</summary>
    public string? Intern(ReadOnlySpan<char> cell)
    {
        if (cell.IsEmpty)
        {
            return null;
        }
        if (_lookup.TryGetValue(cell, out var interned))
        {
            return interned;
        }
        var text = cell.ToString();
        if (_strings.Count < _capacity)
        {
            _strings.Add(text, text);
        }
        return text;
    }

    /// <summary>The cell upper-cased (invariant), interned; null when it is empty.</summary>
    public string? InternUpper(ReadOnlySpan<char> cell)
    {
        if (cell.IsEmpty)
        {
            return null;
        }
        Span<char> upper = cell.Length <= 256 ? stackalloc char[cell.Length] : new char[cell.Length];
        cell.ToUpperInvariant(upper);
        return Intern(upper);
    }
}
