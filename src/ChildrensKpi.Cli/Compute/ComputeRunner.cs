using System.Collections.Immutable;
using ChildrensKpi.Cli.Inputs;
using ChildrensKpi.Cli.Output;

namespace ChildrensKpi.Cli.Compute;

/// <summary>Runs <c>compute</c>: validates the arguments, reads the inputs, computes and writes the report.</summary>
internal static class ComputeRunner
{
    public static int Run(ComputeArguments arguments, Terminal terminal, CancellationToken cancellationToken)
    {
        string? publicationError = arguments.SuppressionThreshold < 0
            ? $"--suppression-threshold: {arguments.SuppressionThreshold} is negative; give 0 (withhold nothing) or more."
            : arguments.PseudonymiseKey is { Length: 0 } ? "--pseudonymise-key: the key must not be empty." : null;
        var (run, exitCode) = PreparedRun.Prepare(arguments.Inputs, arguments.YearEnding, arguments.Indicators, publicationError, terminal, cancellationToken);
        if (run is null)
        {
            return exitCode;
        }
        var (period, chosen, loaded) = run;
        var options = ComputeOptions.Default with { Explain = arguments.Detail };
        var report = arguments.Inputs.HasPerformanceTables
            ? ComputeJudged(chosen, loaded, period, options)
            : new ComputeReport(period, [.. chosen.Select(i => i.Compute(loaded.Records, period, options))], loaded.Account);

        var rows = loaded.Account.Rows;
        terminal.Error.WriteLine($"Computed {report.Results.Length} indicator{(report.Results.Length == 1 ? "" : "s")} for {period}; rows: {rows.Read} read, {rows.Used} used, {rows.Excluded} excluded, {rows.Rejected} rejected.");

        var format = ResultDestination.FormatFor(arguments.Format, arguments.Output, terminal);
        if (format == OutputFormat.Parquet)
        {
            return WriteParquet(report, arguments, terminal, cancellationToken);
        }
        var publication = new Publication(arguments.SuppressionThreshold, arguments.Suppress,
            arguments.PseudonymiseKey is { } key ? new Pseudonymiser(key) : null);
        var writeError = ResultDestination.Write(arguments.Output, terminal, writer => ReportWriter.Write(report, format, arguments.Detail, writer, publication));
        return writeError is null ? ExitCodes.Success : Fail(terminal, ExitCodes.BadArguments, writeError);
    }

    /// <summary>Computes the period and the one before it in one pass, and judges each result against the tables.</summary>
    internal static ComputeReport ComputeJudged(ImmutableArray<Indicator> chosen, LoadedInputs loaded, ReportingPeriod period, ComputeOptions options)
    {
        var previousPeriod = ReportingPeriod.YearEnding(period.End.PlusYears(-1));
        var results = ImmutableArray.CreateBuilder<IndicatorResult>();
        var assessments = ImmutableArray.CreateBuilder<PerformanceAssessment>();
        foreach (var indicator in chosen)
        {
            var both = indicator.ComputeMany(loaded.Records, [period, previousPeriod], options);
            results.Add(both[0]);
            assessments.Add(Performance.Assess(both[0], loaded.Performance, both[1].Denominator == 0 ? null : both[1]));
        }
        return new ComputeReport(period, results.ToImmutable(), loaded.Account) { Assessments = assessments.ToImmutable() };
    }

    private static int WriteParquet(ComputeReport report, ComputeArguments arguments, Terminal terminal, CancellationToken cancellationToken)
    {
        if (arguments.Output is null)
        {
            return Fail(terminal, ExitCodes.BadArguments, "--format parquet needs --output <file.parquet>: Parquet is a binary file, not terminal output.");
        }
        try
        {
            ResultParquet.WriteAsync(report, arguments.Output, arguments.Detail, cancellationToken).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(terminal, ExitCodes.BadArguments, $"--output: cannot write '{arguments.Output}': {e.Message}");
        }
        terminal.Error.WriteLine($"Wrote {arguments.Output}{(arguments.Detail ? $" and {ResultParquet.ChildrenPath(arguments.Output)}" : "")}.");
        return ExitCodes.Success;
    }

    private static int Fail(Terminal terminal, int exitCode, string message) => PreparedRun.Fail(terminal, exitCode, message);
}
