using System.CommandLine;
using ChildrensKpi.Cli.Output;

namespace ChildrensKpi.Cli.Compute;

/// <summary>The <c>compute</c> command of cli-contract.md.</summary>
internal static class ComputeCommand
{
    public static Command Create(Terminal terminal)
    {
        var ssda903 = new Option<string>("--ssda903") { Description = "Folder of SSDA903 CSV files (any years; tables recognised by header).", HelpName = "folder" };
        var cin = new Option<string>("--cin") { Description = "Children in need census: an XML file, a flat CSV file, or a folder of them.", HelpName = "file-or-folder" };
        var population = new Option<string>("--population") { Description = "Population CSV (Year, AgeFrom, AgeTo, Population) for rates per 10,000.", HelpName = "csv" };
        var yearEnding = new Option<string>("--year-ending") { Description = "Last day of the period, yyyy-mm-dd; the period is the 12 months ending then.", HelpName = "yyyy-mm-dd", Required = true };
        var indicators = new Option<string>("--indicators") { Description = "Comma-separated indicator ids or aliases (default: every indicator whose inputs were given).", HelpName = "NI62,NI63,..." };
        var detail = new Option<bool>("--detail") { Description = "List every child with whether and why they count." };
        var format = new Option<OutputFormat?>("--format") { Description = "json, csv or table (default: table on a terminal, json when redirected)." };
        var output = new Option<string>("--output") { Description = "Write results to this file instead of standard output.", HelpName = "file" };
        var threshold = new Option<int>("--suppression-threshold")
        {
            Description = "Withhold counts from 1 to n, and figures that would reveal them, in CSV and table output (and JSON with --suppress); 0 withholds nothing.",
            HelpName = "n",
            DefaultValueFactory = _ => Disclosure.DefaultThreshold,
        };
        var suppress = new Option<bool>("--suppress") { Description = "Apply disclosure control to JSON too (JSON is unsuppressed by default: it is the machine contract)." };
        var pseudonymiseKey = new Option<string>("--pseudonymise-key") { Description = "In --detail output, replace child ids with HMAC-SHA256(key, id) in hex, stable for a key.", HelpName = "key" };

        var command = new Command("compute", "Compute indicators for a period from SSDA903 files, a children in need census and population estimates.")
        {
            ssda903, cin, population, yearEnding, indicators, detail, format, output, threshold, suppress, pseudonymiseKey,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var arguments = new ComputeArguments(
                parseResult.GetValue(ssda903),
                parseResult.GetValue(cin),
                parseResult.GetValue(population),
                parseResult.GetValue(yearEnding),
                parseResult.GetValue(indicators),
                parseResult.GetValue(detail),
                parseResult.GetValue(format),
                parseResult.GetValue(output))
            {
                SuppressionThreshold = parseResult.GetValue(threshold),
                Suppress = parseResult.GetValue(suppress),
                PseudonymiseKey = parseResult.GetValue(pseudonymiseKey),
            };
            return Task.FromResult(ComputeRunner.Run(arguments, terminal, cancellationToken));
        });
        return command;
    }
}
