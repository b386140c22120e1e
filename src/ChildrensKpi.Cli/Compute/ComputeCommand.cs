using System.CommandLine;
using ChildrensKpi.Cli.Inputs;
using ChildrensKpi.Cli.Output;

namespace ChildrensKpi.Cli.Compute;

/// <summary>The <c>compute</c> command of cli-contract.md.</summary>
internal static class ComputeCommand
{
    public static Command Create(Terminal terminal)
    {
        var inputs = new InputOptions();
        var yearEnding = CommonOptions.YearEnding();
        var indicators = CommonOptions.Indicators();
        var detail = new Option<bool>("--detail") { Description = "List every child (or counted item) with whether and why they count." };
        var format = CommonOptions.Format();
        var output = CommonOptions.Output();
        var threshold = new Option<int>("--suppression-threshold")
        {
            Description = "Withhold counts from 1 to n, and figures that would reveal them, in CSV and table output (and JSON with --suppress); 0 withholds nothing.",
            HelpName = "n",
            DefaultValueFactory = _ => Disclosure.DefaultThreshold,
        };
        var suppress = new Option<bool>("--suppress") { Description = "Apply disclosure control to JSON too (JSON is unsuppressed by default: it is the machine contract)." };
        var breakdown = new Option<string>("--breakdown")
        {
            Description = $"Break each indicator of children down by {BreakdownArgument.Names} (comma-separated), in JSON and CSV output, under the same disclosure control.",
            HelpName = "age,sex,ethnicity",
        };
        var pseudonymiseKey = new PseudonymKeyOptions("In --detail output, rejections and findings");

        var command = new Command("compute", "Compute indicators for a period from SSDA903 files, a children in need census and population estimates.");
        inputs.AddTo(command);
        foreach (var option in new Option[] { yearEnding, indicators, detail, format, output, threshold, suppress, breakdown })
        {
            command.Options.Add(option);
        }
        pseudonymiseKey.AddTo(command);
        var computeOptions = new ComputeOptionFlags();
        computeOptions.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(ComputeRunner.Run(
            new ComputeArguments(
                inputs.From(parseResult),
                parseResult.GetValue(yearEnding),
                parseResult.GetValue(indicators),
                parseResult.GetValue(detail),
                parseResult.GetValue(format),
                parseResult.GetValue(output))
            {
                SuppressionThreshold = parseResult.GetValue(threshold),
                Suppress = parseResult.GetValue(suppress),
                Breakdown = parseResult.GetValue(breakdown),
                PseudonymiseKey = pseudonymiseKey.From(parseResult),
                ComputeOptions = computeOptions.From(parseResult),
            },
            terminal,
            cancellationToken)));
        return command;
    }
}
