namespace ChildrensKpi.Readers;

/// <summary>
/// Reads an SSDA903 return (children looked after) from CSV files, one file per table, any number of years.
/// </summary>
/// <remarks>
/// <para>Tables are recognised by their header row (column names, case- and order-insensitive), never by file
/// name. Dates are <c>dd/mm/yyyy</c> or ISO <c>yyyy-mm-dd</c>; <c>mm/dd</c> is never read. Files are read in
/// ordinal order of their names, so that copies of one episode in several years' returns (identified by CHILD and
/// DECOM) are merged: a filled DEC, REC or REASON_PLACE_CHANGE replaces an empty one, and a copy that disagrees on
/// a field filled in both is rejected, the earlier file's copy being used.</para>
/// <para>Reviews, OC2, AD1, PlacedAdoption and Missing rows are validated and merged the same way (by CHILD and REVIEW,
/// CHILD, CHILD, CHILD and DATE_PLACED, CHILD and MIS_START); OC2, like OC3, carries no date, so one OC2 row per child is
/// kept across the files. The DOB of those tables is checked to be a date but not used (the Header's is, then OC3's, then OC2's).</para>
/// <para>Once every file is read, each child's episodes are checked in DECOM order (<see cref="ValidationRules"/>
/// SSDA903-E002 to E007): an episode that starts before the child's previous episode ended (overlapping or out of
/// order) is rejected, the earlier episode kept; so is one that starts before the Header date of birth. Other
/// findings (episode after the 18th birthday, RNE L with a new placement, adoption placement without an order, OC3
/// outside the cohort) are warnings in <see cref="InputAccount.Findings"/>, the row being used.</para>
/// <para>Every row is counted as used, excluded (short breaks V3/V4; the PrevPerm and UASC tables, which no indicator uses yet) or rejected, with
/// file, line, column, value and rule. Bad data never throws; only a file that cannot be opened, a header that
/// matches no table, or a set of files with no Episodes table does (<see cref="InputFileException"/>).</para>
/// </remarks>
public static class Ssda903Reader
{
    /// <summary>Reads every <c>*.csv</c> file in <paramref name="folder"/> and its subfolders.</summary>
    /// <param name="folder">The folder; files are named in the account by their path relative to it.</param>
    /// <param name="progress">Told of each file and of rows read, for a progress display.</param>
    /// <param name="cancellationToken">Stops a long read.</param>
    /// <exception cref="InputFileException">The folder does not exist or holds no CSV file, a file cannot be read or recognised, or there is no Episodes table.</exception>
    public static Ssda903ReadResult ReadFolder(string folder, IProgress<ReadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new InputFileException(folder, $"The SSDA903 folder '{folder}' does not exist.");
        }
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            .Select(f => InputFile.FromPath(f, Path.GetRelativePath(folder, f).Replace('\\', '/')))
            .ToList();
        if (files.Count == 0)
        {
            throw new InputFileException(folder, $"The SSDA903 folder '{folder}' holds no .csv file.");
        }
        return Read(files, progress, cancellationToken);
    }

    /// <summary>Reads the given files (e.g. uploads), in ordinal order of their names.</summary>
    /// <exception cref="InputFileException">A file cannot be read or recognised, or none holds the Episodes table.</exception>
    public static Ssda903ReadResult Read(IEnumerable<InputFile> files, IProgress<ReadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var ordered = files.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        var recognizer = Ssda903Tables.Recognizer;

        // Recognise every header before reading any rows, so a wrong folder fails at once, not after a long read.
        var tables = new List<string>();
        foreach (var file in ordered)
        {
            var recognised = CsvFileReader.Recognise(file, recognizer)
                ?? throw new InputFileException(file.Name, $"'{file.Name}' is not a recognised SSDA903 table: its header matches none of: {recognizer.Describe()}.");
            tables.Add(recognised.Schema.Name);
        }
        if (!tables.Contains(Ssda903Tables.Episodes.Name))
        {
            throw new InputFileException(string.Join(", ", ordered.Select(f => f.Name)),
                $"No Episodes table among the SSDA903 files ({string.Join(", ", ordered.Select(f => f.Name))}): " +
                $"indicators need a CSV file whose header has {string.Join(", ", Ssda903Tables.Episodes.Required)}.");
        }

        var children = new ChildNumbers();
        var episodes = new EpisodeSink(children);
        // Its own numbering: the Header files are read beside the Episodes files, on another core.
        var headers = new HeaderSink(new ChildNumbers());
        var careLeavers = new CareLeaverSink();
        var reviews = new ReviewSink();
        var oc2 = new Oc2Sink();
        var ad1 = new Ad1Sink();
        var placedAdoption = new PlacedAdoptionSink();
        var missing = new MissingSink();
        // Made before the tables are read side by side, so that no sink is created (or shared) by two readers at once.
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
        };
        foreach (var table in tables)
        {
            sinks.TryAdd(table, new UnusedTableSink(table));
        }

        var account = ReadTables(ordered, tables, recognizer, schema => sinks[schema.Name], progress, cancellationToken);
        episodes.EndOfFiles();
        var keep = Ssda903Checks.Run(episodes, children, headers, careLeavers, account);
        var data = new LookedAfterData(episodes.Table(keep), [.. headers.Children()], [.. careLeavers.CareLeavers()])
        {
            Reviews = [.. reviews.Reviews()],
            Oc2Outcomes = [.. oc2.Outcomes()],
            AdoptionDecisions = [.. ad1.Decisions()],
            PlacementsForAdoption = [.. placedAdoption.Placements()],
            MissingEpisodes = [.. missing.Episodes()],
        };
        return new Ssda903ReadResult(data, account.Build());
    }

    /// <summary>
    /// Reads each table's files in name order (copies merge in that order), the tables side by side: their sinks share
    /// nothing until every file is read. The row account is as one read in name order would give it.
    /// </summary>
    private static AccountBuilder ReadTables(List<InputFile> ordered, List<string> tables, TableRecognizer recognizer,
        Func<CsvTableSchema, ITableSink> sinkFor, IProgress<ReadProgress>? progress, CancellationToken cancellationToken)
    {
        var gate = new Lock();
        void Report(ReadProgress step)
        {
            lock (gate)
            {
                progress?.Report(step);
            }
        }
        var groups = Enumerable.Range(0, ordered.Count).GroupBy(i => tables[i]).Select(g => g.ToList()).ToList();
        var parts = new AccountBuilder[groups.Count];
        try
        {
            Parallel.For(0, groups.Count, new ParallelOptions { CancellationToken = cancellationToken }, g =>
            {
                var part = parts[g] = new AccountBuilder();
                foreach (int i in groups[g])
                {
                    var file = ordered[i];
                    Report(new ReadProgress(file.Name, i + 1, ordered.Count, 0));
                    CsvFileReader.Read(file, recognizer, sinkFor, part, rows => Report(new ReadProgress(file.Name, i + 1, ordered.Count, rows)), cancellationToken);
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // What a read in name order would have thrown first, not the parallel wrapper.
            var first = e.InnerExceptions.OfType<InputFileException>().OrderBy(x => ordered.FindIndex(f => f.Name == x.Path)).FirstOrDefault() ?? e.InnerExceptions[0];
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
            throw;
        }
        return AccountBuilder.Merge(parts, [.. ordered.Select(f => f.Name)]);
    }
}
