using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// Reads an SSDA903 return into <see cref="Ssda903ReturnTables"/>, in any of its forms: a CSV file's table recognised by
/// its header as the indicator readers recognise it (<see cref="Ssda903Tables.Recognizer"/>), with the same Sep setup
/// (<see cref="CsvFileReader"/>), every non-blank row kept as written; an XML return or a workbook taken apart into
/// the same CSV tables by the readers' own transposers (<see cref="Ssda903XmlReturn"/>, <see cref="WorkbookSheets"/>,
/// as <see cref="Ssda903Files"/> does for the indicators), so that every rule is written once, over the tables. A row
/// of an XML return is located by its element's path (<c>/EXPSSDA903/CHILD[1]/EPISODE[2]</c>), a workbook's row by
/// its sheet and row (file <c>return.xlsx (sheet Episodes)</c>, line 5), through the part's origins.
/// </summary>
internal static class Ssda903CsvTables
{
    /// <summary>Reads the files; a file whose header is no SSDA903 table is named in the warnings and skipped.</summary>
    /// <param name="files">The return's files.</param>
    /// <param name="authority">
    /// Null to read every file as it is; else that authority's rows of the pooled CSV files alone, CHILD as written, as
    /// its own return (<see cref="Ssda903Files.PooledPart"/>, as the indicator readers split them), a row located at its
    /// line in the pooled file (file <c>episodes.csv (LA 201)</c>); files without an LA column are then not read.
    /// </param>
    /// <param name="cancellationToken">Checked between files.</param>
    /// <exception cref="InputFileException">A file cannot be opened, or a row is longer than <see cref="SepRows.MaxRowChars"/>.</exception>
    public static Ssda903ReturnTables Read(IEnumerable<InputFile> files, string? authority = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var pool = new CellPool();
        var builders = new Dictionary<string, Ssda903RuleTableBuilder>(StringComparer.Ordinal);
        var warnings = ImmutableArray.CreateBuilder<string>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var form = FileForms.Of(file);
            if (authority is not null)
            {
                if (Ssda903Files.PooledPart(file, form, authority) is { } own)
                {
                    ReadFile(own.Csv, pool, builders, warnings, (own, false));
                }
                continue;
            }
            if (form == FileForm.Csv)
            {
                ReadFile(file, pool, builders, warnings, null);
                continue;
            }
            var read = Ssda903Files.TakeApart(file, form);
            if (read.Refusal is { } reason)
            {
                warnings.Add($"{file.Name}: {reason}; not validated.");
                continue;
            }
            warnings.AddRange(read.Warnings);
            foreach (var part in read.Parts)
            {
                ReadFile(part.Csv, pool, builders, warnings, (part, form == FileForm.Xml));
            }
        }
        return new Ssda903ReturnTables(builders.Values.Select(b => b.Build()), warnings.ToImmutable());
    }

    // One pass over millions of rows: compiled fully optimised at once. `part`: for a table taken out of an XML return
    // or a workbook, the part and whether it is XML.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadFile(InputFile file, CellPool pool, Dictionary<string, Ssda903RuleTableBuilder> builders,
        ImmutableArray<string>.Builder warnings, (TablePart Part, bool Xml)? part)
    {
        using var reader = CsvFileReader.Open(file);
        long nextLine = 1;
        var names = CsvFileReader.HeaderNames(CsvFileReader.ReadHeader(reader, file.Name, ref nextLine));
        if (Ssda903Tables.Recognizer.Recognise(names) is not { } recognised)
        {
            warnings.Add($"{file.Name}: its header ({string.Join(", ", names)}) is no SSDA903 table; not validated.");
            return;
        }
        var name = recognised.Schema.Name;
        if (!builders.TryGetValue(name, out var builder))
        {
            builders[name] = builder = new Ssda903RuleTableBuilder(name);
        }
        // An XML row is named by the return's file and its element; a sheet's row by the workbook, the sheet and its row.
        var origins = part?.Part.Origins;
        bool xml = part?.Xml == true;
        int source = builder.AddSource(part is not { } p ? file.Name : p.Xml ? p.Part.Source : $"{p.Part.Source} ({p.Part.Origins.Row(1)})");
        // The first of a repeated column is read, as the indicator readers read it.
        var cells = new List<string?>?[names.Length];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++)
        {
            cells[i] = names[i].Length > 0 && seen.Add(names[i]) ? builder.ColumnCells(names[i]) : null;
        }
        while (SepRows.MoveNext(reader, file.Name, ref nextLine))
        {
            var row = reader.Current;
            if (IsBlank(row))
            {
                continue; // a blank line is no row, for the councils' validators as for the readers
            }
            int count = Math.Min(row.ColCount, cells.Length);
            for (int i = 0; i < count; i++)
            {
                cells[i]?.Add(pool.InternUpper(row[i].Span));
            }
            long line = row.LineNumberFrom;
            if (origins is null)
            {
                builder.EndRow(source, line, null);
            }
            else
            {
                builder.EndRow(source, origins.Line(line), xml ? origins.Row(line) : null);
            }
        }
    }

    private static bool IsBlank(nietras.SeparatedValues.SepReader.Row row)
    {
        for (int i = 0; i < row.ColCount; i++)
        {
            if (!row[i].Span.IsEmpty)
            {
                return false;
            }
        }
        return true;
    }
}
