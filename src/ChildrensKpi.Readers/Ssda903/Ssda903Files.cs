namespace ChildrensKpi.Readers;

/// <summary>
/// The SSDA903 files given, as the CSV tables the reader reads: a CSV file as it is; an XML return and an Excel workbook
/// as the tables taken out of them (<see cref="TablePart"/>), in the place of the file; a file of either form that is
/// not a return accounted as unrecognised with its reason, the others read all the same.
/// </summary>
internal static class Ssda903Files
{
    /// <summary>An SSDA903 return in a form other than CSV (the XML return, a workbook) as the CSV tables it holds.</summary>
    public static FormRead TakeApart(InputFile file, FileForm form) => form == FileForm.Xml
        ? Ssda903XmlReturn.Read(file, Ssda903Tables.Recognizer, Ssda903Tables.Header)
        : WorkbookSheets.Read(file);

    /// <summary>
    /// The one rule of what a file gives when pooled files are split by authority (the indicator readers and the DfE rules
    /// both take it): a pooled CSV file (<see cref="PooledFiles"/>) gives its part for <paramref name="authority"/> (null:
    /// every row, CHILD scoped by its LA); any other file gives nothing for an authority, being no one authority's, and
    /// is read whole (null here) when no authority is asked.
    /// </summary>
    /// <exception cref="InputFileException">The file cannot be opened.</exception>
    public static TablePart? PooledPart(InputFile file, FileForm form, string? authority) =>
        form == FileForm.Csv && PooledFiles.IsPooled(file) ? PooledFiles.Part(file, authority) : null;

    /// <param name="files">The files, in the order they are to be read.</param>
    /// <param name="account">Takes the refused files and the warnings about the others.</param>
    /// <param name="authority">
    /// Null to read every file, a pooled CSV (<see cref="PooledFiles"/>) with its ids scoped by authority; else only the
    /// rows of that authority's pooled files, ids as written.
    /// </param>
    /// <returns>The tables to read, in order; the parts among them by name; every name in <paramref name="account"/>'s order.</returns>
    /// <exception cref="InputFileException">A file cannot be opened.</exception>
    public static (List<InputFile> Tables, Dictionary<string, TablePart> Parts, List<string> Order) Expand(IEnumerable<InputFile> files, AccountBuilder account, string? authority = null)
    {
        var tables = new List<InputFile>();
        var parts = new Dictionary<string, TablePart>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var file in files)
        {
            var form = FileForms.Of(file);
            if (authority is not null || (form == FileForm.Csv && PooledFiles.IsPooled(file)))
            {
                if (PooledPart(file, form, authority) is { } pooled)
                {
                    tables.Add(pooled.Csv);
                    parts[pooled.Csv.Name] = pooled;
                    order.Add(pooled.Csv.Name);
                }
                continue;
            }
            if (form == FileForm.Csv)
            {
                tables.Add(file);
                order.Add(file.Name);
                continue;
            }
            var read = Ssda903Files.TakeApart(file, form);
            if (read.Refusal is { } reason)
            {
                account.Warn($"{file.Name}: {reason}; it is not read.");
                account.AddExclusions([new Exclusion(file.Name, reason, 0, read.RefusalLine)]);
                account.AddFile(new FileAccount(file.Name, Ssda903Tables.Unrecognised, default));
                order.Add(file.Name);
                continue;
            }
            foreach (var warning in read.Warnings)
            {
                account.Warn(warning);
            }
            foreach (var part in read.Parts)
            {
                tables.Add(part.Csv);
                parts[part.Csv.Name] = part;
                order.Add(part.Csv.Name);
            }
        }
        return (tables, parts, order);
    }
}
