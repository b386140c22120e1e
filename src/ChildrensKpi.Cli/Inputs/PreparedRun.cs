using System.Collections.Immutable;
using ChildrensKpi.Readers;

namespace ChildrensKpi.Cli.Inputs;

/// <summary>What a data command has once its arguments are checked and its inputs read: the library's request, ready for the command's own options.</summary>
internal static class PreparedRun
{
    /// <summary>
    /// Checks the arguments every data command shares, reads the inputs with the library's loader and checks that each
    /// indicator named can be computed; on failure writes the error to standard error and gives the contract's exit code
    /// (1 bad arguments, 2 an unreadable input).
    /// </summary>
    /// <remarks>
    /// <paramref name="commandError"/> is a problem with the command's own arguments, found by the caller and reported with
    /// the others. The warnings about the files name children under <paramref name="pseudonymisationKey"/>, as the outputs do.
    /// </remarks>
    public static (KpiRequest? Request, int ExitCode) Prepare(InputArguments inputs, string? yearEndingText, string? indicatorList,
        string? commandError, Terminal terminal, CancellationToken cancellationToken, string? pseudonymisationKey = null)
    {
        var (yearEnding, dateError) = Selection.YearEnding(yearEndingText);
        var (named, nameError) = Selection.Named(indicatorList);
        string? argumentError = dateError ?? nameError ?? (inputs.HasRecords ? null : InputArguments.NoRecordsMessage) ?? inputs.CollectionYearError
            ?? inputs.AuthorityError ?? commandError;
        if (argumentError is not null)
        {
            return Refuse(terminal, ExitCodes.BadArguments, argumentError);
        }
        var files = inputs.Files();
        if (AuthorityNotFound(files, terminal) is { } refused)
        {
            return (null, refused);
        }
        var (read, readCode) = Read(files, terminal, cancellationToken);
        if (read is not { } loaded)
        {
            return (null, readCode);
        }
        // Any table can be validated alone, but indicators need episodes: refuse a folder without them rather than report nothing.
        // An XML return or a workbook is accounted once per table it holds: each file named once.
        var ssda903Files = loaded.Account.Files.Where(f => Ssda903Reader.Tables.ContainsKey(f.Table) || f.Table == "unrecognised").Select(f => f.Path).Distinct().ToList();
        if (inputs.Ssda903 is not null && !loaded.Account.Files.Any(f => f.Table == "Episodes"))
        {
            return Refuse(terminal, ExitCodes.UnreadableInput,
                $"No Episodes table among the SSDA903 files ({string.Join(", ", ssda903Files)}): " +
                $"indicators need an Episodes table (a CSV file or workbook sheet whose header has {string.Join(", ", Ssda903Reader.Tables["Episodes"])}, or EPISODE elements in the XML return).");
        }
        var request = loaded.Request(ReportingPeriod.YearEnding(yearEnding!.Value)) with { Indicators = named };
        if (request.FirstUnmet(out var missing) is { } unmet)
        {
            return Refuse(terminal, ExitCodes.BadArguments, $"{unmet.Definition.Id} needs {InputArguments.ArgumentFor(missing)}.");
        }
        foreach (var warning in new PublicationOptions { PseudonymisationKey = pseudonymisationKey }.Publish(loaded.Account).Warnings)
        {
            terminal.Error.WriteLine($"warning: {warning}");
        }
        return (request, ExitCodes.Success);
    }

    /// <summary>
    /// When <c>--authority</c> was given, the exit code (the error written) when the pooled SSDA903 files name no such
    /// authority, so that a mistyped code is not an empty result; null when they do or it was not given.
    /// </summary>
    public static int? AuthorityNotFound(KpiInputFiles files, Terminal terminal)
    {
        string? reason;
        try
        {
            reason = KpiInputs.AuthorityNotNamed(files);
        }
        catch (InputFileException e)
        {
            return Fail(terminal, ExitCodes.UnreadableInput, e.Message);
        }
        return reason is null ? null
            : Fail(terminal, ExitCodes.BadArguments, $"--authority {files.Ssda903Authority}: {reason}.");
    }

    /// <summary>
    /// When no <c>--authority</c> was given, the authorities named in the LA column of pooled SSDA903 files, each to be
    /// computed alone with <see cref="ForAuthority"/>; empty when no file is pooled. On failure the exit code, the error written.
    /// </summary>
    public static (ImmutableArray<string> Authorities, int ExitCode) PooledAuthorities(InputArguments inputs, Terminal terminal)
    {
        if (inputs.Ssda903 is null || inputs.Authority is not null)
        {
            return ([], ExitCodes.Success);
        }
        try
        {
            return (KpiInputs.Authorities(inputs.Files()), ExitCodes.Success);
        }
        catch (InputFileException e)
        {
            return ([], Fail(terminal, ExitCodes.UnreadableInput, e.Message));
        }
    }

    /// <summary>
    /// <paramref name="authority"/>'s request: its rows of the pooled SSDA903 files alone (<see cref="KpiInputFiles.ForAuthority"/>),
    /// for the period of <paramref name="total"/> and those of its indicators that the authority's inputs give (a children
    /// in need indicator is the consortium's only), computed and published as <paramref name="total"/> is (its options,
    /// breakdowns and publication); null, with a note, when none is. On failure the exit code, the error written.
    /// </summary>
    public static (KpiRequest? Request, int ExitCode) ForAuthority(InputArguments inputs, string authority, KpiRequest total, Terminal terminal, CancellationToken cancellationToken)
    {
        var (read, readCode) = Read(inputs.Files().ForAuthority(authority), terminal, cancellationToken);
        if (read is not { } loaded)
        {
            return (null, readCode);
        }
        var request = loaded.Request(total.Period);
        var computable = total.Indicators.Where(i => i.MissingInputs(request.Inputs) == IndicatorInputKinds.None).ToImmutableArray();
        if (!total.Indicators.IsEmpty && computable.IsEmpty)
        {
            terminal.Error.WriteLine($"Authority {authority}: none of the indicators named is computed from SSDA903 rows alone; the consortium's figures only.");
            return (null, ExitCodes.Success);
        }
        return (request with { Indicators = computable, Options = total.Options, Breakdowns = total.Breakdowns, Publication = total.Publication }, ExitCodes.Success);
    }

    /// <summary>
    /// Reads <paramref name="files"/> with the library's loader, the progress on standard error; on an unreadable input
    /// null and exit code 2, the error written. Every command's read of its inputs, the consortium's and each authority's.
    /// </summary>
    public static (KpiInputs? Inputs, int ExitCode) Read(KpiInputFiles files, Terminal terminal, CancellationToken cancellationToken)
    {
        var progress = new ProgressPrinter(terminal);
        KpiInputs loaded;
        try
        {
            loaded = KpiInputs.Read(files, progress, cancellationToken);
        }
        catch (InputFileException e)
        {
            // The progress line is finished before the error, so that the error starts a line of its own.
            progress.Finish();
            return (null, Fail(terminal, ExitCodes.UnreadableInput, e.Message));
        }
        progress.Finish();
        return (loaded, ExitCodes.Success);
    }

    /// <summary>Writes <paramref name="message"/> as an error and gives <paramref name="exitCode"/>.</summary>
    public static int Fail(Terminal terminal, int exitCode, string message)
    {
        terminal.Error.WriteLine($"error: {message}");
        return exitCode;
    }

    private static (KpiRequest? Request, int ExitCode) Refuse(Terminal terminal, int exitCode, string message) =>
        (null, Fail(terminal, exitCode, message));
}
