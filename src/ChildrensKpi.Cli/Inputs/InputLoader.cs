using ChildrensKpi.Readers;

namespace ChildrensKpi.Cli.Inputs;

/// <summary>Reads the inputs a command was given, reporting progress on standard error.</summary>
internal static class InputLoader
{
    /// <exception cref="InputFileException">An input cannot be read at all.</exception>
    public static LoadedInputs Load(InputArguments arguments, ProgressPrinter progress, CancellationToken cancellationToken)
    {
        var records = new IndicatorInputs();
        var performance = PerformanceInputs.None;
        var account = InputAccount.Empty;
        if (arguments.Ssda903 is not null)
        {
            var read = Ssda903Reader.ReadFolder(arguments.Ssda903, progress, cancellationToken);
            records = records with { LookedAfter = read.Data };
            account = account.Combine(read.Account);
        }
        if (arguments.Cin is not null)
        {
            var read = ChildrenInNeedReader.ReadPath(arguments.Cin, progress, cancellationToken);
            records = records with { ChildrenInNeed = read.Data };
            account = account.Combine(read.Account);
        }
        if (arguments.Population is not null)
        {
            progress.Report(new ReadProgress(Path.GetFileName(arguments.Population), 1, 1, 0));
            var read = PopulationReader.ReadFile(arguments.Population, cancellationToken);
            records = records with { Population = read.Estimates };
            account = account.Combine(read.Account);
        }
        if (arguments.Finance is not null)
        {
            progress.Report(new ReadProgress(Path.GetFileName(arguments.Finance), 1, 1, 0));
            var read = FinanceReader.ReadFile(arguments.Finance, cancellationToken);
            records = records with { Finance = read.Expenditure };
            account = account.Combine(read.Account);
        }
        if (arguments.Workforce is not null)
        {
            progress.Report(new ReadProgress(Path.GetFileName(arguments.Workforce), 1, 1, 0));
            var read = WorkforceReader.ReadFile(arguments.Workforce, cancellationToken);
            records = records with { Workforce = read.Teams };
            account = account.Combine(read.Account);
        }
        foreach (var table in new[] { arguments.Targets, arguments.Bands, arguments.Comparators })
        {
            if (table is not null)
            {
                progress.Report(new ReadProgress(Path.GetFileName(table), 1, 1, 0));
                var read = PerformanceTablesReader.ReadFile(table, performance, cancellationToken);
                performance = read.Inputs;
                account = account.Combine(read.Account);
            }
        }
        progress.Finish();
        return new LoadedInputs(records, performance, account);
    }

    /// <summary>The arguments that would supply <paramref name="missing"/>, for an error message.</summary>
    public static string ArgumentFor(IndicatorInputKinds missing) => string.Join(" and ", new[]
    {
        missing.HasFlag(IndicatorInputKinds.LookedAfter) ? "--ssda903 <folder>" : null,
        missing.HasFlag(IndicatorInputKinds.ChildrenInNeed) ? "--cin <file-or-folder>" : null,
        missing.HasFlag(IndicatorInputKinds.Population) ? "--population <csv>" : null,
        missing.HasFlag(IndicatorInputKinds.Finance) ? "--finance <csv>" : null,
        missing.HasFlag(IndicatorInputKinds.Workforce) ? "--workforce <csv>" : null,
    }.Where(a => a is not null));
}
