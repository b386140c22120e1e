using System.Collections.Immutable;

namespace ChildrensKpi.Readers;

/// <summary>
/// Reads an SSDA903 return (children looked after) from CSV files (one file per table), the XML return as submitted to
/// the DfE, or Excel workbooks (a sheet per table), any number of years, the forms mixed.
/// </summary>
/// <remarks>
/// <para>An XML return or a workbook is read as the tables it holds, each through the same checks as a CSV file
/// (<see cref="Ssda903XmlReturn"/>, <see cref="WorkbookSheets"/>); its rejections name the element path or the sheet's
/// cell, and the source line. CSV text may be UTF-8, UTF-16 or windows-1252 (<see cref="CsvEncoding"/>). A file of either
/// form that is not a return is accounted under <c>unrecognised</c> with its reason.</para>
/// <para>Tables are recognised by their header row (column names, case- and order-insensitive), never by file
/// name. Dates are <c>dd/mm/yyyy</c> or ISO <c>yyyy-mm-dd</c>; <c>mm/dd</c> is never read. Copies of one
/// episode in several years' returns (identified by CHILD and DECOM) are merged: a filled DEC, REC or REASON_PLACE_CHANGE
/// replaces an empty one; where copies from returns of different collection years are filled differently, the later
/// return's value is used, as a council's later return corrects its earlier ones, and each value it replaces is a warning
/// (SSDA903-E009) where it was read, naming where the value used came from; copies in one return (or in returns whose
/// year is not known) that disagree on a field filled in both are a conflict, and the copy read later, in ordinal order
/// of the file names, is rejected. File names never decide between returns of different years.</para>
/// <para>Header, OC3, Reviews, OC2, AD1, PlacedAdoption, Missing, UASC, social worker episodes and DoLo rows are validated
/// and merged the same way (by CHILD; CHILD; CHILD and REVIEW; CHILD; CHILD; CHILD and DATE_PLACED; CHILD and MIS_START;
/// CHILD; CHILD and SW_DECOM; CHILD and DOLO_START); OC2, like OC3, carries no date, so one OC2 row per child is
/// kept across the files. PrevPerm rows are excluded, never merged. The DOB of those tables is checked to be a date but not used (the Header's is, then OC3's, then OC2's).</para>
/// <para>Once every file is read, each child's episodes are checked in DECOM order (<see cref="ValidationRules"/>
/// SSDA903-E002 to E007): an episode that starts before the child's previous episode ended (overlapping or out of
/// order) is rejected, the earlier episode kept; so is one that starts before the Header date of birth. Other
/// findings (episode after the 18th birthday, RNE L with a new placement, adoption placement without an order, OC3
/// outside the cohort) are warnings in <see cref="InputAccount.Findings"/>, the row being used.</para>
/// <para>Every table is read on its own as well as with the others (a lone Header, OC3 or AD1 file can be validated).
/// Each file is checked against the columns and code lists of its collection year (2006-07 to 2026-27, see
/// <see cref="CollectionYear"/>): the year given; else the one in the file name (<c>episodes_2015-16.csv</c>,
/// <c>header_2024_25.csv</c>); else the year (1 April to 31 March) containing the latest event date in the file (the latest DECOM
/// for Episodes, REVIEW for Reviews, MIS_START for Missing, and so on: start dates, as a mistyped end date would move the file); a table without event dates (Header, UASC,
/// OC2, OC3, PrevPerm) takes the latest year of the other files, or alone none, its codes checked against every year's lists (with a warning). A code
/// not valid in its year is rejected naming the years it is valid in (<c>PLACE Z11 is valid in 2025-26 onwards, not in
/// 2023-24</c>); so is every row of a table its year does not collect (social worker episodes before 2023-24, DoLo before 2026-27).</para>
/// <para>Every row is counted as used, excluded (short breaks V3/V4; the PrevPerm table, which no indicator uses
/// yet; every row of a file whose header matches no table, accounted under the table <c>unrecognised</c>) or rejected,
/// with file, line, column, value and rule. Bad data never throws; only a file that cannot be opened does
/// (<see cref="InputFileException"/>).</para>
/// </remarks>
public static class Ssda903Reader
{
    /// <summary>The first collection year whose columns and code lists the reader knows (2006-07).</summary>
    public static CollectionYear FirstCollectionYear => Ssda903Schedule.Current.First;

    /// <summary>The last collection year whose columns and code lists the reader knows.</summary>
    public static CollectionYear LastCollectionYear => Ssda903Schedule.Current.Last;

    /// <summary>
    /// The tables the reader recognises (as <see cref="FileAccount.Table"/> names them), and the required columns of each:
    /// <c>Header</c>, <c>Episodes</c>, ..., <c>SWEpisodes</c>, <c>DoLo</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, ImmutableArray<string>> Tables { get; } =
        Ssda903Tables.Recognizer.Schemas.ToDictionary(s => s.Name, s => s.Required);

    // The files a folder is read for: CSV tables, XML returns, Excel workbooks.
    private static readonly string[] Extensions = [".csv", ".xml", ".xlsx"];

    /// <summary>Reads every <c>*.csv</c>, <c>*.xml</c> and <c>*.xlsx</c> file in <paramref name="folder"/> and its subfolders.</summary>
    /// <param name="folder">The folder; files are named in the account by their path relative to it.</param>
    /// <param name="progress">Told of each file and of rows read, for a progress display.</param>
    /// <param name="collectionYear">The collection year of every file; null to decide it per file (see <see cref="Ssda903Reader"/>).</param>
    /// <param name="cancellationToken">Stops a long read.</param>
    /// <exception cref="InputFileException">The folder does not exist or holds no CSV, XML or Excel file, or a file cannot be read.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="collectionYear"/> is outside <see cref="FirstCollectionYear"/> to <see cref="LastCollectionYear"/>.</exception>
    public static Ssda903ReadResult ReadFolder(string folder, IProgress<ReadProgress>? progress = null, CollectionYear? collectionYear = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        return Read(FolderFiles(folder), progress, collectionYear, cancellationToken);
    }

    /// <summary>The files <see cref="ReadFolder"/> reads, named by their path relative to <paramref name="folder"/>.</summary>
    /// <exception cref="InputFileException">The folder does not exist or holds no CSV, XML or Excel file.</exception>
    internal static List<InputFile> FolderFiles(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new InputFileException(folder, $"The SSDA903 folder '{folder}' does not exist.");
        }
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Select(f => InputFile.FromPath(f, Path.GetRelativePath(folder, f).Replace('\\', '/')))
            .ToList();
        return files.Count > 0 ? files : throw new InputFileException(folder, $"The SSDA903 folder '{folder}' holds no .csv, .xml or .xlsx file.");
    }

    /// <summary>Reads the given files (e.g. uploads), in ordinal order of their names.</summary>
    /// <param name="files">The files, any tables and years.</param>
    /// <param name="progress">Told of each file and of rows read, for a progress display.</param>
    /// <param name="collectionYear">The collection year of every file; null to decide it per file (see <see cref="Ssda903Reader"/>).</param>
    /// <param name="cancellationToken">Stops a long read.</param>
    /// <exception cref="InputFileException">A file cannot be read.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="collectionYear"/> is outside <see cref="FirstCollectionYear"/> to <see cref="LastCollectionYear"/>.</exception>
    public static Ssda903ReadResult Read(IEnumerable<InputFile> files, IProgress<ReadProgress>? progress = null, CollectionYear? collectionYear = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Read(files, progress, collectionYear, authority: null, cancellationToken);
    }

    /// <summary>
    /// Reads the files of several councils: the consortium's read (<see cref="Read(IEnumerable{InputFile}, IProgress{ReadProgress}?, CollectionYear?, CancellationToken)"/>,
    /// CHILD ids of files with an <c>LA</c> column scoped as <c>LA:CHILD</c>), and each authority named in an LA column read
    /// alone from its rows, as its own return (files without an LA column are the consortium's only).
    /// </summary>
    /// <param name="files">The files, any tables and years; pooled CSV tables carry an <c>LA</c> column.</param>
    /// <param name="progress">Told of each file and of rows read, for a progress display (every read).</param>
    /// <param name="collectionYear">The collection year of every file; null to decide it per file (see <see cref="Ssda903Reader"/>).</param>
    /// <param name="cancellationToken">Stops a long read.</param>
    /// <exception cref="InputFileException">A file cannot be read.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="collectionYear"/> is outside <see cref="FirstCollectionYear"/> to <see cref="LastCollectionYear"/>.</exception>
    public static Ssda903PooledReadResult ReadPooled(IEnumerable<InputFile> files, IProgress<ReadProgress>? progress = null, CollectionYear? collectionYear = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var given = files.ToList();
        var total = Read(given, progress, collectionYear, authority: null, cancellationToken);
        return new Ssda903PooledReadResult(total,
            PooledFiles.AuthoritiesIn(given).ToImmutableSortedDictionary(a => a, a => Read(given, progress, collectionYear, a, cancellationToken), StringComparer.Ordinal));
    }

    /// <summary>
    /// Reads the files; with <paramref name="authority"/> given, the rows of that authority in the pooled files alone, ids
    /// as written, as its own return (<see cref="PooledFiles"/>).
    /// </summary>
    internal static Ssda903ReadResult Read(IEnumerable<InputFile> files, IProgress<ReadProgress>? progress, CollectionYear? collectionYear, string? authority, CancellationToken cancellationToken)
    {
        if (collectionYear is { } given && !Ssda903Schedule.Current.Knows(given))
        {
            throw new ArgumentOutOfRangeException(nameof(collectionYear), given,
                $"The SSDA903 collection years known are {FirstCollectionYear} to {LastCollectionYear}, not {given}.");
        }
        var recognizer = Ssda903Tables.Recognizer;
        var yearsAccount = new AccountBuilder();
        // An XML return or a workbook is read as the tables it holds, in its place in name order.
        var formsAccount = new AccountBuilder();
        var (ordered, parts, names) = Ssda903Files.Expand(files.OrderBy(f => f.Name, StringComparer.Ordinal), formsAccount, authority);

        // Recognise every header and decide every file's year before reading any rows: a file's year may come from the others.
        var recognised = ordered.Select(f => (File: f, Schema: CsvFileReader.Recognise(f, recognizer)?.Schema)).ToList();
        var tabled = recognised.Where(r => r.Schema is not null).Select(r => (r.File, r.Schema!)).ToList();
        var years = ReturnYears.Decide(tabled, collectionYear, yearsAccount, out var returned);
        var yearOf = tabled.Select((t, i) => (t.File, Year: years[i])).ToDictionary(t => t.File, t => t.Year);
        var returnOf = tabled.Select((t, i) => (t.File, Year: returned[i])).ToDictionary(t => t.File, t => t.Year);

        // The tables are read side by side: each has its own sink and its own year of the file being read, and the Header
        // its own numbering of children, so that no two readers share anything until every file is read.
        var yearFor = new Dictionary<string, FileYear>(StringComparer.Ordinal);
        FileYear YearFor(CsvTableSchema table) => yearFor.TryGetValue(table.Name, out var y) ? y : yearFor[table.Name] = new FileYear();
        var children = new ChildNumbers();
        var headerChildren = new ChildNumbers();
        var episodes = new EpisodeSink(children, YearFor(Ssda903Tables.Episodes));
        var headers = new HeaderSink(headerChildren, YearFor(Ssda903Tables.Header));
        var careLeavers = new CareLeaverSink(YearFor(Ssda903Tables.Oc3));
        var reviews = new ReviewSink(YearFor(Ssda903Tables.Reviews));
        var oc2 = new Oc2Sink(YearFor(Ssda903Tables.Oc2));
        var ad1 = new Ad1Sink(YearFor(Ssda903Tables.Ad1));
        var placedAdoption = new PlacedAdoptionSink(YearFor(Ssda903Tables.PlacedAdoption));
        var missing = new MissingSink(YearFor(Ssda903Tables.Missing));
        var uasc = new UascSink(YearFor(Ssda903Tables.Uasc));
        var socialWorkers = new SocialWorkerEpisodeSink(YearFor(Ssda903Tables.SocialWorkerEpisodes));
        var deprivationOfLiberty = new DeprivationOfLibertySink(YearFor(Ssda903Tables.DeprivationOfLiberty));
        var sinks = new Dictionary<string, ITableSink>(StringComparer.Ordinal)
        {
            [Ssda903Tables.Episodes.Name] = episodes,
            [Ssda903Tables.Header.Name] = headers,
            [Ssda903Tables.Oc3.Name] = careLeavers,
            [Ssda903Tables.Reviews.Name] = reviews,
            [Ssda903Tables.Oc2.Name] = oc2,
            [Ssda903Tables.Ad1.Name] = ad1,
            [Ssda903Tables.PlacedAdoption.Name] = placedAdoption,
            [Ssda903Tables.Missing.Name] = missing,
            [Ssda903Tables.Uasc.Name] = uasc,
            [Ssda903Tables.SocialWorkerEpisodes.Name] = socialWorkers,
            [Ssda903Tables.DeprivationOfLiberty.Name] = deprivationOfLiberty,
        };
        foreach (var table in tabled)
        {
            sinks.TryAdd(table.Item2.Name, new UnusedTableSink(table.Item2.Name));
        }

        // Copies of an episode across years merge into one: the rows of the Episodes files bound the episodes kept.
        episodes.Reserve((int)Math.Min(int.MaxValue / 2, toReadRows(Ssda903Tables.Episodes)));
        long toReadRows(CsvTableSchema table) => tabled.Where(t => t.Item2 == table).Sum(t => CsvFileReader.EstimateRows(t.File));
        var toRead = Enumerable.Range(0, ordered.Count).Select(i => new TableFile(ordered[i], i + 1, recognised[i].Schema)).ToList();
        var account = ReadTables(toRead, ordered.Count, recognizer, sinks, yearFor, yearOf, returnOf, progress, cancellationToken);
        account = AccountBuilder.Merge([yearsAccount, formsAccount, account], names);
        foreach (var warning in ChildNumbers.FormWarnings("CHILD", children, headerChildren))
        {
            account.Warn(warning);
        }
        // Each table's values that a later return's replaced (SSDA903-E009), table by table, each table's in file and line order.
        var superseded = episodes.Superseded().Concat(headers.Superseded()).Concat(careLeavers.Superseded()).Concat(reviews.Superseded())
            .Concat(oc2.Superseded()).Concat(ad1.Superseded()).Concat(placedAdoption.Superseded()).Concat(missing.Superseded())
            .Concat(uasc.Superseded()).Concat(socialWorkers.Superseded()).Concat(deprivationOfLiberty.Superseded());
        foreach (var finding in superseded)
        {
            account.Find(finding);
        }
        episodes.EndOfFiles();
        var keep = Ssda903Checks.Run(episodes, children, headers, careLeavers, account);
        var data = new LookedAfterData(episodes.Table(keep), [.. headers.Children()], [.. careLeavers.CareLeavers()])
        {
            Reviews = [.. reviews.Reviews()],
            Oc2Outcomes = [.. oc2.Outcomes()],
            AdoptionDecisions = [.. ad1.Decisions()],
            PlacementsForAdoption = [.. placedAdoption.Placements()],
            MissingEpisodes = [.. missing.Episodes()],
            UnaccompaniedAsylumSeekers = [.. uasc.Rows()],
            SocialWorkerEpisodes = [.. socialWorkers.Episodes()],
            DeprivationOfLibertyOrders = [.. deprivationOfLiberty.Orders()],
        };
        // Each file's account says the year its rows were read as (a table of an XML return or workbook, the return's).
        var yearByName = tabled.Select((t, i) => (t.File.Name, Year: years[i])).Where(t => t.Year is not null).ToDictionary(t => t.Name, t => t.Year!.Value.ToString());
        var built = account.Build();
        built = new InputAccount([.. built.Files.Select(f => yearByName.TryGetValue(f.Path, out var year) ? f with { CollectionYear = year } : f)],
            built.Rejections, built.Exclusions, built.Warnings) { Findings = built.Findings };
        return new Ssda903ReadResult(data, PartLocations.ToSources(built, parts));
    }

    /// <summary>A file to read, its place in name order (from 1) and its table (null when no table matches its header).</summary>
    private readonly record struct TableFile(InputFile File, int Number, CsvTableSchema? Schema);

    /// <summary>
    /// Reads each table's files in name order (copies merge in that order), the tables side by side; a file of a table its
    /// year does not collect has its rows rejected, one no table matches is accounted as excluded. The row account is as
    /// one read in name order gives it.
    /// </summary>
    private static AccountBuilder ReadTables(List<TableFile> files, int fileCount, TableRecognizer recognizer, Dictionary<string, ITableSink> sinks,
        Dictionary<string, FileYear> yearFor, Dictionary<InputFile, CollectionYear?> yearOf, Dictionary<InputFile, CollectionYear?> returnOf,
        IProgress<ReadProgress>? progress, CancellationToken cancellationToken)
    {
        var gate = new Lock();
        void Report(ReadProgress step)
        {
            lock (gate)
            {
                progress?.Report(step);
            }
        }
        var groups = files.GroupBy(f => f.Schema?.Name ?? "").Select(g => g.ToList()).ToList();
        var parts = new AccountBuilder[groups.Count];
        try
        {
            Parallel.For(0, groups.Count, new ParallelOptions { CancellationToken = cancellationToken }, g =>
            {
                var part = parts[g] = new AccountBuilder();
                foreach (var (file, number, schema) in groups[g])
                {
                    Report(new ReadProgress(file.Name, number, fileCount, 0));
                    if (schema is null)
                    {
                        Unrecognised(file, recognizer, part);
                        continue;
                    }
                    var year = yearOf[file];
                    var sink = year is { } y && !Ssda903Schedule.Current.Collects(schema.Name, y) ? new TableNotCollectedSink(schema.Name, y) : sinks[schema.Name];
                    if (yearFor.TryGetValue(schema.Name, out var fileYear))
                    {
                        fileYear.Year = year;
                        fileYear.Return = returnOf[file];
                    }
                    CsvFileReader.Read(file, recognizer, _ => sink, part, rows => Report(new ReadProgress(file.Name, number, fileCount, rows)), cancellationToken);
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // What a read in name order would have thrown first, not the parallel wrapper.
            var first = e.InnerExceptions.OfType<InputFileException>().OrderBy(x => files.FindIndex(f => f.File.Name == x.Path)).FirstOrDefault() ?? e.InnerExceptions[0];
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
            throw;
        }
        return AccountBuilder.Merge(parts, [.. files.Select(f => f.File.Name)]);
    }

    /// <summary>A file whose header matches no table: every row excluded with that reason, so the other files are still read.</summary>
    private static void Unrecognised(InputFile file, TableRecognizer recognizer, AccountBuilder account)
    {
        long rows = CsvDateScan.CountRows(file);
        string reason = $"not a recognised SSDA903 table: its header matches none of: {recognizer.Describe()}";
        account.Warn($"{file.Name}: {reason}; its rows are excluded.");
        if (rows > 0)
        {
            account.AddExclusions([new Exclusion(file.Name, reason, rows, 2)]);
        }
        account.AddFile(new FileAccount(file.Name, Ssda903Tables.Unrecognised, new RowCounts(rows, 0, rows, 0)));
    }
}
