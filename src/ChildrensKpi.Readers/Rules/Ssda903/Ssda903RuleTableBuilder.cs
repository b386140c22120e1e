using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// Collects the rows of one table from any number of sources, each row with its locator (file and line, or XML path):
/// the CSV reader adds rows here, and a reader of another form (the XML return, a workbook) can add its rows the same way.
/// </summary>
internal sealed class Ssda903RuleTableBuilder
{
    private readonly Dictionary<string, List<string?>> _columns = new(StringComparer.Ordinal);
    private readonly List<string> _sources = [];
    private readonly List<int> _source = [];
    private readonly List<long> _line = [];
    private List<string?>? _xmlPath;
    private int _rows;

    public Ssda903RuleTableBuilder(string name) => Name = name;

    /// <summary>The DfE's name of the table.</summary>
    public string Name { get; }

    /// <summary>The number of rows added.</summary>
    public int RowCount => _rows;

    /// <summary>Registers a source (a file) and returns its index for <see cref="EndRow"/>.</summary>
    public int AddSource(string file)
    {
        _sources.Add(file);
        return _sources.Count - 1;
    }

    /// <summary>The cells of <paramref name="column"/> (upper-case name), created blank for the rows already added.</summary>
    public List<string?> ColumnCells(string column)
    {
        if (!_columns.TryGetValue(column, out var cells))
        {
            cells = new List<string?>(Math.Max(_rows, 16));
            for (int i = 0; i < _rows; i++)
            {
                cells.Add(null);
            }
            _columns.Add(column, cells);
        }
        return cells;
    }

    /// <summary>
    /// Ends a row whose cells the caller has added, one to each of its columns (<see cref="ColumnCells"/>); every other
    /// column gets a blank cell.
    /// </summary>
    public void EndRow(int source, long line, string? xmlPath)
    {
        _rows++;
        foreach (var cells in _columns.Values)
        {
            if (cells.Count < _rows)
            {
                cells.Add(null);
            }
        }
        _source.Add(source);
        _line.Add(line);
        if (xmlPath is not null && _xmlPath is null)
        {
            _xmlPath = [.. Enumerable.Repeat<string?>(null, _rows - 1)];
        }
        _xmlPath?.Add(xmlPath);
    }

    /// <summary>The table.</summary>
    public Ssda903RuleTable Build() => new(Name, _rows, _columns.Select(c => new Ssda903Column(c.Key, [.. c.Value])),
        [.. _sources], [.. _source], [.. _line], _xmlPath?.ToArray());
}
