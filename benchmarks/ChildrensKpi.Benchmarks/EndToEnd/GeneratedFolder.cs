using ChildrensKpi.Synthetic;

namespace ChildrensKpi.Benchmarks.EndToEnd;

/// <summary>
/// A folder of generated files exactly as <c>childrens-kpi generate --children n --years 10 --seed 1 --out folder</c>
/// writes them (<c>ssda903/</c>, <c>cin/xml/</c>, <c>cin/flat/</c>), kept under a cache folder and reused across runs and
/// benchmark processes: generating ten million rows takes longer than measuring them.
/// </summary>
/// <remarks>
/// Sizes are counts of children, from <c>CKPI_E2E_CHILDREN</c> (comma-separated; default 2,100, so CI's dry run stays
/// short). Ten years give about 4.78 Episodes rows per child, copies across year ends included: 2,100 children ≈ 10k
/// rows, 21,000 ≈ 100k, 210,000 ≈ 1M, 1,000,000 = 4.78M (the figure in issue 12) and 2,100,000 ≈ 10.06M.
/// The cache is <c>CKPI_E2E_CACHE</c>, else <c>ckpi-e2e-data</c> under the temporary folder.
/// </remarks>
/// <param name="Children">The <c>--children</c> the files were generated with.</param>
/// <param name="Root">The folder given to <c>generate --out</c>.</param>
public sealed record GeneratedFolder(int Children, string Root)
{
    /// <summary>The <c>--years</c> of every generated folder: ten, so the data spans initial, core and single assessments.</summary>
    public const int Years = 10;

    /// <summary>The <c>--seed</c> of every generated folder: 1, the seed of the figures quoted in issue 12.</summary>
    public const int Seed = 1;

    /// <summary>The SSDA903 folder, as given to <c>compute --ssda903</c>.</summary>
    public string Ssda903 => Path.Combine(Root, "ssda903");

    /// <summary>The census as flat CSV tables, as given to <c>compute --cin</c> (the XML has no initial or core assessments).</summary>
    public string Cin => Path.Combine(Root, "cin", "flat");

    /// <summary>The sizes to measure, in children, from <c>CKPI_E2E_CHILDREN</c>.</summary>
    public static IEnumerable<int> Sizes() =>
        (Environment.GetEnvironmentVariable("CKPI_E2E_CHILDREN") ?? "2100")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse);

    /// <summary>The cached folder for <paramref name="children"/>, generated first if no complete one is cached.</summary>
    public static GeneratedFolder Ensure(int children)
    {
        var cache = Environment.GetEnvironmentVariable("CKPI_E2E_CACHE") is { Length: > 0 } set ? set : Path.Combine(Path.GetTempPath(), "ckpi-e2e-data");
        // Named after the generator's build too (deterministic builds change its module id only when its code changes),
        // so that a changed generator never leaves a stale folder to be measured.
        var generator = typeof(SyntheticData).Module.ModuleVersionId.ToString("N")[..8];
        var folder = new GeneratedFolder(children, Path.Combine(cache, $"children-{children}-years-{Years}-seed-{Seed}-generator-{generator}"));
        if (Directory.Exists(folder.Root))
        {
            return folder;
        }
        // Written beside the final name and renamed when complete, so that an interrupted run or a benchmark process
        // started alongside never reads half a folder.
        var partial = $"{folder.Root}.partial-{Environment.ProcessId}";
        SyntheticData.Write(new SyntheticOptions { Children = children, Years = Years, Seed = Seed }, partial);
        try
        {
            Directory.Move(partial, folder.Root);
        }
        catch (IOException) when (Directory.Exists(folder.Root))
        {
            // Another process finished the same folder first; its bytes are identical.
            Directory.Delete(partial, recursive: true);
        }
        return folder;
    }

    /// <summary>Episodes rows in the SSDA903 files, header lines not counted and copies across year ends counted each time.</summary>
    public long EpisodeRows() =>
        Directory.EnumerateFiles(Ssda903, "episodes_*.csv").Sum(f => File.ReadLines(f).LongCount() - 1);

    /// <summary>One line describing the folder, for the benchmark log and the reports.</summary>
    public string Describe() =>
        $"{Root}: --children {Children:N0} --years {Years} --seed {Seed}, {EpisodeRows():N0} Episodes rows, " +
        $"{Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1048576.0:N1} MiB of files";
}
