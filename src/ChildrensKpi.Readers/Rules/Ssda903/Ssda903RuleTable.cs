using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// One SSDA903 table as the DfE rules read it: every row as written (including rows the indicator readers reject), with
/// where it came from (a file and its 1-based line, the header being line 1, or an XML path), and its columns stored
/// once as arrays. A column the files lack reads as all blank, as the councils' validators add it.
/// </summary>
internal sealed class Ssda903RuleTable
{
    private readonly FrozenDictionary<string, Ssda903Column> _columns;
    private readonly ImmutableArray<string> _sources;
    private readonly int[] _source;
    private readonly long[] _line;
    private readonly string?[]? _xmlPath;
    private FrozenDictionary<string, int[]>? _byChild;

    internal Ssda903RuleTable(string name, int rowCount, IEnumerable<Ssda903Column> columns, ImmutableArray<string> sources, int[] source,
        long[] line, string?[]? xmlPath)
    {
        Name = name;
        RowCount = rowCount;
        _columns = columns.ToFrozenDictionary(c => c.Name, StringComparer.Ordinal);
        _sources = sources;
        _source = source;
        _line = line;
        _xmlPath = xmlPath;
    }

    /// <summary>A table no file gave.</summary>
    public static Ssda903RuleTable Empty(string name) => new(name, 0, [], [], [], [], null);

    /// <summary>The DfE's name of the table (<c>Episodes</c>, <c>Header</c>, ...).</summary>
    public string Name { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount { get; }

    /// <summary>Whether any file of the table had the column.</summary>
    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>The column, all blank when no file had it.</summary>
    public Ssda903Column Column(string name)
    {
        if (_columns.TryGetValue(name, out var column))
        {
            return column;
        }
        lock (_absent)
        {
            if (!_absent.TryGetValue(name, out column))
            {
                _absent[name] = column = new Ssda903Column(name, new string?[RowCount]);
            }
            return column;
        }
    }

    private readonly Dictionary<string, Ssda903Column> _absent = new(StringComparer.Ordinal);

    /// <summary>The file the row came from.</summary>
    public string File(int row) => _sources[_source[row]];

    /// <summary>The 1-based line of the row in its file; null for a row read from XML.</summary>
    public long? Line(int row) => _xmlPath?[row] is null ? _line[row] : null;

    /// <summary>The XML path of the row, when it was read from XML.</summary>
    public string? XmlPath(int row) => _xmlPath?[row];

    /// <summary>The rows by child and then by <paramref name="dateColumn"/>, ordered once per column and shared by the rules that read that order.</summary>
    public ChildOrder OrderBy(string dateColumn) => _orders.GetOrAdd(dateColumn, column => ChildOrder.By(this, column));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ChildOrder> _orders = new(StringComparer.Ordinal);

    /// <summary>The rows of each child (by CHILD as written), in file order; a row without a CHILD is in none.</summary>
    public FrozenDictionary<string, int[]> RowsByChild => _byChild ??= GroupByChild();

    private FrozenDictionary<string, int[]> GroupByChild()
    {
        var child = Column("CHILD").Cells;
        var rows = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < child.Length; i++)
        {
            if (child[i] is { } id)
            {
                if (!rows.TryGetValue(id, out var list))
                {
                    rows[id] = list = [];
                }
                list.Add(i);
            }
        }
        return rows.ToFrozenDictionary(r => r.Key, r => r.Value.ToArray(), StringComparer.Ordinal);
    }
}
