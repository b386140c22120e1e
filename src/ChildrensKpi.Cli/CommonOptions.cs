using System.CommandLine;
using ChildrensKpi.Cli.Output;

namespace ChildrensKpi.Cli;

/// <summary>Options several commands share, worded once.</summary>
internal static class CommonOptions
{
    public static Option<string> YearEnding() =>
        new("--year-ending") { Description = "Last day of the period, yyyy-mm-dd; the period is the 12 months ending then.", HelpName = "yyyy-mm-dd", Required = true };

    public static Option<string> Indicators() =>
        new("--indicators") { Description = "Comma-separated indicator ids or aliases (default: every indicator whose inputs were given).", HelpName = "NI62,NI63,..." };

    public static Option<OutputFormat?> Format() =>
        new("--format") { Description = "json, csv, table, parquet or xlsx (default: table on a terminal, json when redirected; parquet and xlsx need --output)." };

    public static Option<string> Output() =>
        new("--output") { Description = "Write results to this file instead of standard output.", HelpName = "file" };
}
