using ChildrensKpi.Cli.Inputs;
using ChildrensKpi.Cli.Output;

namespace ChildrensKpi.Cli.Series;

/// <summary>Runs <c>series</c>: the same checks and inputs as <c>compute</c>, then the library's request with the months, published.</summary>
internal static class SeriesRunner
{
    public static int Run(InputArguments inputs, string? yearEndingText, string? indicatorList, OutputFormat? askedFormat, string? output,
        int suppressionThreshold, (string? Key, string? Error) pseudonymiseKey,
        (ComputeOptions Options, string? Error) computeOptions, Terminal terminal, CancellationToken cancellationToken)
    {
        var (prepared, exitCode) = PreparedRun.Prepare(inputs, yearEndingText, indicatorList,
            askedFormat == OutputFormat.Parquet ? "--format parquet is for compute; series writes json, csv, table or xlsx."
            : askedFormat == OutputFormat.Xlsx && output is null ? ResultWorkbook.NeedsOutput
            : suppressionThreshold < 0 ? $"--suppression-threshold: {suppressionThreshold} is negative; give 0 (withhold nothing) or more." : pseudonymiseKey.Error ?? computeOptions.Error,
            terminal, cancellationToken, pseudonymiseKey.Key);
        if (prepared is null)
        {
            return exitCode;
        }
        var format = ResultDestination.FormatFor(askedFormat, output, terminal);
        var publication = new PublicationOptions { SuppressionThreshold = suppressionThreshold, PseudonymisationKey = pseudonymiseKey.Key };
        prepared = prepared with { Options = computeOptions.Options };
        int written = Write(prepared, publication, format, output, label: null, terminal);
        if (written != ExitCodes.Success)
        {
            return written;
        }
        // Pooled files of several councils: each authority's series too, beside the consortium's.
        return EachAuthority.Write(inputs, output, oneDocument: format != OutputFormat.Table, prepared, terminal,
            (own, path, authority) => Write(own, publication, format, path, authority, terminal), cancellationToken);
    }

    /// <summary>Computes <paramref name="prepared"/>'s months and writes them; <paramref name="label"/> names the authority (null: the whole input).</summary>
    private static int Write(KpiRequest prepared, PublicationOptions publication, OutputFormat format, string? output, string? label, Terminal terminal)
    {
        var request = prepared with { MonthlySeries = true, Publication = publication };
        var published = ComputeReport.Compute(request).Publish(request.Publication);
        var series = published.Series;
        terminal.Error.WriteLine($"{EachAuthority.Computed(label)} {series.Length} series for the year ending {NodaTime.Text.LocalDatePattern.Iso.Format(request.Period.End)}.");
        var writeError = format == OutputFormat.Xlsx
            ? ResultWorkbook.Write(published, output!, detail: false, terminal)
            : ResultDestination.Write(output, terminal, writer => SeriesWriter.Write(series, format, writer));
        return writeError is null ? ExitCodes.Success : PreparedRun.Fail(terminal, ExitCodes.BadArguments, writeError);
    }
}
