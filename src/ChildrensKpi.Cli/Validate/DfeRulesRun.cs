using ChildrensKpi.Cli.Inputs;
using ChildrensKpi.Cli.Output;
using ChildrensKpi.Readers;
using ChildrensKpi.Readers.Rules;
using ChildrensKpi.Readers.Rules.Ssda903;

namespace ChildrensKpi.Cli.Validate;

/// <summary>
/// <c>validate --dfe</c>: runs the DfE's SSDA903 rules of the return's collection year over the folder's CSV files and
/// writes each rule's outcome and each finding; exits 1 when a rule of kind error flagged a row.
/// </summary>
internal static class DfeRulesRun
{
    public static int Run(ValidateArguments arguments, Terminal terminal, CancellationToken cancellationToken)
    {
        if (arguments.Ssda903 is null)
        {
            return PreparedRun.Fail(terminal, ExitCodes.BadArguments, "--dfe runs the SSDA903 rules: give --ssda903 <folder>.");
        }
        var format = arguments.Format ?? (terminal.OutputRedirected ? OutputFormat.Json : OutputFormat.Table);
        if (DfeRulesWriter.For(format) is not { } writer)
        {
            return PreparedRun.Fail(terminal, ExitCodes.BadArguments, $"--dfe writes table, csv or json, not {format.ToString().ToLowerInvariant()}.");
        }
        CollectionYear? year = arguments.CollectionYear is null ? null : CollectionYear.Parse(arguments.CollectionYear);
        DfeValidation validation;
        try
        {
            validation = Ssda903DfeRules.Validate(CsvFiles(arguments.Ssda903), arguments.Previous is null ? null : CsvFiles(arguments.Previous),
                year, arguments.LaCode, cancellationToken);
        }
        catch (Exception e) when (e is InputFileException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            return PreparedRun.Fail(terminal, ExitCodes.UnreadableInput, e.Message);
        }
        int errors = validation.Findings.Count(f => f.Kind == DfeRuleKind.Error);
        terminal.Error.WriteLine($"DfE SSDA903 rules of {validation.Year}: {validation.Outcomes.Count(o => o.Status == DfeRuleStatus.Ran)} of {validation.Outcomes.Length} ran; {validation.Findings.Length} findings ({errors} errors).");
        writer.Write(validation, terminal.Output);
        terminal.Output.Flush();
        return errors > 0 ? ValidateRunner.SomethingRejected : ExitCodes.Success;
    }

    /// <summary>The CSV files of a folder (or the one file given), in name order.</summary>
    private static List<InputFile> CsvFiles(string path)
    {
        if (File.Exists(path))
        {
            return [InputFile.FromPath(path, Path.GetFileName(path))];
        }
        if (!Directory.Exists(path))
        {
            throw new IOException($"'{path}' is neither a folder nor a file.");
        }
        return Directory.EnumerateFiles(path, "*.csv").Order(StringComparer.Ordinal).Select(f => InputFile.FromPath(f, Path.GetFileName(f))).ToList();
    }
}
