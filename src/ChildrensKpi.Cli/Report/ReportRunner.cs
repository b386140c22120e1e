using ChildrensKpi.Cli.Inputs;
using ChildrensKpi.Cli.Output;

namespace ChildrensKpi.Cli.Report;

/// <summary>
/// Runs <c>report</c>: the checks and inputs of <c>compute</c>, the year judged against the tables and the year before,
/// the monthly series of each indicator, then one HTML file or Excel workbook.
/// </summary>
internal static class ReportRunner
{
    public static int Run(InputArguments inputs, string? yearEndingText, string? indicatorList, string? output, ReportFormat format, int suppressionThreshold,
        (string? Key, string? Error) pseudonymiseKey,
        (ComputeOptions Options, string? Error) computeOptions, Terminal terminal, CancellationToken cancellationToken)
    {
        var (prepared, exitCode) = PreparedRun.Prepare(inputs, yearEndingText, indicatorList,
            string.IsNullOrWhiteSpace(output) ? "--output: give the HTML file to write."
            : suppressionThreshold < 0 ? $"--suppression-threshold: {suppressionThreshold} is negative; give 0 (withhold nothing) or more."
            : pseudonymiseKey.Error ?? computeOptions.Error,
            terminal, cancellationToken, pseudonymiseKey.Key);
        if (prepared is null)
        {
            return exitCode;
        }
        var publication = new PublicationOptions { SuppressionThreshold = suppressionThreshold, PseudonymisationKey = pseudonymiseKey.Key };
        prepared = prepared with { Options = computeOptions.Options };
        int written = Write(prepared, publication, format, output!, label: null, terminal);
        if (written != ExitCodes.Success)
        {
            return written;
        }
        // Pooled files of several councils: each authority's report too, in a folder named after it beside the consortium's.
        return EachAuthority.Write(inputs, output, oneDocument: true, prepared, terminal,
            (own, path, authority) => Write(own, publication, format, path!, authority, terminal), cancellationToken);
    }

    /// <summary>Judges, computes the months of and writes the report of <paramref name="prepared"/>; <paramref name="label"/> names the authority (null: the whole input).</summary>
    private static int Write(KpiRequest prepared, PublicationOptions publication, ReportFormat format, string output, string? label, Terminal terminal)
    {
        // Judged even without tables: the direction of travel needs only the year before.
        var request = prepared with { PreviousPeriod = prepared.PreviousYear, MonthlySeries = true, Publication = publication };
        var report = ComputeReport.Compute(request);
        terminal.Error.WriteLine($"{EachAuthority.Computed(label)} {report.Results.Length} indicator{(report.Results.Length == 1 ? "" : "s")} and their monthly series for {report.Period}.");

        var published = report.Publish(request.Publication);
        var writeError = format == ReportFormat.Xlsx
            ? ResultWorkbook.Write(published, output, detail: false, terminal)
            : ResultDestination.Write(output, terminal, writer => HtmlReport.Write(new ReportContent(published, request.Performance, label), writer));
        return writeError is null ? ExitCodes.Success : PreparedRun.Fail(terminal, ExitCodes.BadArguments, writeError);
    }
}
