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
        var finance = new Option<string>("--finance") { Description = "Finance CSV (PeriodStart, PeriodEnd, Service, GrossExpenditure) for BVPI51.", HelpName = "csv" };
        var workforce = new Option<string>("--workforce") { Description = "Workforce CSV (AsAt, Team, PermanentFte, AgencyFte, VacantFte, ...) for the social work staffing indicators.", HelpName = "csv" };
        var yearEnding = new Option<string>("--year-ending") { Description = "Last day of the period, yyyy-mm-dd; the period is the 12 months ending then.", HelpName = "yyyy-mm-dd", Required = true };
        var indicators = new Option<string>("--indicators") { Description = "Comma-separated indicator ids or aliases (default: every indicator whose inputs were given).", HelpName = "NI62,NI63,..." };
        var detail = new Option<bool>("--detail") { Description = "List every child with whether and why they count." };
        var format = new Option<OutputFormat?>("--format") { Description = "json, csv or table (default: table on a terminal, json when redirected)." };
        var output = new Option<string>("--output") { Description = "Write results to this file instead of standard output.", HelpName = "file" };

        var command = new Command("compute", "Compute indicators for a period from SSDA903 files, a children in need census, population estimates, finance and workforce figures.")
        {
            ssda903, cin, population, finance, workforce, yearEnding, indicators, detail, format, output,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var arguments = new ComputeArguments(
                parseResult.GetValue(ssda903),
                parseResult.GetValue(cin),
                parseResult.GetValue(population),
                parseResult.GetValue(finance),
                parseResult.GetValue(workforce),
                parseResult.GetValue(yearEnding),
                parseResult.GetValue(indicators),
                parseResult.GetValue(detail),
                parseResult.GetValue(format),
                parseResult.GetValue(output));
            return Task.FromResult(ComputeRunner.Run(arguments, terminal, cancellationToken));
        });
        return command;
    }
}
