using ChildrensKpi.Cli.Inputs;
using ChildrensKpi.Cli.Output;
using ChildrensKpi.Readers;

namespace ChildrensKpi.Cli.Series;

/// <summary>Runs <c>series</c>: the same checks and inputs as <c>compute</c>, then one pass per indicator over 36 periods.</summary>
internal static class SeriesRunner
{
    public static int Run(InputArguments inputs, string? yearEndingText, string? indicatorList, OutputFormat? askedFormat, string? output,
        Terminal terminal, CancellationToken cancellationToken)
    {
        var (yearEnding, dateError) = Selection.YearEnding(yearEndingText);
        var (named, nameError) = Selection.Named(indicatorList);
        string? argumentError = dateError ?? nameError ?? (inputs.HasRecords ? null : InputArguments.NoRecordsMessage)
            ?? (askedFormat == OutputFormat.Parquet ? "--format parquet is for compute; series writes json, csv or table." : null);
        if (argumentError is not null)
        {
            terminal.Error.WriteLine($"error: {argumentError}");
            return ExitCodes.BadArguments;
        }
        LoadedInputs loaded;
        try
        {
            loaded = InputLoader.Load(inputs, new ProgressPrinter(terminal), cancellationToken);
        }
        catch (InputFileException e)
        {
            terminal.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.UnreadableInput;
        }
        var (chosen, choiceError) = Selection.Chosen(named, loaded.Records);
        if (choiceError is not null)
        {
            terminal.Error.WriteLine($"error: {choiceError}");
            return ExitCodes.BadArguments;
        }
        var options = ComputeOptions.Default with { Explain = false };
        var series = chosen.Select(i => IndicatorSeries.Compute(i, loaded.Records, yearEnding!.Value, options)).ToList();
        terminal.Error.WriteLine($"Computed {series.Count} series for the year ending {NodaTime.Text.LocalDatePattern.Iso.Format(yearEnding!.Value)}.");
        var format = ResultDestination.FormatFor(askedFormat, output, terminal);
        var writeError = ResultDestination.Write(output, terminal, writer => SeriesWriter.Write(series, format, writer));
        if (writeError is not null)
        {
            terminal.Error.WriteLine($"error: {writeError}");
            return ExitCodes.BadArguments;
        }
        return ExitCodes.Success;
    }
}
