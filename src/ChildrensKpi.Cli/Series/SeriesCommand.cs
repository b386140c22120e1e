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
        var command = new Command("series", "Each indicator for every month of the year ending --year-ending: the month, year to date and rolling 12 months.");
        inputs.AddTo(command);
        foreach (var option in new Option[] { yearEnding, indicators, format, output })
        {
            command.Options.Add(option);
        }
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(SeriesRunner.Run(
            inputs.From(parseResult), parseResult.GetValue(yearEnding), parseResult.GetValue(indicators),
            parseResult.GetValue(format), parseResult.GetValue(output), terminal, cancellationToken)));
        return command;
    }
}
