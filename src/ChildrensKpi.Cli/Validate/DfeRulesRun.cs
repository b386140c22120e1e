using ChildrensKpi.Cli.Inputs;
using ChildrensKpi.Cli.Output;
using ChildrensKpi.Readers;
using ChildrensKpi.Readers.Rules;
using ChildrensKpi.Readers.Rules.Cin;
using ChildrensKpi.Readers.Rules.Ssda903;

namespace ChildrensKpi.Cli.Validate;

/// <summary>
/// <c>validate --dfe</c>: runs the DfE's rules of the return's collection year, the SSDA903 ones over the folder's CSV
/// files, XML returns and workbooks (<c>--ssda903</c>) or the CIN census ones over one census XML file (<c>--cin</c>), and writes each rule's outcome
/// and each finding; exits 1 when a rule of kind error flagged a row.
/// </summary>
internal static class DfeRulesRun
{
    public static int Run(ValidateArguments arguments, Terminal terminal, CancellationToken cancellationToken)
    {
        if ((arguments.Ssda903 is null) == (arguments.Cin is null))
        {
            return PreparedRun.Fail(terminal, ExitCodes.BadArguments,
                "--dfe runs the rules of one return: give --ssda903 <folder> or --cin <census.xml>, not both.");
        }
        var format = ResultDestination.FormatFor(arguments.Format, arguments.Output, terminal);
        var writer = DfeRulesWriter.For(format);
        if (writer is null && format != OutputFormat.Xlsx)
        {
            return PreparedRun.Fail(terminal, ExitCodes.BadArguments, $"--dfe writes table, csv, json or xlsx, not {format.ToString().ToLowerInvariant()}.");
        }
        if (format == OutputFormat.Xlsx && arguments.Output is null)
        {
            return PreparedRun.Fail(terminal, ExitCodes.BadArguments, ResultWorkbook.NeedsOutput);
        }
        if (arguments.Cin is not null && arguments.ReferenceFiles.FirstOrDefault() is { Option: { } option })
        {
            return PreparedRun.Fail(terminal, ExitCodes.BadArguments, $"{option} is for the DfE's SSDA903 rules (--ssda903), not the census's.");
        }
        CollectionYear? year = arguments.CollectionYear is null ? null : CollectionYear.Parse(arguments.CollectionYear);
        var validations = new List<(string? Authority, DfeValidation Validation)>();
        try
        {
            if (arguments.Cin is { } census)
            {
                validations.Add((null, CinReturnValidator.Validate(CensusFile(census), year, cancellationToken: cancellationToken)));
            }
            else
            {
                var files = ReturnFiles(arguments.Ssda903!);
                SeveralYears(files, terminal);
                var previous = arguments.Previous is null ? null : ReturnFiles(arguments.Previous);
                var (authorities, refused) = Authorities(files, arguments.Authority, terminal);
                if (refused is { } code)
                {
                    return code;
                }
                var reference = Reference(arguments, terminal, cancellationToken);
                // Pooled: last year's return is split by the same authority; one it names none of the authority's rows
                // in (no LA column, or no row of that LA) would make the rules comparing with last year compare with
                // nothing, so that is said rather than left to read as a clean comparison.
                var previousAuthorities = previous is null || authorities is [null]
                    ? null : KpiInputs.Authorities(new KpiInputFiles { Ssda903 = InputSource.FromFiles(previous) }).ToHashSet(StringComparer.Ordinal);
                foreach (var authority in authorities)
                {
                    if (previousAuthorities is not null && authority is not null && !previousAuthorities.Contains(authority))
                    {
                        terminal.Error.WriteLine($"Authority {authority}: --previous holds no rows of LA {authority} (" +
                            (previousAuthorities.Count == 0 ? "its files have no LA column" : $"its LA column names {string.Join(", ", previousAuthorities.Order(StringComparer.Ordinal))}") +
                            "), so the rules comparing with last year compare with an empty return.");
                    }
                    validations.Add((authority, Ssda903DfeRules.Validate(files, previous, year, arguments.LaCode ?? CouncilCode(authority), reference, authority, cancellationToken)));
                }
            }
        }
        catch (Exception e) when (e is InputFileException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            return PreparedRun.Fail(terminal, ExitCodes.UnreadableInput, e.Message);
        }
        // Under a key the findings name children by pseudonym, without their dates of birth, as compute's rejections do.
        var publication = new PublicationOptions { PseudonymisationKey = arguments.PseudonymiseKey.Key };
        var published = validations.Select(v => (v.Authority, Validation: v.Validation.Publish(publication))).ToList();
        int errors = 0;
        foreach (var (authority, validation) in published)
        {
            int own = validation.Findings.Count(f => f.Kind == DfeRuleKind.Error);
            errors += own;
            string what = validation.Return == DfeReturn.Ssda903 ? "SSDA903" : "CIN census";
            terminal.Error.WriteLine($"{(authority is null ? "" : $"Authority {authority}: ")}DfE {what} rules of {validation.Year}: " +
                $"{validation.Outcomes.Count(o => o.Status == DfeRuleStatus.Ran)} of {validation.Outcomes.Length} ran; {validation.Findings.Length} findings ({own} errors).");
        }
        var pooled = published.Where(v => v.Authority is not null).Select(v => (v.Authority!, v.Validation)).ToList();
        var one = published[0].Validation;
        string? writeError = writer is null
            ? DfeRulesWorkbook.Write(pooled.Count == 0 ? DfeRulesWorkbook.Sheets(one) : DfeRulesWorkbook.Sheets(pooled), arguments.Output!, terminal)
            : ResultDestination.Write(arguments.Output, terminal, text =>
            {
                if (pooled.Count == 0)
                {
                    writer.Write(one, text);
                }
                else
                {
                    writer.Write(pooled, text);
                }
            });
        if (writeError is not null)
        {
            return PreparedRun.Fail(terminal, ExitCodes.BadArguments, writeError);
        }
        return errors > 0 ? ValidateRunner.SomethingRejected : ExitCodes.Success;
    }

    /// <summary>
    /// The authorities whose rows are validated, each as its own return: the one of <c>--authority</c>, else each named in
    /// the LA column of pooled CSV files (<see cref="KpiInputs.Authorities"/>, as <c>compute</c> lists them, over the
    /// files the rules read); a single null when no file is pooled (the files are one council's return, validated as
    /// they are). Rows with an empty LA are no authority's and are not validated. The exit code when <c>--authority</c>
    /// names no authority of the files (<see cref="PreparedRun.AuthorityNotFound"/>, as for <c>compute</c>).
    /// </summary>
    private static (List<string?> Authorities, int? Refused) Authorities(List<InputFile> files, string? authority, Terminal terminal)
    {
        var inputs = new KpiInputFiles { Ssda903 = InputSource.FromFiles(files), Ssda903Authority = authority?.Trim() };
        if (PreparedRun.AuthorityNotFound(inputs, terminal) is { } refused)
        {
            return ([], refused);
        }
        if (inputs.Ssda903Authority is { } one)
        {
            return ([one], null);
        }
        var pooled = KpiInputs.Authorities(inputs);
        return pooled.IsEmpty ? ([null], null) : ([.. pooled], null);
    }

    /// <summary>
    /// The council's own code (<c>--la-code</c>) for <paramref name="authority"/>'s rows when <c>--la-code</c> is not
    /// given: the authority's LA value when it is an English local authority's ONS code (<c>E</c> and eight digits, e.g.
    /// <c>E09000027</c>), the form the rules compare with a placement's local authority. An LA column holding anything
    /// else (the DfE's three-digit LA numbers, such as <c>201</c>, or a name) gives no code: <c>--la-code</c> is then
    /// used as given, and without it the rules needing the council's code are reported not run.
    /// </summary>
    private static string? CouncilCode(string? authority) =>
        authority is { Length: 9 } code && code[0] == 'E' && code.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0 ? code : null;

    /// <summary>Reads the reference files given (<c>--postcodes</c>, <c>--ofsted-providers</c>, <c>--la-numbers</c>); a file not given is null in the data.</summary>
    private static DfeReferenceData Reference(ValidateArguments arguments, Terminal terminal, CancellationToken cancellationToken) => new()
    {
        Postcodes = ReferenceFile("--postcodes", arguments.Postcodes, "postcodes", DfePostcodeLookup.Read, l => (l.Count, l.Account), terminal, cancellationToken),
        OfstedProviders = ReferenceFile("--ofsted-providers", arguments.OfstedProviders, "providers", DfeOfstedProviders.Read, p => (p.Count, p.Account),
            terminal, cancellationToken),
        LocalAuthorityNumbers = ReferenceFile("--la-numbers", arguments.LaNumbers, "local authority numbers", DfeLocalAuthorityNumbers.Read,
            n => (n.Numbers.Length, n.Account), terminal, cancellationToken),
    };

    /// <summary>
    /// Reads one reference file (null when not given), saying on standard error how many of its rows were rejected
    /// (and why, for the first).
    /// </summary>
    private static T? ReferenceFile<T>(string option, string? path, string what, Func<InputFile, CancellationToken, T> read,
        Func<T, (int Count, InputAccount Account)> summary, Terminal terminal, CancellationToken cancellationToken)
        where T : class
    {
        if (path is null)
        {
            return null;
        }
        if (!File.Exists(path))
        {
            throw new IOException($"{option}: '{path}' is not a file.");
        }
        var data = read(InputFile.FromPath(path, Path.GetFileName(path)), cancellationToken);
        var (count, account) = summary(data);
        var rejected = account.Rejections;
        if (rejected.Length > 0)
        {
            terminal.Error.WriteLine($"{Path.GetFileName(path)}: {count} {what} read, {rejected.Length} rows rejected (line {rejected[0].Line}: {rejected[0].Rule}).");
        }
        return data;
    }

    /// <summary>The census file given, or a folder's one .xml file (each census file is a return of its own).</summary>
    private static InputFile CensusFile(string path)
    {
        if (File.Exists(path))
        {
            return InputFile.FromPath(path, Path.GetFileName(path));
        }
        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.xml").Order(StringComparer.Ordinal).ToList() : [];
        return files.Count == 1
            ? InputFile.FromPath(files[0], Path.GetFileName(files[0]))
            : throw new IOException(files.Count == 0
                ? $"'{path}' is neither a census XML file nor a folder holding one."
                : $"'{path}' holds {files.Count} census files; each is a return of its own: give one file to --cin.");
    }

    private static readonly string[] ReturnExtensions = [".csv", ".xml", ".xlsx"];

    /// <summary>
    /// The DfE's rules are those of one return: files whose names give several collection years (<c>episodes_2014-15.csv</c>,
    /// <c>episodes_2015-16.csv</c>) are still validated as one return of one year, so every earlier year's rows are judged
    /// against that year's dates and lists. Said on standard error, with what to give instead.
    /// </summary>
    private static void SeveralYears(List<InputFile> files, Terminal terminal)
    {
        var years = files.Select(f => ReturnYears.FromName(f.Name)).OfType<CollectionYear>().Distinct().OrderBy(y => y.StartYear).ToList();
        if (years.Count > 1)
        {
            terminal.Error.WriteLine($"The files' names give {years.Count} collection years ({years[0]} to {years[^1]}); the DfE's rules " +
                "validate them as one return. Give one year's files, and the year before's with --previous.");
        }
    }

    /// <summary>The CSV, XML and workbook files of a folder (or the one file given), in name order.</summary>
    private static List<InputFile> ReturnFiles(string path)
    {
        if (File.Exists(path))
        {
            return [InputFile.FromPath(path, Path.GetFileName(path))];
        }
        if (!Directory.Exists(path))
        {
            throw new IOException($"'{path}' is neither a folder nor a file.");
        }
        return Directory.EnumerateFiles(path)
            .Where(f => ReturnExtensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal).Select(f => InputFile.FromPath(f, Path.GetFileName(f))).ToList();
    }
}
