namespace ChildrensKpi.Cli.Output;

/// <summary>Where and in what format a command writes its results.</summary>
internal static class ResultDestination
{
    /// <summary>The format asked for, else table on a terminal and JSON when redirected or written to a file.</summary>
    public static OutputFormat FormatFor(OutputFormat? asked, string? output, Terminal terminal) =>
        asked ?? (output is not null || terminal.OutputRedirected ? OutputFormat.Json : OutputFormat.Table);

    /// <summary>Writes to <paramref name="output"/> (a file) or standard output; the error message when the file cannot be written.</summary>
    public static string? Write(string? output, Terminal terminal, Action<TextWriter> write)
    {
        if (output is null)
        {
            write(terminal.Output);
            terminal.Output.Flush();
            return null;
        }
        try
        {
            using var writer = new StreamWriter(output, append: false, new System.Text.UTF8Encoding(false));
            write(writer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"--output: cannot write '{output}': {e.Message}";
        }
        terminal.Error.WriteLine($"Wrote {output}.");
        return null;
    }
}
