using System.CommandLine;
using ChildrensKpi.Cli.Inputs;

namespace ChildrensKpi.Cli.Report;

/// <summary>The <c>report</c> command: one self-contained HTML file for a scrutiny committee.</summary>
internal static class ReportCommand
{
    public static Command Create(Terminal terminal)
    {
        var inputs = new InputOptions();
        var yearEnding = CommonOptions.YearEnding();
        var indicators = CommonOptions.Indicators();
        var output = new Option<string>("--output") { Description = "The file to write: HTML is self-contained (open it in any browser, print it, or attach it).", HelpName = "file.html", Required = true };
        var format = new Option<ReportFormat>("--format") { Description = "html (default) or xlsx: an Excel workbook of the same figures, months and data quality." };
        var threshold = new Option<int>("--suppression-threshold")
        {
            Description = "Withhold counts from 1 to n, and figures that would reveal them (0 withholds nothing: for internal use only).",
            HelpName = "n",
            DefaultValueFactory = _ => Disclosure.DefaultThreshold,
        };
        var pseudonymiseKey = new PseudonymKeyOptions("In the data quality section's rejections and findings");
        var command = new Command("report", "A self-contained HTML report for the year ending --year-ending: headline table, a chart per indicator, glossary and data quality.");
        inputs.AddTo(command);
        foreach (var option in new Option[] { yearEnding, indicators, output, format, threshold })
        {
            command.Options.Add(option);
        }
        pseudonymiseKey.AddTo(command);
        var computeOptions = new ComputeOptionFlags();
        computeOptions.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(ReportRunner.Run(
            inputs.From(parseResult), parseResult.GetValue(yearEnding), parseResult.GetValue(indicators),
            parseResult.GetValue(output), parseResult.GetValue(format), parseResult.GetValue(threshold), pseudonymiseKey.From(parseResult), computeOptions.From(parseResult),
            terminal, cancellationToken)));
        return command;
    }
}
