using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using nietras.SeparatedValues;

namespace ChildrensKpi.Readers;

/// <summary>
/// Streams one CSV file: recognises its table by the header row, hands each data row to the table's sink and
/// counts every row as used, excluded or rejected.
/// </summary>
internal static class CsvFileReader
{
    private const int ProgressEvery = 16_384;

    private static readonly SepReaderOptions Options = Sep.New(',').Reader() with
    {
        // The header row is read as a row, not by Sep, which refuses a header that names a column twice.
        HasHeader = false,
        Unescape = true,
        DisableColCountCheck = true,
    };

    /// <summary>Reads the header only: which table the file holds. Null when the file has no recognisable header.</summary>
    /// <exception cref="InputFileException">The file cannot be opened, or its first row is longer than <see cref="SepRows.MaxRowChars"/>.</exception>
    public static (CsvTableSchema Schema, ImmutableArray<string> Missing)? Recognise(InputFile file, TableRecognizer recognizer)
    {
        using var reader = Open(file);
        long line = 1;
        return recognizer.Recognise(HeaderNames(ReadHeader(reader, file.Name, ref line)));
    }

    /// <summary>Reads every row of the file into <paramref name="account"/>, each through the sink of the table its header names.</summary>
    /// <exception cref="InputFileException">
    /// The file cannot be opened, its header matches no table, or a row is longer than <see cref="SepRows.MaxRowChars"/>
    /// (the whole file is refused: see <see cref="SepRows"/>).
    /// </exception>
    // The row loop runs once per file over millions of rows: compiled fully optimised at once rather than tiered up.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Read(
        InputFile file,
        TableRecognizer recognizer,
        Func<CsvTableSchema, ITableSink> sinkFor,
        AccountBuilder account,
        Action<long>? progress,
        CancellationToken cancellationToken)
    {
        using var reader = Open(file);
        long nextLine = 1;
        string[] displayNames = ReadHeader(reader, file.Name, ref nextLine);
        var names = HeaderNames(displayNames);
        var recognised = recognizer.Recognise(names)
            ?? throw new InputFileException(file.Name,
                $"'{file.Name}' is not a recognised table: its header ({string.Join(", ", names)}) matches none of: {recognizer.Describe()}.");
        var (schema, missing) = recognised;

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++)
        {
            if (!columns.TryAdd(names[i], i))
            {
                account.Warn($"{file.Name}: column {names[i]} appears more than once; the first is used.");
            }
        }
        var extra = names.Where(n => n.Length > 0 && !schema.Knows(n)).Distinct().ToArray();
        if (extra.Length > 0)
        {
            account.Warn($"{file.Name}: {schema.Name} columns not used by ChildrensKpi, ignored: {string.Join(", ", extra)}.");
        }

        long read = 0, used = 0, excluded = 0, rejected = 0;
        var exclusions = new Dictionary<string, (long Rows, long FirstLine)>(StringComparer.Ordinal);
        if (!missing.IsEmpty)
        {
            foreach (var column in missing)
            {
                account.Reject(new Rejection(file.Name, 1, column, null,
                    $"the {schema.Name} table needs a {column} column; every row of this file is rejected"));
            }
            while (SepRows.MoveNext(reader, file.Name, ref nextLine))
            {
                read++;
                rejected++;
            }
            account.AddFile(new FileAccount(file.Name, schema.Name, new RowCounts(read, 0, 0, rejected)));
            return;
        }

        var sink = sinkFor(schema);
        sink.BeginFile(columns);
        // By position, the DfE rule a value of the column breaks when it cannot be used; null where there is none.
        string?[]? dfeRules = schema.DfeValueRules.Count == 0 ? null : [.. names.Select(n => schema.DfeValueRules.GetValueOrDefault(n))];
        while (SepRows.MoveNext(reader, file.Name, ref nextLine))
        {
            var sepRow = reader.Current;
            read++;
            if (read % ProgressEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Invoke(read);
            }
            var row = new CsvRow(sepRow, file.Name, sepRow.LineNumberFrom, displayNames, schema.DateRangeRule, dfeRules);
            var verdict = ShapeProblem(row, names.Length) is { } shape ? RowVerdict.Rejected(shape)
                : IsBlank(row) ? RowVerdict.Excluded("blank row")
                : sink.Accept(row);
            switch (verdict.Fate)
            {
                case RowFate.Used:
                    used++;
                    break;
                case RowFate.Excluded:
                    excluded++;
                    var reason = verdict.ExclusionReason!;
                    exclusions[reason] = exclusions.TryGetValue(reason, out var seen) ? (seen.Rows + 1, seen.FirstLine) : (1, row.Line);
                    break;
                default:
                    rejected++;
                    account.Reject(verdict.Rejection!);
                    break;
            }
        }
        progress?.Invoke(read);
        account.AddExclusions(exclusions.Select(e => new Exclusion(file.Name, e.Key, e.Value.Rows, e.Value.FirstLine)));
        account.AddFile(new FileAccount(file.Name, schema.Name, new RowCounts(read, used, excluded, rejected)));
    }

    /// <summary>
    /// About how many rows the file has, from its length and the lines of its first 64 KiB: a size to reserve, never a
    /// count (0 when the stream cannot tell its length or the file cannot be opened).
    /// </summary>
    public static long EstimateRows(InputFile file)
    {
        try
        {
            using var stream = file.Open();
            if (!stream.CanSeek || stream.Length == 0)
            {
                return 0;
            }
            var sample = new byte[(int)Math.Min(stream.Length, 1 << 16)];
            int read = stream.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
            int lines = sample.AsSpan(0, read).Count((byte)'\n');
            return lines == 0 ? 1 : (long)(stream.Length * (double)lines / read * 1.02) + 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    internal static SepReader Open(InputFile file)
    {
        Stream stream;
        try
        {
            stream = file.Open();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(file.Name, $"Cannot read '{file.Name}': {e.Message}", e);
        }
        try
        {
            // The text's encoding is told from its first bytes (CsvEncoding): UTF-8, UTF-16 or windows-1252.
            return SepRows.Open(() => Options.From(CsvEncoding.Reader(stream)), file.Name);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The column names of the first row as written, trimmed; none when the file is empty.</summary>
    internal static string[] ReadHeader(SepReader reader, string file, ref long nextLine)
    {
        if (!SepRows.MoveNext(reader, file, ref nextLine))
        {
            return [];
        }
        var row = reader.Current;
        var names = new string[row.ColCount];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = row[i].ToString().Trim().Trim('"').Trim();
        }
        return names;
    }

    internal static string[] HeaderNames(string[] displayNames) => [.. displayNames.Select(n => n.ToUpperInvariant())];

    /// <summary>A row with more cells than the header, unless the extra cells are empty (a trailing comma), cannot be read by position.</summary>
    private static Rejection? ShapeProblem(in CsvRow row, int headerCount)
    {
        if (row.CellCount <= headerCount)
        {
            return null;
        }
        for (int i = headerCount; i < row.CellCount; i++)
        {
            if (!row.Cell(i).IsEmpty)
            {
                return new Rejection(row.Path, row.Line, PositionColumn(i), row.Cell(i).ToString(),
                    $"the row has {row.CellCount} cells but the header has {headerCount} columns");
            }
        }
        return null;
    }

    /// <summary>How a rejection names a cell past the header, which has no column name: <c>column 10</c> for index 9.</summary>
    internal static string PositionColumn(int index) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"column {index + 1}");

    /// <summary>The index of a cell named by <see cref="PositionColumn"/>; false for a column name.</summary>
    internal static bool TryPosition(string column, out int index)
    {
        index = -1;
        return column.StartsWith("column ", StringComparison.Ordinal)
            && int.TryParse(column.AsSpan(7), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int position)
            && position >= 1 && (index = position - 1) >= 0;
    }

    private static bool IsBlank(in CsvRow row)
    {
        for (int i = 0; i < row.CellCount; i++)
        {
            if (!row.Cell(i).IsEmpty)
            {
                return false;
            }
        }
        return true;
    }
}
