namespace ChildrensKpi.Readers;

/// <summary>
/// Reads the children in need census: the XML return (<c>Message/Children/Child</c>), the flat CSV form (one file per
/// table: CinChildren, Referrals, Assessments, Section47, ProtectionPlans, ProtectionPlanReviews), or both, over any
/// number of years.
/// </summary>
/// <remarks>
/// <para>XML is streamed without DTD processing or external entities, one child in memory at a time. Its rows are the
/// <c>Child</c>, <c>CINdetails</c>, <c>Assessments</c>, <c>Section47</c>, <c>ChildProtectionPlans</c>,
/// <c>CPPreviewDate</c> and <c>CINPlanDates</c> elements; CIN plan dates are excluded (no indicator uses them), and a
/// rejected record's nested rows are rejected with it, under one rejection naming the element path. Assessments in
/// the XML are single assessments.</para>
/// <para>Files are read in ordinal order of their names, except that CSV ProtectionPlanReviews files are read last, so
/// that a review finds its plan whichever file holds it. Copies of a record in several files are merged: a child by
/// LAchildID, a referral by child and CINreferralDate, an assessment by child, referral date, type and start date, a
/// section 47 enquiry by child, referral date and start date, a plan by child and CPPstartDate. A filled item replaces
/// an empty one; a copy that disagrees on an item filled in both is rejected, the copy read first being used; review
/// dates are unioned.</para>
/// <para>Bad data never throws; only a file that cannot be opened, malformed XML, a DOCTYPE, an XML root other than
/// <c>Message</c> or without <c>Children</c>, or a CSV header that matches no table does (<see cref="InputFileException"/>).</para>
/// </remarks>
public static class ChildrenInNeedReader
{
    /// <summary>Reads a <c>.xml</c> or <c>.csv</c> file, or every <c>*.xml</c> and <c>*.csv</c> file in a folder and its subfolders.</summary>
    /// <param name="fileOrFolder">The file, named in the account by its file name; or the folder, whose files are named by their path relative to it.</param>
    /// <param name="progress">Told of each file and of rows read, for a progress display.</param>
    /// <param name="cancellationToken">Stops a long read.</param>
    /// <exception cref="InputFileException">The path does not exist, the folder holds no XML or CSV file, or a file cannot be read or recognised.</exception>
    public static ChildrenInNeedReadResult ReadPath(string fileOrFolder, IProgress<ReadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileOrFolder);
        if (File.Exists(fileOrFolder))
        {
            return Read([InputFile.FromPath(fileOrFolder, Path.GetFileName(fileOrFolder))], progress, cancellationToken);
        }
        if (!Directory.Exists(fileOrFolder))
        {
            throw new InputFileException(fileOrFolder, $"The CIN input '{fileOrFolder}' does not exist.");
        }
        var files = Directory.EnumerateFiles(fileOrFolder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            .Select(f => InputFile.FromPath(f, Path.GetRelativePath(fileOrFolder, f).Replace('\\', '/')))
            .ToList();
        if (files.Count == 0)
        {
            throw new InputFileException(fileOrFolder, $"The CIN folder '{fileOrFolder}' holds no .xml or .csv file.");
        }
        return Read(files, progress, cancellationToken);
    }

    /// <summary>
    /// Reads the given files (e.g. uploads). A file whose name ends <c>.xml</c> (in any case), or whose first
    /// non-white-space character is <c>&lt;</c>, is read as the XML census; any other as a table of the CSV form.
    /// </summary>
    /// <param name="files">The files, read in ordinal order of their names (CSV review tables last).</param>
    /// <param name="progress">Told of each file and of rows read, for a progress display.</param>
    /// <param name="cancellationToken">Stops a long read.</param>
    /// <exception cref="InputFileException">A file cannot be read, is malformed or DTD-bearing XML, or is CSV whose header matches no CIN table.</exception>
    public static ChildrenInNeedReadResult Read(IEnumerable<InputFile> files, IProgress<ReadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var recognizer = CinTables.Recognizer;
        var kinds = new List<(InputFile File, CsvTableSchema? Table)>();
        // Recognise every file before reading any rows, so a wrong folder fails at once, not after a long read.
        foreach (var file in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var table = IsXml(file) ? null
                : CsvFileReader.Recognise(file, recognizer)?.Schema
                ?? throw new InputFileException(file.Name, $"'{file.Name}' is neither CIN census XML nor a recognised CIN table: its header matches none of: {recognizer.Describe()}.");
            kinds.Add((file, table));
        }
        var ordered = kinds.OrderBy(k => k.Table == CinTables.ProtectionPlanReviews).ToList();

        var records = new CinRecords();
        var sinks = new Dictionary<CsvTableSchema, ITableSink>();
        ITableSink SinkFor(CsvTableSchema schema) =>
            sinks.TryGetValue(schema, out var sink) ? sink : sinks[schema] = new CinTableSink(schema, records);

        var account = new AccountBuilder();
        for (int i = 0; i < ordered.Count; i++)
        {
            var (file, table) = ordered[i];
            int number = i + 1;
            progress?.Report(new ReadProgress(file.Name, number, ordered.Count, 0));
            void Report(long rows) => progress?.Report(new ReadProgress(file.Name, number, ordered.Count, rows));
            if (table is null)
            {
                CinXmlReader.Read(file, records, account, Report, cancellationToken);
            }
            else
            {
                CsvFileReader.Read(file, recognizer, SinkFor, account, Report, cancellationToken);
            }
        }
        return new ChildrenInNeedReadResult(records.Build(), account.Build());
    }

    /// <summary>How far a file's leading white space is read looking for <c>&lt;</c>.</summary>
    private const int SniffChars = 64 * 1024;

    internal static Stream Open(InputFile file)
    {
        try
        {
            return file.Open();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(file.Name, $"Cannot read '{file.Name}': {e.Message}", e);
        }
    }

    private static bool IsXml(InputFile file)
    {
        if (file.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        using var reader = new StreamReader(Open(file));
        // Bounded, so that endless white space (a device, a runaway file) falls through to the CSV reader, which refuses
        // it by its row limit, instead of being scanned for ever.
        int c = ' ';
        for (int i = 0; i < SniffChars && (c = reader.Read()) >= 0 && char.IsWhiteSpace((char)c); i++)
        {
        }
        return c == '<';
    }
}
