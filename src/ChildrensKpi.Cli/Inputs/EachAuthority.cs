using ChildrensKpi.Readers;

namespace ChildrensKpi.Cli.Inputs;

/// <summary>
/// After a data command has written the consortium's results from pooled SSDA903 files (an <c>LA</c> column naming
/// several councils), the same command for each authority alone, as its own return would give it: <c>compute</c>,
/// <c>series</c> and <c>report</c> share this one loop, so that the authorities' outputs are named and placed alike.
/// </summary>
internal static class EachAuthority
{
    /// <summary>
    /// For each authority of the pooled files (none when no file is pooled or <c>--authority</c> named one), reads its rows
    /// alone and calls <paramref name="write"/> with its request (the period and the indicators of <paramref name="total"/>
    /// that its rows give), the file to write (<see cref="Output"/>; null for standard output) and its code.
    /// </summary>
    /// <param name="oneDocument">
    /// Whether standard output holds one document (JSON, CSV, HTML): then, without <c>--output</c>, only the consortium's is
    /// written and a note says how to get each authority's; a table takes a section per authority instead.
    /// </param>
    /// <param name="inputs">The command's inputs, as for the consortium's results.</param>
    /// <param name="output">The consortium's output file; null for standard output.</param>
    /// <param name="total">The consortium's request.</param>
    /// <param name="terminal">Where notes, errors and the authorities' headings go.</param>
    /// <param name="write">Writes one authority's results: its request, its file (null: standard output), its code; gives the exit code.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The first failing exit code, or success.</returns>
    public static int Write(InputArguments inputs, string? output, bool oneDocument, KpiRequest total, Terminal terminal,
        Func<KpiRequest, string?, string, int> write, CancellationToken cancellationToken)
    {
        var (authorities, listCode) = PreparedRun.PooledAuthorities(inputs, terminal);
        if (listCode != ExitCodes.Success || authorities.IsEmpty)
        {
            return listCode;
        }
        if (output is null && oneDocument)
        {
            terminal.Error.WriteLine($"note: the SSDA903 files pool {authorities.Length} authorities ({string.Join(", ", authorities)}): these figures are the consortium's; " +
                "give --output <file> to write each authority's beside it (a folder per authority), or --authority <code> for one.");
            return ExitCodes.Success;
        }
        foreach (var authority in authorities)
        {
            if (Output(output, authority, out string? path) is { } pathError)
            {
                return PreparedRun.Fail(terminal, ExitCodes.BadArguments, pathError);
            }
            var (own, readCode) = PreparedRun.ForAuthority(inputs, authority, total, terminal, cancellationToken);
            if (own is null)
            {
                if (readCode != ExitCodes.Success)
                {
                    return readCode;
                }
                continue;
            }
            if (path is null)
            {
                terminal.Output.WriteLine();
                terminal.Output.WriteLine($"Authority {authority} (its rows of the pooled SSDA903 files alone)");
            }
            int written = write(own, path, authority);
            if (written != ExitCodes.Success)
            {
                return written;
            }
        }
        return ExitCodes.Success;
    }

    /// <summary>How a command's progress line begins for the whole input (null) or one authority: "Computed", "Authority 201: computed".</summary>
    public static string Computed(string? authority) => authority is null ? "Computed" : $"Authority {authority}: computed";

    /// <summary>
    /// The file of <paramref name="authority"/>'s results when the consortium's go to <paramref name="output"/>: the same
    /// name in a folder named after the authority beside it (<c>out/result.json</c> → <c>out/201/result.json</c>), the
    /// folder made; null (standard output) when <paramref name="output"/> is. The error when the code cannot name a folder.
    /// </summary>
    private static string? Output(string? output, string authority, out string? path)
    {
        path = null;
        if (output is null)
        {
            return null;
        }
        if (authority is "." or ".." || authority.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || authority.Contains('\\', StringComparison.Ordinal))
        {
            return $"--output: the authority code '{authority}' cannot name a folder; give --authority <code> to write one authority's results.";
        }
        string folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output)) ?? ".", authority);
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"--output: cannot make the folder '{folder}' for authority {authority}: {e.Message}";
        }
        path = Path.Combine(folder, Path.GetFileName(output));
        return null;
    }
}
