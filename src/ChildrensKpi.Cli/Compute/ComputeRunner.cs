using System.Collections.Immutable;
using ChildrensKpi.Cli.Output;
using ChildrensKpi.Readers;
using NodaTime.Text;

namespace ChildrensKpi.Cli.Compute;

/// <summary>Runs <c>compute</c>: validates the arguments, reads the inputs, computes and writes the report.</summary>
internal static class ComputeRunner
{
    public static int Run(ComputeArguments arguments, Terminal terminal, CancellationToken cancellationToken)
    {
        var yearEnding = LocalDatePattern.Iso.Parse(arguments.YearEnding ?? string.Empty);
        if (!yearEnding.Success)
        {
            return Fail(terminal, ExitCodes.BadArguments, $"--year-ending: '{arguments.YearEnding}' is not a date written yyyy-mm-dd.");
        }
        if (arguments.Ssda903 is null && arguments.Cin is null)
        {
            return Fail(terminal, ExitCodes.BadArguments, "Give --ssda903 <folder>, --cin <file-or-folder>, or both.");
        }
        if (arguments.SuppressionThreshold < 0)
        {
            return Fail(terminal, ExitCodes.BadArguments, $"--suppression-threshold: {arguments.SuppressionThreshold} is negative; give 0 (withhold nothing) or more.");
        }
        if (arguments.PseudonymiseKey is { Length: 0 })
        {
            return Fail(terminal, ExitCodes.BadArguments, "--pseudonymise-key: the key must not be empty.");
        }
        var publication = new Publication(arguments.SuppressionThreshold, arguments.Suppress,
            arguments.PseudonymiseKey is { } key ? new Pseudonymiser(key) : null);
        var requested = ImmutableArray.CreateBuilder<Indicator>();
        foreach (var name in (arguments.Indicators ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var indicator = ChildrensKpi.Indicators.Find(name);
            if (indicator is null)
            {
                return Fail(terminal, ExitCodes.BadArguments,
                    $"--indicators: '{name}' is not an indicator. Known: {string.Join(", ", ChildrensKpi.Indicators.All.Select(i => i.Definition.Id))}.");
            }
            requested.Add(indicator);
        }

        IndicatorInputs inputs;
        InputAccount account;
        var progress = new ProgressPrinter(terminal);
        try
        {
            (inputs, account) = ReadInputs(arguments, progress, cancellationToken);
        }
        catch (InputFileException e)
        {
            progress.Finish();
            return Fail(terminal, ExitCodes.UnreadableInput, e.Message);
        }
        progress.Finish();

        var chosen = requested.Count > 0
            ? requested.Distinct().ToList()
            : [.. ChildrensKpi.Indicators.All.Where(i => i.MissingInputs(inputs) == IndicatorInputKinds.None)];
        foreach (var indicator in chosen)
        {
            var missing = indicator.MissingInputs(inputs);
            if (missing != IndicatorInputKinds.None)
            {
                return Fail(terminal, ExitCodes.BadArguments, $"{indicator.Definition.Id} needs {ArgumentFor(missing)}.");
            }
        }

        var period = ReportingPeriod.YearEnding(yearEnding.Value);
        var options = ComputeOptions.Default with { Explain = arguments.Detail };
        var results = chosen.Select(i => i.Compute(inputs, period, options)).ToImmutableArray();
        var report = new ComputeReport(period, results, account);

        var rows = account.Rows;
        terminal.Error.WriteLine($"Computed {results.Length} indicator{(results.Length == 1 ? "" : "s")} for {period}; rows: {rows.Read} read, {rows.Used} used, {rows.Excluded} excluded, {rows.Rejected} rejected.");
        foreach (var warning in account.Warnings)
        {
            terminal.Error.WriteLine($"warning: {warning}");
        }

        var format = arguments.Format ?? (arguments.Output is not null || terminal.OutputRedirected ? OutputFormat.Json : OutputFormat.Table);
        if (arguments.Output is null)
        {
            ReportWriter.Write(report, format, arguments.Detail, terminal.Output, publication);
            terminal.Output.Flush();
        }
        else
        {
            try
            {
                using var writer = new StreamWriter(arguments.Output, append: false, new System.Text.UTF8Encoding(false));
                ReportWriter.Write(report, format, arguments.Detail, writer, publication);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Fail(terminal, ExitCodes.BadArguments, $"--output: cannot write '{arguments.Output}': {e.Message}");
            }
            terminal.Error.WriteLine($"Wrote {arguments.Output}.");
        }
        return ExitCodes.Success;
    }

    private static (IndicatorInputs Inputs, InputAccount Account) ReadInputs(ComputeArguments arguments, ProgressPrinter progress, CancellationToken cancellationToken)
    {
        var inputs = new IndicatorInputs();
        var account = InputAccount.Empty;
        if (arguments.Ssda903 is not null)
        {
            var read = Ssda903Reader.ReadFolder(arguments.Ssda903, progress, cancellationToken);
            inputs = inputs with { LookedAfter = read.Data };
            account = account.Combine(read.Account);
        }
        if (arguments.Cin is not null)
        {
            var read = ChildrenInNeedReader.ReadPath(arguments.Cin, progress, cancellationToken);
            inputs = inputs with { ChildrenInNeed = read.Data };
            account = account.Combine(read.Account);
        }
        if (arguments.Population is not null)
        {
            progress.Report(new ReadProgress(Path.GetFileName(arguments.Population), 1, 1, 0));
            var read = PopulationReader.ReadFile(arguments.Population, cancellationToken);
            inputs = inputs with { Population = read.Estimates };
            account = account.Combine(read.Account);
        }
        return (inputs, account);
    }

    private static string ArgumentFor(IndicatorInputKinds missing) => string.Join(" and ", new[]
    {
        missing.HasFlag(IndicatorInputKinds.LookedAfter) ? "--ssda903 <folder>" : null,
        missing.HasFlag(IndicatorInputKinds.ChildrenInNeed) ? "--cin <file-or-folder>" : null,
        missing.HasFlag(IndicatorInputKinds.Population) ? "--population <csv>" : null,
    }.Where(a => a is not null));

    private static int Fail(Terminal terminal, int exitCode, string message)
    {
        terminal.Error.WriteLine($"error: {message}");
        return exitCode;
    }
}
