using ChildrensKpi.Cli.Compute;
using ChildrensKpi.Cli.Inputs;
using ChildrensKpi.Cli.Output;

namespace ChildrensKpi.Cli.Report;

/// <summary>
/// Runs <c>report</c>: the checks and inputs of <c>compute</c>, the year judged against the tables and the year before,
/// the monthly series of each indicator, then one HTML file.
/// </summary>
internal static class ReportRunner
{
    public static int Run(InputArguments inputs, string? yearEndingText, string? indicatorList, string? output, int suppressionThreshold, Terminal terminal, CancellationToken cancellationToken)
    {
        var (run, exitCode) = PreparedRun.Prepare(inputs, yearEndingText, indicatorList,
            string.IsNullOrWhiteSpace(output) ? "--output: give the HTML file to write."
            : suppressionThreshold < 0 ? $"--suppression-threshold: {suppressionThreshold} is negative; give 0 (withhold nothing) or more." : null,
            terminal, cancellationToken);
        if (run is null)
        {
            return exitCode;
        }
        var (period, chosen, loaded) = run;
        var options = ComputeOptions.Default with { Explain = false };
        // Judged even without tables: the direction of travel needs only the year before.
        var report = ComputeRunner.ComputeJudged(chosen, loaded, period, options);
        var series = chosen.Select(i => IndicatorSeries.Compute(i, loaded.Records, period.End, options)).ToList();
        terminal.Error.WriteLine($"Computed {report.Results.Length} indicator{(report.Results.Length == 1 ? "" : "s")} and their monthly series for {period}.");

        var writeError = ResultDestination.Write(output, terminal, writer => HtmlReport.Write(new ReportContent(report, series, suppressionThreshold), writer));
        return writeError is null ? ExitCodes.Success : PreparedRun.Fail(terminal, ExitCodes.BadArguments, writeError);
    }
}
