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
        string? argumentError = dateError ?? nameError ?? (inputs.HasRecords ? null : InputArguments.NoRecordsMessage) ?? inputs.CollectionYearError ?? commandError;
        if (argumentError is not null)
        {
            return Refuse(terminal, ExitCodes.BadArguments, argumentError);
        }
        KpiInputs loaded;
        var progress = new ProgressPrinter(terminal);
        try
        {
            loaded = KpiInputs.Read(inputs.Files(), progress, cancellationToken);
        }
        catch (InputFileException e)
        {
            progress.Finish();
            return Refuse(terminal, ExitCodes.UnreadableInput, e.Message);
        }
        progress.Finish();
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

    /// <summary>Writes <paramref name="message"/> as an error and gives <paramref name="exitCode"/>.</summary>
    public static int Fail(Terminal terminal, int exitCode, string message)
    {
        terminal.Error.WriteLine($"error: {message}");
        return exitCode;
    }

    private static (KpiRequest? Request, int ExitCode) Refuse(Terminal terminal, int exitCode, string message) =>
        (null, Fail(terminal, exitCode, message));
}
