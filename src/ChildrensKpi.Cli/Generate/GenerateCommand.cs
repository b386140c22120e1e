using System.CommandLine;
using ChildrensKpi.Synthetic;

namespace ChildrensKpi.Cli.Generate;

/// <summary>The <c>generate</c> command of cli-contract.md: synthetic SSDA903 and CIN files, identical bytes for identical arguments.</summary>
internal static class GenerateCommand
{
    public static Command Create(Terminal terminal)
    {
        var children = new Option<int>("--children") { Description = "Looked-after children to generate, and as many children in need.", HelpName = "n", Required = true };
        var years = new Option<int>("--years") { Description = "Reporting years (April to March), 1 to 30, the last ending 31 March 2016 unless --last-year-ending says otherwise.", HelpName = "y", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the pseudo-random sequence: the same seed gives the same files.", HelpName = "s", Required = true };
        var lastYearEnding = new Option<string>("--last-year-ending") { Description = "The 31 March the last year ends on (default 2016-03-31).", HelpName = "yyyy-03-31" };
        var output = new Option<string>("--out") { Description = "Folder to write into (created if missing): ssda903/, cin/xml/ and cin/flat/.", HelpName = "folder", Required = true };

        var command = new Command("generate", "Write synthetic SSDA903 and children in need census files (no real person's data), deterministic for a seed.")
        {
            children, years, seed, lastYearEnding, output,
        };
        command.SetAction(parseResult => Run(
            terminal,
            parseResult.GetValue(children),
            parseResult.GetValue(years),
            parseResult.GetValue(seed),
            parseResult.GetValue(lastYearEnding),
            parseResult.GetValue(output)!));
        return command;
    }

    private static int Run(Terminal terminal, int children, int years, int seed, string? lastYearEnding, string folder)
    {
        SyntheticOptions options;
        try
        {
            options = new SyntheticOptions { Children = children, Years = years, Seed = seed };
            if (lastYearEnding is not null)
            {
                var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(lastYearEnding);
                if (!parsed.Success)
                {
                    terminal.Error.WriteLine($"--last-year-ending: '{lastYearEnding}' is not a date written yyyy-mm-dd.");
                    return ExitCodes.BadArguments;
                }
                options = options with { LastYearEnding = parsed.Value };
            }
        }
        catch (ArgumentOutOfRangeException e)
        {
            string name = e.Message.StartsWith("Years", StringComparison.Ordinal) ? "--years"
                : e.Message.StartsWith("The last year", StringComparison.Ordinal) ? "--last-year-ending" : "--children";
            terminal.Error.WriteLine($"{name}: {e.Message.Split(" (Parameter", 2)[0]}");
            return ExitCodes.BadArguments;
        }
        var written = SyntheticData.Write(options, folder);
        terminal.Error.WriteLine($"Wrote {written.Length} files to {folder} ({options.Children} children, {options.Years} years ending {options.LastYearEnding:yyyy-MM-dd}, seed {options.Seed}).");
        return ExitCodes.Success;
    }
}
