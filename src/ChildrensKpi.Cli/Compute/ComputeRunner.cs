using ChildrensKpi.Cli.Inputs;
using ChildrensKpi.Cli.Output;

namespace ChildrensKpi.Cli.Compute;

/// <summary>Runs <c>compute</c>: validates the arguments, reads the inputs, runs the library's request and writes the published report.</summary>
internal static class ComputeRunner
{
    public static int Run(ComputeArguments arguments, Terminal terminal, CancellationToken cancellationToken)
    {
        string? publicationError = arguments.SuppressionThreshold < 0
            ? $"--suppression-threshold: {arguments.SuppressionThreshold} is negative; give 0 (withhold nothing) or more."
            : arguments.PseudonymiseKey.Error ?? arguments.ComputeOptions.Error;
        var (prepared, exitCode) = PreparedRun.Prepare(arguments.Inputs, arguments.YearEnding, arguments.Indicators, publicationError, terminal, cancellationToken,
            arguments.PseudonymiseKey.Key);
        if (prepared is null)
        {
            return exitCode;
        }
        var format = ResultDestination.FormatFor(arguments.Format, arguments.Output, terminal);
        if (format == OutputFormat.Parquet && arguments.Output is null)
        {
            return Fail(terminal, ExitCodes.BadArguments, "--format parquet needs --output <file.parquet>: Parquet is a binary file, not terminal output.");
        }
        if (format == OutputFormat.Xlsx && arguments.Output is null)
        {
            return Fail(terminal, ExitCodes.BadArguments, ResultWorkbook.NeedsOutput);
        }
        var (breakdowns, breakdownError) = BreakdownArgument.Parse(arguments.Breakdown);
        if (breakdownError is not null)
        {
            return Fail(terminal, ExitCodes.BadArguments, breakdownError);
        }
        if (!breakdowns.IsEmpty && (format is not (OutputFormat.Json or OutputFormat.Csv) || format == OutputFormat.Csv && arguments.Detail))
        {
            return Fail(terminal, ExitCodes.BadArguments, "--breakdown is written in JSON and in the indicators' CSV: give --format json, or --format csv without --detail.");
        }
        var request = prepared with
        {
            Options = arguments.ComputeOptions.Options with { Explain = arguments.Detail },
            Breakdowns = breakdowns,
            Publication = new PublicationOptions
            {
                // JSON is the machine contract, unsuppressed unless --suppress; every other format withholds by default.
                SuppressionThreshold = format == OutputFormat.Json && !arguments.Suppress ? 0 : arguments.SuppressionThreshold,
                PseudonymisationKey = arguments.PseudonymiseKey.Key,
            },
        };
        int written = Write(request, format, arguments.Output, label: null, arguments, terminal, cancellationToken);
        if (written != ExitCodes.Success)
        {
            return written;
        }
        // Pooled files of several councils: each authority's figures too, as its own return would give them.
        return EachAuthority.Write(arguments.Inputs, arguments.Output, oneDocument: format != OutputFormat.Table, request, terminal,
            (own, output, authority) => Write(own, format, output, authority, arguments, terminal, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Computes <paramref name="request"/> and writes the published report to <paramref name="output"/> (null: standard
    /// output); <paramref name="label"/> names the authority whose figures these are in the progress line (null: the whole input).
    /// </summary>
    private static int Write(KpiRequest request, OutputFormat format, string? output, string? label, ComputeArguments arguments, Terminal terminal, CancellationToken cancellationToken)
    {
        var report = ComputeReport.Compute(request);
        var rows = report.Inputs.Rows;
        terminal.Error.WriteLine($"{EachAuthority.Computed(label)} {report.Results.Length} indicator{(report.Results.Length == 1 ? "" : "s")} for {report.Period}; rows: {rows.Read} read, {rows.Used} used, {rows.Excluded} excluded, {rows.Rejected} rejected.");

        var published = report.Publish(request.Publication);
        if (arguments.Detail)
        {
            foreach (var indicator in published.Indicators.Where(i => i.ChildrenWithheld))
            {
                terminal.Error.WriteLine($"warning: {indicator.Definition.Id}: children not listed, as counting them would give back its withheld figures (--suppression-threshold 0 lists them, for internal use only).");
            }
        }
        if (format == OutputFormat.Parquet)
        {
            return WriteParquet(published, output!, arguments.Detail, terminal, cancellationToken);
        }
        if (format == OutputFormat.Xlsx)
        {
            string? workbookError = ResultWorkbook.Write(published, output!, arguments.Detail, terminal);
            return workbookError is null ? ExitCodes.Success : Fail(terminal, ExitCodes.BadArguments, workbookError);
        }
        var writeError = ResultDestination.Write(output, terminal, writer => ReportWriter.Write(published, format, arguments.Detail, writer));
        return writeError is null ? ExitCodes.Success : Fail(terminal, ExitCodes.BadArguments, writeError);
    }

    private static int WriteParquet(PublishedReport report, string output, bool detail, Terminal terminal, CancellationToken cancellationToken)
    {
        try
        {
            ResultParquet.WriteAsync(report, output, detail, cancellationToken).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(terminal, ExitCodes.BadArguments, $"--output: cannot write '{output}': {e.Message}");
        }
        terminal.Error.WriteLine($"Wrote {output}{(detail ? $" and {ResultParquet.ChildrenPath(output)}" : "")}.");
        return ExitCodes.Success;
    }

    private static int Fail(Terminal terminal, int exitCode, string message) => PreparedRun.Fail(terminal, exitCode, message);
}
