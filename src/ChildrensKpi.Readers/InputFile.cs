namespace ChildrensKpi.Readers;

/// <summary>
/// A file to read: a name for messages and a way to open it. Use <see cref="FromPath"/> for files on disk;
/// an HTTP upload or an in-memory test supplies its own <see cref="Open"/>.
/// </summary>
/// <param name="Name">The name used in the account and in every rejection (e.g. <c>episodes_2006-07.csv</c>).</param>
/// <param name="Open">Opens a fresh readable stream of the file's bytes; the reader disposes it.</param>
public sealed record InputFile(string Name, Func<Stream> Open)
{
    /// <summary>A file on disk, named <paramref name="name"/> in messages (its path when null).</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static InputFile FromPath(string path, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new InputFile(name ?? path, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));
    }

    /// <summary>In-memory text, encoded as UTF-8 (for tests and for records built by another system).</summary>
    public static InputFile FromText(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        return new InputFile(name, () => new MemoryStream(bytes, writable: false));
    }

    /// <summary>
    /// A table given as rows of cells rather than as a file (e.g. records a system sent as JSON), written as the CSV the
    /// readers read, so that the rows meet every rule a file's rows meet: line 1 is the header, row <c>i</c> (from 0)
    /// line <c>i + 2</c>. A null cell is an empty one.
    /// </summary>
    /// <param name="name">The name used in the account and in every rejection.</param>
    /// <param name="columns">The header row: the table's column names.</param>
    /// <param name="rows">The rows, each with one cell per column.</param>
    /// <exception cref="ArgumentException">A row has more or fewer cells than there are columns.</exception>
    public static InputFile FromRows(string name, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var text = new System.Text.StringBuilder();
        AppendRow(text, columns);
        int line = 1;
        foreach (var row in rows)
        {
            line++;
            if (row.Count != columns.Count)
            {
                throw new ArgumentException($"Row {line - 2} of '{name}' has {row.Count} cells, not {columns.Count}.", nameof(rows));
            }
            AppendRow(text, row);
        }
        return FromText(name, text.ToString());
    }

    /// <summary>One CSV row of <paramref name="cells"/>, quoted where a cell needs it, ended by CRLF.</summary>
    internal static void AppendRow(System.Text.StringBuilder text, IReadOnlyList<string?> cells)
    {
        for (int i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }
            string cell = cells[i] ?? string.Empty;
            text.Append(cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell);
        }
        text.Append("\r\n");
    }
}
