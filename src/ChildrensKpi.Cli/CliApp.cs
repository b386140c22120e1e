using System.CommandLine;
using ChildrensKpi.Cli.Compute;
using ChildrensKpi.Cli.Validate;
using ChildrensKpi.Cli.Report;
using ChildrensKpi.Cli.Series;
using ChildrensKpi.Cli.Generate;

namespace ChildrensKpi.Cli;

/// <summary>The <c>childrens-kpi</c> command line: its commands and where they write.</summary>
internal static class CliApp
{
    public static RootCommand Create(TextWriter output, TextWriter error, bool outputRedirected, bool errorRedirected)
    {
        var root = new RootCommand("ChildrensKpi: children's social care performance indicators for England, from SSDA903 returns.");
        var terminal = new Terminal(output, error, outputRedirected, errorRedirected);
        root.Subcommands.Add(ComputeCommand.Create(terminal));
        root.Subcommands.Add(SeriesCommand.Create(terminal));
        root.Subcommands.Add(ValidateCommand.Create(terminal));
        root.Subcommands.Add(ReportCommand.Create(terminal));
        root.Subcommands.Add(GenerateCommand.Create(terminal));
        return root;
    }
}
