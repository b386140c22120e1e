using System.Collections.Immutable;
using ChildrensKpi.Readers;

namespace ChildrensKpi.Cli.Inputs;

/// <summary>What a data command has once its arguments are checked and its inputs read: the period and the indicators to compute.</summary>
internal sealed record PreparedRun(ReportingPeriod Period, ImmutableArray<Indicator> Indicators, LoadedInputs Inputs)
{
    /// <summary>
    /// Checks the arguments every data command shares, reads the inputs and chooses the indicators; on failure writes the
    /// error to standard error and gives the contract's exit code (1 bad arguments, 2 an unreadable input).
    /// </summary>
    /// <remarks><paramref name="commandError"/> is a problem with the command's own arguments, found by the caller and reported with the others.</remarks>
    public static (PreparedRun? Run, int ExitCode) Prepare(InputArguments inputs, string? yearEndingText, string? indicatorList,
        string? commandError, Terminal terminal, CancellationToken cancellationToken)
    {
        var (yearEnding, dateError) = Selection.YearEnding(yearEndingText);
        var (named, nameError) = Selection.Named(indicatorList);
        string? argumentError = dateError ?? nameError ?? (inputs.HasRecords ? null : InputArguments.NoRecordsMessage) ?? commandError;
        if (argumentError is not null)
        {
            return Refuse(terminal, ExitCodes.BadArguments, argumentError);
        }
        LoadedInputs loaded;
        try
        {
            loaded = InputLoader.Load(inputs, new ProgressPrinter(terminal), cancellationToken);
        }
        catch (InputFileException e)
        {
            return Refuse(terminal, ExitCodes.UnreadableInput, e.Message);
        }
        var (chosen, choiceError) = Selection.Chosen(named, loaded.Records);
        if (choiceError is not null)
        {
            return Refuse(terminal, ExitCodes.BadArguments, choiceError);
        }
        foreach (var warning in loaded.Account.Warnings)
        {
            terminal.Error.WriteLine($"warning: {warning}");
        }
        return (new PreparedRun(ReportingPeriod.YearEnding(yearEnding!.Value), chosen, loaded), ExitCodes.Success);
    }

    /// <summary>Writes <paramref name="message"/> as an error and gives <paramref name="exitCode"/>.</summary>
    public static int Fail(Terminal terminal, int exitCode, string message)
    {
        terminal.Error.WriteLine($"error: {message}");
        return exitCode;
    }

    private static (PreparedRun? Run, int ExitCode) Refuse(Terminal terminal, int exitCode, string message) =>
        (null, Fail(terminal, exitCode, message));
}
