using System.Collections.Immutable;

namespace ChildrensKpi.Readers;

/// <summary>
/// SSDA903 CSV tables of several councils pooled in one file (as regional consortia keep them), told by an <c>LA</c>
/// column: each council's CHILD ids are its own, so that two councils' children sharing an id are two children.
/// </summary>
/// <remarks>
/// Read for the consortium, a pooled file is read as a <see cref="TablePart"/> whose CHILD is <c>LA:CHILD</c> (the id in
/// its one form, <see cref="ChildIdForms"/>, after the authority code as written); read for one authority, as the part of
/// its rows alone with CHILD as written, as that council's own file would be. A row with an empty LA is the
/// consortium's only, its CHILD unscoped. Rows keep their lines in the file.
/// </remarks>
internal static class PooledFiles
{
    /// <summary>The column that names a row's authority.</summary>
    public const string AuthorityColumn = "LA";

    /// <summary>Whether the CSV file's header has an <see cref="AuthorityColumn"/>.</summary>
    /// <exception cref="InputFileException">The file cannot be opened, or its first row is past the row limit.</exception>
    public static bool IsPooled(InputFile file) => AuthorityIndex(file) >= 0;

    /// <summary>
    /// The authorities named in the LA column of the pooled CSV files among <paramref name="files"/> (XML returns and
    /// workbooks are one council's), in ordinal order; empty when no file is pooled.
    /// </summary>
    /// <exception cref="InputFileException">A CSV file cannot be opened, or a row is past the row limit.</exception>
    public static ImmutableArray<string> AuthoritiesIn(IEnumerable<InputFile> files) =>
        [.. files.Where(f => FileForms.Of(f) == FileForm.Csv && IsPooled(f)).SelectMany(Authorities).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The authorities named in the LA column of <paramref name="file"/>, as written (trimmed), empty ones left out.</summary>
    public static IEnumerable<string> Authorities(InputFile file)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        using var reader = CsvFileReader.Open(file);
        long line = 1;
        int la = Array.IndexOf(CsvFileReader.HeaderNames(CsvFileReader.ReadHeader(reader, file.Name, ref line)), AuthorityColumn);
        while (la >= 0 && SepRows.MoveNext(reader, file.Name, ref line))
        {
            var row = reader.Current;
            if (la < row.ColCount && row[la].Span.Trim() is { IsEmpty: false } code)
            {
                found.Add(code.ToString());
            }
        }
        return found;
    }

    /// <summary>
    /// The file's rows as a part: with <paramref name="authority"/> null every row, CHILD scoped by its LA; else that
    /// authority's rows alone, CHILD as written. The LA column is left out (it is no column of a table).
    /// </summary>
    /// <exception cref="InputFileException">The file cannot be opened, or a row is past the row limit.</exception>
    public static TablePart Part(InputFile file, string? authority)
    {
        using var reader = CsvFileReader.Open(file);
        long line = 1;
        string[] header = CsvFileReader.ReadHeader(reader, file.Name, ref line);
        var names = CsvFileReader.HeaderNames(header);
        int la = Array.IndexOf(names, AuthorityColumn), child = Array.IndexOf(names, "CHILD");
        int[] kept = [.. Enumerable.Range(0, header.Length).Where(i => i != la)];
        var text = new TablePartText([.. kept.Select(i => header[i])]);
        var origins = new LineOrigins(authority);
        while (SepRows.MoveNext(reader, file.Name, ref line))
        {
            var row = reader.Current;
            string code = la < row.ColCount ? row[la].Span.Trim().ToString() : "";
            if (authority is not null && code != authority)
            {
                continue;
            }
            // Cells past the header are kept, so that the row is rejected for them as it would be in the file.
            var cells = new string?[Math.Max(kept.Length, row.ColCount - (la < row.ColCount ? 1 : 0))];
            int at = 0;
            for (int i = 0; i < row.ColCount; i++)
            {
                if (i == la)
                {
                    continue;
                }
                string cell = row[i].ToString();
                cells[at++] = i == child && authority is null && code.Length > 0 && cell.Trim().Length > 0
                    ? $"{code}:{ChildIdForms.Canonical(cell.Trim())}"
                    : cell;
            }
            origins.Add(text.Add(cells), row.LineNumberFrom);
        }
        string name = authority is null ? $"{file.Name} (pooled)" : $"{file.Name} (LA {authority})";
        return new TablePart(text.ToFile(name), file.Name, origins);
    }

    private static int AuthorityIndex(InputFile file)
    {
        using var reader = CsvFileReader.Open(file);
        long line = 1;
        return Array.IndexOf(CsvFileReader.HeaderNames(CsvFileReader.ReadHeader(reader, file.Name, ref line)), AuthorityColumn);
    }

    /// <summary>Each part line's line in the file; columns keep their names.</summary>
    private sealed class LineOrigins(string? authority) : IPartOrigins
    {
        private readonly Dictionary<long, long> _lines = [];

        public void Add(long partLine, long fileLine) => _lines[partLine] = fileLine;

        public long Line(long line) => _lines.GetValueOrDefault(line, 1);

        public string Column(long line, string column) => column;

        public string Row(long line) => authority is null ? "pooled" : $"LA {authority}";
    }
}
