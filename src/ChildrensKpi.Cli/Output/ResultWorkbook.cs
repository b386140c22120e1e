using ChildrensKpi.Excel;

namespace ChildrensKpi.Cli.Output;

/// <summary>Writes a published report as an Excel workbook file (<see cref="KpiWorkbook"/>), for <c>compute</c>, <c>series</c> and <c>report</c>.</summary>
internal static class ResultWorkbook
{
    /// <summary>The message when <c>--format xlsx</c> has no file to write to.</summary>
    public const string NeedsOutput = "--format xlsx needs --output <file.xlsx>: a workbook is a binary file, not terminal output.";

    /// <summary>Writes the workbook to <paramref name="path"/>; the error message when the file cannot be written.</summary>
    public static string? Write(PublishedReport report, string path, bool detail, Terminal terminal)
    {
        try
        {
            using var file = File.Create(path);
            KpiWorkbook.Write(report, file, detail);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"--output: cannot write '{path}': {e.Message}";
        }
        terminal.Error.WriteLine($"Wrote {path}.");
        return null;
    }
}
