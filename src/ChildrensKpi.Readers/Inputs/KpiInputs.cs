using System.Collections.Immutable;

namespace ChildrensKpi.Readers;

/// <summary>
/// Everything read for a computation: the records, the judging tables, and the account of every row. The command line
/// and the HTTP server (uploads and JSON records alike) read their inputs here, so that the same rows meet the same rules.
/// </summary>
/// <param name="Records">The records for the indicators.</param>
/// <param name="Performance">Targets, bands and comparators.</param>
/// <param name="Account">What became of every row of every file, in the order read.</param>
public sealed record KpiInputs(IndicatorInputs Records, PerformanceInputs Performance, InputAccount Account)
{
    /// <summary>
    /// Reads every input given, in a fixed order (SSDA903, children in need, population, finance, workforce, targets,
    /// bands, comparators), each with its own reader.
    /// </summary>
    /// <param name="files">The inputs.</param>
    /// <param name="progress">Told of each file and of rows read, for a progress display.</param>
    /// <param name="cancellationToken">Stops a long read.</param>
    /// <exception cref="InputFileException">An input cannot be read at all (the message names it), or a single-file input is given several files.</exception>
    public static KpiInputs Read(KpiInputFiles files, IProgress<ReadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var records = new IndicatorInputs();
        var performance = PerformanceInputs.None;
        var account = InputAccount.Empty;
        // The two returns share nothing, so they are read side by side: a national CIN census read alone keeps one core
        // busy for as long as the SSDA903 read, which leaves the other idle much of the time. What is read, and the order
        // of the account, are as if read one after the other; the SSDA903's error, if both fail, is the one reported.
        var shared = progress is null ? null : new SerialProgress(progress);
        using var stopChildrenInNeed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var childrenInNeed = files.ChildrenInNeed is { } cin
            ? Task.Run(() => ReadChildrenInNeed(cin, files.ChildrenInNeedCollectionYear, shared, stopChildrenInNeed.Token), stopChildrenInNeed.Token)
            : null;
        try
        {
            if (files.Ssda903 is { } ssda903)
            {
                var read = Ssda903Reader.Read(Ssda903Files(ssda903), shared, files.Ssda903CollectionYear, files.Ssda903Authority, cancellationToken);
                records = records with { LookedAfter = read.Data };
                account = account.Combine(read.Account);
            }
        }
        catch
        {
            // Not left running when the SSDA903 read fails: stopped, and waited for so that nothing outlives the call.
            stopChildrenInNeed.Cancel();
            try
            {
                childrenInNeed?.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
                // Its own failure, or its cancellation, is not the one to report.
            }
            throw;
        }
        if (childrenInNeed is not null)
        {
            var read = childrenInNeed.GetAwaiter().GetResult();
            records = records with { ChildrenInNeed = read.Data };
            account = account.Combine(read.Account);
        }
        if (files.Population is { } population)
        {
            var read = Single(population, "population", progress, PopulationReader.ReadFile, PopulationReader.Read, cancellationToken);
            records = records with { Population = read.Estimates };
            account = account.Combine(read.Account);
        }
        if (files.Finance is { } finance)
        {
            var read = Single(finance, "finance", progress, FinanceReader.ReadFile, FinanceReader.Read, cancellationToken);
            records = records with { Finance = read.Expenditure };
            account = account.Combine(read.Account);
        }
        if (files.Workforce is { } workforce)
        {
            var read = Single(workforce, "workforce", progress, WorkforceReader.ReadFile, WorkforceReader.Read, cancellationToken);
            records = records with { Workforce = read.Teams };
            account = account.Combine(read.Account);
        }
        foreach (var (table, kind) in new[] { (files.Targets, "targets"), (files.Bands, "bands"), (files.Comparators, "comparators") })
        {
            if (table is not null)
            {
                var into = performance;
                var read = Single(table, kind, progress,
                    (path, token) => PerformanceTablesReader.ReadFile(path, into, token),
                    (file, token) => PerformanceTablesReader.Read(file, into, token), cancellationToken);
                performance = read.Inputs;
                account = account.Combine(read.Account);
            }
        }
        return new KpiInputs(records, performance, account);
    }

    private static ChildrenInNeedReadResult ReadChildrenInNeed(InputSource cin, CollectionYear? year, IProgress<ReadProgress>? progress, CancellationToken cancellationToken)
    {
        var cinFiles = cin.Path is { } path ? ChildrenInNeedReader.PathFiles(path) : (IEnumerable<InputFile>)cin.Files;
        return year is { } given
            ? ChildrenInNeedReader.ReadForCollectionYear(cinFiles, given.ToString(), progress, cancellationToken)
            : ChildrenInNeedReader.Read(cinFiles, progress, cancellationToken);
    }

    /// <summary>
    /// The authorities named in the <c>LA</c> column of the pooled SSDA903 CSV files given (<see cref="PooledFiles"/>), in
    /// ordinal order: each is read alone with <see cref="KpiInputFiles.ForAuthority"/>. Empty when no SSDA903 file is pooled
    /// or none is given.
    /// </summary>
    /// <exception cref="InputFileException">The SSDA903 folder does not exist or holds no file to read, or a file cannot be opened.</exception>
    public static ImmutableArray<string> Authorities(KpiInputFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return files.Ssda903 is { } ssda903 ? PooledFiles.AuthoritiesIn(Ssda903Files(ssda903)) : [];
    }

    /// <summary>
    /// Why <see cref="KpiInputFiles.Ssda903Authority"/> picks no rows, so that a mistyped code is refused rather than read
    /// as an empty return: no SSDA903 file is pooled, or none names it (the message lists those that are named); null
    /// when it is not given or some file names it.
    /// </summary>
    /// <exception cref="InputFileException">The SSDA903 folder does not exist or holds no file to read, or a file cannot be opened.</exception>
    public static string? AuthorityNotNamed(KpiInputFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Ssda903Authority is not { } authority)
        {
            return null;
        }
        var named = Authorities(files);
        return named.Contains(authority, StringComparer.Ordinal) ? null
            : named.IsEmpty ? "no SSDA903 file has an LA column, so the files are one council's: leave the authority out"
            : $"no row of the SSDA903 files has LA {authority}; the authorities are {string.Join(", ", named)}";
    }

    /// <summary>
    /// A request to compute from these inputs for <paramref name="period"/>, judged against the tables and the year before
    /// when a table was given (cli-contract.md: then each indicator has its direction of travel); change the rest with <c>with</c>.
    /// </summary>
    public KpiRequest Request(ReportingPeriod period)
    {
        bool tables = !Performance.Targets.IsEmpty || !Performance.Bands.IsEmpty || !Performance.Comparators.IsEmpty;
        return new()
        {
            Inputs = Records,
            Account = Account,
            Performance = Performance,
            Period = period,
            PreviousPeriod = tables ? ReportingPeriod.YearEnding(period.End.PlusYears(-1)) : null,
        };
    }

    /// <summary>The SSDA903 files of <paramref name="source"/>: a folder's as <see cref="Ssda903Reader.ReadFolder"/> finds them.</summary>
    private static IEnumerable<InputFile> Ssda903Files(InputSource source) =>
        source.Path is { } folder ? Ssda903Reader.FolderFiles(folder) : source.Files;

    private static T Single<T>(InputSource source, string kind, IProgress<ReadProgress>? progress,
        Func<string, CancellationToken, T> readFile, Func<InputFile, CancellationToken, T> read, CancellationToken cancellationToken)
    {
        if (source.Path is { } path)
        {
            progress?.Report(new ReadProgress(Path.GetFileName(path), 1, 1, 0));
            return readFile(path, cancellationToken);
        }
        if (source.Files.Length > 1)
        {
            throw new InputFileException(string.Join(", ", source.Files.Select(f => f.Name)), $"Give one {kind} file, not {source.Files.Length}.");
        }
        progress?.Report(new ReadProgress(source.Files[0].Name, 1, 1, 0));
        return read(source.Files[0], cancellationToken);
    }
}
