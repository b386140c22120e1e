using ChildrensKpi.Cli.Compute;
using ChildrensKpi.Cli.Inputs;
using ChildrensKpi.Cli.Output;
using ChildrensKpi.Readers;

namespace ChildrensKpi.Cli.Report;

/// <summary>
/// Runs <c>report</c>: the checks and inputs of <c>compute</c>, the year judged against the tables and the year before,
/// the monthly series of each indicator, then one HTML file.
/// </summary>
internal static class ReportRunner
{
    public static int Run(InputArguments inputs, string? yearEndingText, string? indicatorList, string? output, Terminal terminal, CancellationToken cancellationToken)
    {
        var (yearEnding, dateError) = Selection.YearEnding(yearEndingText);
        var (named, nameError) = Selection.Named(indicatorList);
        string? argumentError = dateError ?? nameError
            ?? (inputs.HasRecords ? null : "Give --ssda903 <folder>, --cin <file-or-folder>, or both.")
            ?? (string.IsNullOrWhiteSpace(output) ? "--output: give the HTML file to write." : null);
        if (argumentError is not null)
        {
            return Fail(terminal, ExitCodes.BadArguments, argumentError);
        }
        LoadedInputs loaded;
        try
        {
            loaded = InputLoader.Load(inputs, new ProgressPrinter(terminal), cancellationToken);
        }
        catch (InputFileException e)
        {
            return Fail(terminal, ExitCodes.UnreadableInput, e.Message);
        }
        var (chosen, choiceError) = Selection.Chosen(named, loaded.Records);
        if (choiceError is not null)
        {
            return Fail(terminal, ExitCodes.BadArguments, choiceError);
        }

        var period = ReportingPeriod.YearEnding(yearEnding!.Value);
        var options = ComputeOptions.Default with { Explain = false };
        // Judged even without tables: the direction of travel needs only the year before.
        var report = ComputeRunner.ComputeJudged(chosen, loaded, period, options);
        var series = chosen.Select(i => IndicatorSeries.Compute(i, loaded.Records, period.End, options)).ToList();
        terminal.Error.WriteLine($"Computed {report.Results.Length} indicator{(report.Results.Length == 1 ? "" : "s")} and their monthly series for {period}.");
        foreach (var warning in loaded.Account.Warnings)
        {
            terminal.Error.WriteLine($"warning: {warning}");
        }

        var writeError = ResultDestination.Write(output, terminal, writer => HtmlReport.Write(new ReportContent(report, series), writer));
        return writeError is null ? ExitCodes.Success : Fail(terminal, ExitCodes.BadArguments, writeError);
    }

    private static int Fail(Terminal terminal, int exitCode, string message)
    {
        terminal.Error.WriteLine($"error: {message}");
        return exitCode;
    }
}
