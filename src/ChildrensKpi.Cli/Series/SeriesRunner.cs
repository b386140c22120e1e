using ChildrensKpi.Cli.Inputs;
using ChildrensKpi.Cli.Output;

namespace ChildrensKpi.Cli.Series;

/// <summary>Runs <c>series</c>: the same checks and inputs as <c>compute</c>, then one pass per indicator over 36 periods.</summary>
internal static class SeriesRunner
{
    public static int Run(InputArguments inputs, string? yearEndingText, string? indicatorList, OutputFormat? askedFormat, string? output,
        Terminal terminal, CancellationToken cancellationToken)
    {
        var (run, exitCode) = PreparedRun.Prepare(inputs, yearEndingText, indicatorList,
            askedFormat == OutputFormat.Parquet ? "--format parquet is for compute; series writes json, csv or table." : null, terminal, cancellationToken);
        if (run is null)
        {
            return exitCode;
        }
        var (period, chosen, loaded) = run;
        var options = ComputeOptions.Default with { Explain = false };
        var series = chosen.Select(i => IndicatorSeries.Compute(i, loaded.Records, period.End, options)).ToList();
        terminal.Error.WriteLine($"Computed {series.Count} series for the year ending {NodaTime.Text.LocalDatePattern.Iso.Format(period.End)}.");
        var format = ResultDestination.FormatFor(askedFormat, output, terminal);
        var writeError = ResultDestination.Write(output, terminal, writer => SeriesWriter.Write(series, format, writer));
        return writeError is null ? ExitCodes.Success : PreparedRun.Fail(terminal, ExitCodes.BadArguments, writeError);
    }
}
