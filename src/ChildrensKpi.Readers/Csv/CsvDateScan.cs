using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>
/// A quick pass over a file before it is read, for what the header alone cannot tell: how many data rows it has, and the
/// latest date in some of its columns (which dates the return it came from).
/// </summary>
internal static class CsvDateScan
{
    /// <summary>The data rows of the file (every row after the header, blank ones included, as the row account counts them).</summary>
    /// <exception cref="InputFileException">The file cannot be opened, or a row is longer than <see cref="SepRows.MaxRowChars"/>.</exception>
    public static long CountRows(InputFile file)
    {
        using var reader = CsvFileReader.Open(file);
        long line = 1, rows = 0;
        CsvFileReader.ReadHeader(reader, file.Name, ref line);
        while (SepRows.MoveNext(reader, file.Name, ref line))
        {
            rows++;
        }
        return rows;
    }

    /// <summary>The latest valid date in any of <paramref name="columns"/> (upper-case names); null when the file has none.</summary>
    /// <exception cref="InputFileException">The file cannot be opened, or a row is longer than <see cref="SepRows.MaxRowChars"/>.</exception>
    public static LocalDate? Latest(InputFile file, IReadOnlyCollection<string> columns)
    {
        using var reader = CsvFileReader.Open(file);
        long line = 1;
        var names = CsvFileReader.HeaderNames(CsvFileReader.ReadHeader(reader, file.Name, ref line));
        int[] indexes = [.. Enumerable.Range(0, names.Length).Where(i => columns.Contains(names[i]))];
        LocalDate? latest = null;
        while (indexes.Length > 0 && SepRows.MoveNext(reader, file.Name, ref line))
        {
            var row = reader.Current;
            foreach (int i in indexes)
            {
                // A bad date is the row's problem, reported when the row is read; here it just does not date the file.
                if (i < row.ColCount && CellParser.ReadDate(row[i].Span.Trim(), out var date) == DateCell.Valid && (latest is null || date > latest))
                {
                    latest = date;
                }
            }
        }
        return latest;
    }
}
