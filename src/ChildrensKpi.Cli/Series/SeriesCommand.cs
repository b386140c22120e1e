using System.CommandLine;
using ChildrensKpi.Cli.Inputs;

namespace ChildrensKpi.Cli.Series;

/// <summary>The <c>series</c> command: each indicator month by month, year to date and rolling twelve months.</summary>
internal static class SeriesCommand
{
    public static Command Create(Terminal terminal)
    {
        var inputs = new InputOptions();
        var yearEnding = CommonOptions.YearEnding();
        var indicators = CommonOptions.Indicators();
        var format = CommonOptions.Format();
        var output = CommonOptions.Output();
        var threshold = new Option<int>("--suppression-threshold")
        {
            Description = "Withhold counts from 1 to n, and figures that would reveal them, in every month (default 0: withhold nothing).",
            HelpName = "n",
        };
        var pseudonymiseKey = new PseudonymKeyOptions("In the warnings about the files");
        var command = new Command("series", "Each indicator for every month of the year ending --year-ending: the month, year to date and rolling 12 months.");
        inputs.AddTo(command);
        foreach (var option in new Option[] { yearEnding, indicators, format, output, threshold })
        {
            command.Options.Add(option);
        }
        pseudonymiseKey.AddTo(command);
        var computeOptions = new ComputeOptionFlags();
        computeOptions.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(SeriesRunner.Run(
            inputs.From(parseResult), parseResult.GetValue(yearEnding), parseResult.GetValue(indicators),
            parseResult.GetValue(format), parseResult.GetValue(output), parseResult.GetValue(threshold), pseudonymiseKey.From(parseResult), computeOptions.From(parseResult),
            terminal, cancellationToken)));
        return command;
    }
}
