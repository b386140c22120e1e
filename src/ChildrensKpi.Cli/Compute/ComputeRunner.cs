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
            : arguments.PseudonymiseKey.Error;
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
        var request = prepared with
        {
            Options = ComputeOptions.Default with { Explain = arguments.Detail },
            Publication = new PublicationOptions
            {
                // JSON is the machine contract, unsuppressed unless --suppress; every other format withholds by default.
                SuppressionThreshold = format == OutputFormat.Json && !arguments.Suppress ? 0 : arguments.SuppressionThreshold,
                PseudonymisationKey = arguments.PseudonymiseKey.Key,
            },
        };
        var report = ComputeReport.Compute(request);
        var rows = report.Inputs.Rows;
        terminal.Error.WriteLine($"Computed {report.Results.Length} indicator{(report.Results.Length == 1 ? "" : "s")} for {report.Period}; rows: {rows.Read} read, {rows.Used} used, {rows.Excluded} excluded, {rows.Rejected} rejected.");

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
            return WriteParquet(published, arguments, terminal, cancellationToken);
        }
        if (format == OutputFormat.Xlsx)
        {
            string? workbookError = ResultWorkbook.Write(published, arguments.Output!, arguments.Detail, terminal);
            return workbookError is null ? ExitCodes.Success : Fail(terminal, ExitCodes.BadArguments, workbookError);
        }
        var writeError = ResultDestination.Write(arguments.Output, terminal, writer => ReportWriter.Write(published, format, arguments.Detail, writer));
        return writeError is null ? ExitCodes.Success : Fail(terminal, ExitCodes.BadArguments, writeError);
    }

    private static int WriteParquet(PublishedReport report, ComputeArguments arguments, Terminal terminal, CancellationToken cancellationToken)
    {
        try
        {
            ResultParquet.WriteAsync(report, arguments.Output!, arguments.Detail, cancellationToken).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(terminal, ExitCodes.BadArguments, $"--output: cannot write '{arguments.Output}': {e.Message}");
        }
        terminal.Error.WriteLine($"Wrote {arguments.Output}{(arguments.Detail ? $" and {ResultParquet.ChildrenPath(arguments.Output!)}" : "")}.");
        return ExitCodes.Success;
    }

    private static int Fail(Terminal terminal, int exitCode, string message) => PreparedRun.Fail(terminal, exitCode, message);
}
