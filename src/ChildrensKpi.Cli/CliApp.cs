using System.CommandLine;
using ChildrensKpi.Cli.Compute;

namespace ChildrensKpi.Cli;

/// <summary>The <c>childrens-kpi</c> command line: its commands and where they write.</summary>
internal static class CliApp
{
    public static RootCommand Create(TextWriter output, TextWriter error, bool outputRedirected, bool errorRedirected)
    {
        var root = new RootCommand("ChildrensKpi: children's social care performance indicators for England, from SSDA903 returns.");
        root.Subcommands.Add(ComputeCommand.Create(new Terminal(output, error, outputRedirected, errorRedirected)));
        return root;
    }
}
