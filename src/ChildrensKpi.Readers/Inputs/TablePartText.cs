using System.Text;

namespace ChildrensKpi.Readers;

/// <summary>
/// Writes a <see cref="TablePart"/>'s rows as CSV, counting the lines each row takes, so that every row's line in the
/// CSV (as the CSV reader numbers it) is known to the origins.
/// </summary>
internal sealed class TablePartText
{
    private readonly StringBuilder _text = new();
    private long _line = 1;

    /// <summary>Starts the CSV with its header row, <paramref name="columns"/>.</summary>
    public TablePartText(IReadOnlyList<string> columns)
    {
        Write(columns);
    }

    /// <summary>The line the next row starts on.</summary>
    public long NextLine => _line;

    /// <summary>Adds a row; its cells by column index, null for empty. Returns the line it starts on.</summary>
    public long Add(IReadOnlyList<string?> cells)
    {
        long at = _line;
        Write(cells);
        return at;
    }

    /// <summary>The CSV, as a file named <paramref name="name"/>.</summary>
    public InputFile ToFile(string name) => InputFile.FromText(name, _text.ToString());

    private void Write(IReadOnlyList<string?> cells)
    {
        int start = _text.Length;
        var row = new string?[cells.Count];
        for (int i = 0; i < row.Length; i++)
        {
            // A CR alone is a line end to some readers and not to others: written as LF, so that lines are counted one way.
            string? cell = cells[i];
            row[i] = cell is null || cell.AsSpan().IndexOf('\r') < 0 ? cell : cell.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }
        InputFile.AppendRow(_text, row);
        for (int i = start; i < _text.Length; i++)
        {
            if (_text[i] == '\n')
            {
                _line++;
            }
        }
    }
}
