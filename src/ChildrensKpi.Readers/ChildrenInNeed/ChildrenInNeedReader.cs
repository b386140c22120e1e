namespace ChildrensKpi.Readers;

/// <summary>
/// Reads the children in need census: the XML return (<c>Message/Children/Child</c>), the flat CSV form (one file per
/// table: CinChildren, Referrals, Assessments, Section47, ProtectionPlans, ProtectionPlanReviews), the tables the CIN
/// validator exports (keyed by CINdetailsID and CPPID, see <see cref="CinTables"/>), or any of them together, over any
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
/// an empty one. Where copies from censuses of different collection years are filled differently, the later census's
/// item is used (a referral open at one census is closed in the next) and the item it replaces is a warning (CIN-E006)
/// where it was read, naming where the item used came from: file names never decide. A census's year is its
/// ReferenceDate's; a CSV table's, the year given, else the year in its name (<c>referrals_2023-24.csv</c>). Copies in
/// one census, or in censuses of unknown year, that disagree on an item filled in both are a conflict: the copy read
/// later is rejected, the copy read first being used. Review dates are unioned.</para>
/// <para>Each census's codes are checked against the code lists of its collection year (from its header's
/// ReferenceDate), as the DfE's schema of that year gives them; a CSV table, which names no year, is checked against
/// every year's. An item read leniently (a child's characteristics, a referral's source, need, closure and NFA, a plan's
/// category of abuse, dates such as ExpectedPersonBirthDate) is never a reason to reject its record: a bad value there
/// is a warning (<see cref="InputAccount.Findings"/>) and left out, read as not given; the warning names the indicators
/// that read the item (the birth date, closure, NFA and need: CIN10K, CIN_BY_NEED, REF_NFA; disabilities: CIN_DISABLED;
/// the initial category of abuse: CPP_BY_CATEGORY, CPP31_BY_CATEGORY), or says none does. A child's disabilities come from
/// <c>ChildCharacteristics/Disabilities/Disability</c> or a flat Disabilities table (LAchildID, Disability, one row per code). Ids written <c>566910.0</c>,
/// <c>0566910</c> and <c>566910</c> are one child, with a warning naming the forms; dates may carry a time or a zone.</para>
/// <para>Bad data never throws. A file that is not a census (XML whose root is not <c>Message</c> or that has no
/// <c>Children</c>, CSV whose header matches no table) is excluded with its reason; an XML file that breaks off
/// (malformed XML, a DOCTYPE, an over-long text) is rejected from the break, the children before it kept. Neither
/// stops the other files. Only a file that cannot be opened, or a CSV table that breaks off, throws
/// (<see cref="InputFileException"/>).</para>
/// </remarks>
public static class ChildrenInNeedReader
{
    /// <summary>Reads a <c>.xml</c> or <c>.csv</c> file, or every <c>*.xml</c> and <c>*.csv</c> file in a folder and its subfolders.</summary>
    /// <param name="fileOrFolder">The file, named in the account by its file name; or the folder, whose files are named by their path relative to it.</param>
    /// <param name="progress">Told of each file and of rows read, for a progress display.</param>
    /// <param name="cancellationToken">Stops a long read.</param>
    /// <exception cref="InputFileException">The path does not exist, the folder holds no XML or CSV file, a file cannot be opened, or a CSV table breaks off.</exception>
    public static ChildrenInNeedReadResult ReadPath(string fileOrFolder, IProgress<ReadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileOrFolder);
        return Read(PathFiles(fileOrFolder), progress, cancellationToken);
    }

    /// <summary>The files <see cref="ReadPath"/> reads: the file, or the folder's <c>*.xml</c> and <c>*.csv</c> files named by their path relative to it.</summary>
    /// <exception cref="InputFileException">The path does not exist, or the folder holds no XML or CSV file.</exception>
    internal static List<InputFile> PathFiles(string fileOrFolder)
    {
        if (File.Exists(fileOrFolder))
        {
            return [InputFile.FromPath(fileOrFolder, Path.GetFileName(fileOrFolder))];
        }
        if (!Directory.Exists(fileOrFolder))
        {
            throw new InputFileException(fileOrFolder, $"The CIN input '{fileOrFolder}' does not exist.");
        }
        var files = Directory.EnumerateFiles(fileOrFolder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            .Select(f => InputFile.FromPath(f, Path.GetRelativePath(fileOrFolder, f).Replace('\\', '/')))
            .ToList();
        return files.Count > 0 ? files : throw new InputFileException(fileOrFolder, $"The CIN folder '{fileOrFolder}' holds no .xml or .csv file.");
    }

    /// <summary>
    /// Reads the given files (e.g. uploads). A file whose name ends <c>.xml</c> (in any case), or whose first
    /// non-white-space character is <c>&lt;</c>, is read as the XML census; any other as a table of the CSV form.
    /// </summary>
    /// <param name="files">The files, read in ordinal order of their names (CSV review tables last).</param>
    /// <param name="progress">Told of each file and of rows read, for a progress display.</param>
    /// <param name="cancellationToken">Stops a long read.</param>
    /// <exception cref="InputFileException">A file cannot be opened, or a CSV table breaks off (e.g. a row past the length limit).</exception>
    public static ChildrenInNeedReadResult Read(IEnumerable<InputFile> files, IProgress<ReadProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Read(files, year: null, progress, cancellationToken);

    /// <summary>
    /// Reads the given files as <see cref="Read(IEnumerable{InputFile}, IProgress{ReadProgress}?, CancellationToken)"/> does, checking the codes of those that name no collection year (the
    /// flat CSV tables, XML without a <c>ReferenceDate</c>) against <paramref name="collectionYear"/>'s lists; an XML
    /// census's own ReferenceDate still decides its year.
    /// </summary>
    /// <param name="files">The files, read in ordinal order of their names (CSV review tables last).</param>
    /// <param name="collectionYear">The collection year as the DfE writes it, <c>yyyy-yy</c> (e.g. <c>2023-24</c>, the census of 31 March 2024).</param>
    /// <param name="progress">Told of each file and of rows read, for a progress display.</param>
    /// <param name="cancellationToken">Stops a long read.</param>
    /// <exception cref="ArgumentException"><paramref name="collectionYear"/> is not two consecutive years written <c>yyyy-yy</c>.</exception>
    /// <exception cref="InputFileException">A file cannot be opened, or a CSV table breaks off (e.g. a row past the length limit).</exception>
    public static ChildrenInNeedReadResult ReadForCollectionYear(IEnumerable<InputFile> files, string collectionYear,
        IProgress<ReadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!CinCollectionYear.TryParse(collectionYear, out var year))
        {
            throw new ArgumentException($"The collection year '{collectionYear}' is not two consecutive years written yyyy-yy (e.g. 2023-24).", nameof(collectionYear));
        }
        return Read(files, CinCensusYears.Nearest(year), progress, cancellationToken);
    }

    /// <summary>The table of a file that is not a census, in the account: it is excluded with its reason and no rows.</summary>
    internal const string NotRecognised = "not recognised";

    /// <summary>Reads the files, checking the codes of those that name no collection year (CSV tables, XML without a ReferenceDate) against <paramref name="year"/>'s.</summary>
    internal static ChildrenInNeedReadResult Read(IEnumerable<InputFile> files, CinCollectionYear? year, IProgress<ReadProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var recognizer = CinTables.Recognizer;
        var account = new AccountBuilder();
        var kinds = new List<(InputFile File, CsvTableSchema? Table)>();
        // Recognise every file before reading any rows, so that what is not a census is known at once, not after a long read.
        foreach (var file in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsXml(file))
            {
                kinds.Add((file, null));
            }
            else if (Recognise(file, recognizer) is { } table)
            {
                kinds.Add((file, table));
            }
            else
            {
                account.AddFile(new FileAccount(file.Name, NotRecognised, default));
            }
        }
        var ordered = kinds.OrderBy(k => CinTables.ReadOrder(k.Table)).ToList();

        var records = new CinRecords(account.Find);
        var keys = new CinExportKeys();
        var sinks = new Dictionary<CsvTableSchema, ITableSink>();
        var pool = new CellPool(CellPool.CodesAndDates);
        ITableSink SinkFor(CsvTableSchema schema) =>
            sinks.TryGetValue(schema, out var sink) ? sink : sinks[schema] = new CinTableSink(schema, records, keys, year, pool);

        for (int i = 0; i < ordered.Count; i++)
        {
            var (file, table) = ordered[i];
            int number = i + 1;
            progress?.Report(new ReadProgress(file.Name, number, ordered.Count, 0));
            void Report(long rows) => progress?.Report(new ReadProgress(file.Name, number, ordered.Count, rows));
            if (table is null)
            {
                CinXmlReader.Read(file, records, account, year, Report, cancellationToken);
            }
            else
            {
                CsvFileReader.Read(file, recognizer, SinkFor, account, Report, cancellationToken);
                // The year its copies are ordered by (CinTableSink): the one given, else the one in its name.
                account.NameYear(file.Name, year?.ToString() ?? ReturnYears.FromName(file.Name)?.ToString());
                // A table names no year: it covers the one the caller gave, if any.
                if (year is { } given)
                {
                    records.CollectionYears.Add(given.Period);
                }
            }
        }
        foreach (var warning in records.IdWarnings())
        {
            account.Warn(warning);
        }
        foreach (var finding in records.Superseded())
        {
            account.Find(finding);
        }
        return new ChildrenInNeedReadResult(records.Build(), account.Build());

        CsvTableSchema? Recognise(InputFile file, TableRecognizer recognizer)
        {
            string reason;
            try
            {
                if (CsvFileReader.Recognise(file, recognizer)?.Schema is { } table)
                {
                    return table;
                }
                reason = $"neither CIN census XML nor a recognised CIN table: its header matches none of: {recognizer.Describe()}";
            }
            catch (InputFileException e)
            {
                reason = $"neither CIN census XML nor a readable CIN table: {e.Message}";
            }
            account.AddExclusions([new Exclusion(file.Name, reason, 0, 1)]);
            return null;
        }
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
