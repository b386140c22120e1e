namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// Turns cells into upper-cased strings, one string per distinct value: a return's millions of cells hold a few
/// thousand distinct codes and dates (the child ids are the only large set), so no cell costs an object of its own.
/// </summary>
internal sealed class Ssda903CellPool
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Ssda903CellPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The cell upper-cased (invariant), interned; null when it is empty.</summary>
    public string? Intern(ReadOnlySpan<char> cell)
    {
        if (cell.IsEmpty)
        {
            return null;
        }
        Span<char> upper = cell.Length <= 256 ? stackalloc char[cell.Length] : new char[cell.Length];
        cell.ToUpperInvariant(upper);
        if (_lookup.TryGetValue(upper, out var interned))
        {
            return interned;
        }
        var text = upper.ToString();
        _strings.Add(text, text);
        return text;
    }
}
