using System.Diagnostics;
using System.Text.Json;
using ChildrensKpi.Benchmarks.Baselines;

namespace ChildrensKpi.Benchmarks.EndToEnd;

/// <summary>
/// The checks beside the end-to-end benchmarks, for <c>run-end-to-end.sh</c>: generate a folder, compare the command's
/// figures with DuckDB's from the same files, and time one run as a child process with its peak memory.
/// </summary>
internal static class EndToEndModes
{
    /// <summary><c>data &lt;children&gt;</c>: generates (or finds) the cached folder and describes it.</summary>
    public static int Data(int children)
    {
        Console.WriteLine(GeneratedFolder.Ensure(children).Describe());
        return 0;
    }

    /// <summary>
    /// <c>agree-files &lt;children&gt;</c>: NI62, NI63, NI147 and NI148 from <c>compute</c> (every indicator, and the four
    /// alone) and from <see cref="DuckDbAnalyst"/>, on the same files; 0 when all three agree on every figure.
    /// </summary>
    public static int AgreeFiles(int children)
    {
        var data = GeneratedFolder.Ensure(children);
        Console.WriteLine($"data {data.Describe()}; year ending {ComputeCommandLine.YearEnding}");
        var all = CommandFigures(ComputeVariant.All, data);
        var four = CommandFigures(ComputeVariant.HeadlineFour, data);
        var duckDb = DuckDbAnalyst.Compute(data.Ssda903, BenchmarkData.Period);
        bool agree = true;
        foreach (var id in DuckDbAnalyst.IndicatorIds.Split(','))
        {
            var (c, f, d) = (all.GetValueOrDefault(id), four.GetValueOrDefault(id), duckDb.GetValueOrDefault(id));
            bool same = all.ContainsKey(id) && c == f && c == d;
            agree &= same;
            Console.WriteLine($"{id,-6} compute {c.Numerator}/{c.Denominator}  compute --indicators {f.Numerator}/{f.Denominator}  duckdb {d.Numerator}/{d.Denominator}{(same ? "" : "  DIFFER")}");
        }
        Console.WriteLine(agree ? "agree" : "DISAGREE");
        return agree ? 0 : 1;
    }

    /// <summary>
    /// <c>peak &lt;children&gt; all|detail|four|duckdb</c>: one run as a child process (the built command, or the DuckDB
    /// baseline in a process of its own) with its wall time, CPU time and peak resident set size.
    /// </summary>
    public static int Peak(int children, string what)
    {
        var data = GeneratedFolder.Ensure(children);
        var output = Path.Combine(Path.GetTempPath(), $"ckpi-peak-{Environment.ProcessId}.json");
        var (program, args) = what switch
        {
            "duckdb" => (Sibling("ChildrensKpi.Benchmarks"), new[] { "analyst", children.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            _ => (Sibling("childrens-kpi"), ComputeCommandLine.For(Variant(what), data, output)),
        };
        var usage = ChildProcessUsage.Measure(program, args);
        File.Delete(output);
        Console.WriteLine($"{what,-6} children {children,9:N0} rows {data.EpisodeRows(),11:N0}  wall {usage.Wall.TotalSeconds,7:N2} s  CPU {usage.Cpu.TotalSeconds,7:N2} s  " +
            $"peak RSS {usage.PeakBytes / 1048576.0,6:N0} MiB  exit {usage.ExitCode}  | {Path.GetFileName(program)} {string.Join(' ', args).Replace(data.Root, "<data>", StringComparison.Ordinal).Replace(output, "<output>", StringComparison.Ordinal)}");
        if (usage.ExitCode != 0)
        {
            Console.Error.Write(usage.Error);
        }
        return usage.ExitCode;
    }

    /// <summary><c>analyst &lt;children&gt;</c>: <see cref="DuckDbAnalyst"/> once, files to numbers, for <see cref="Peak"/> to measure as a process.</summary>
    public static int Analyst(int children)
    {
        var data = GeneratedFolder.Ensure(children);
        var clock = Stopwatch.StartNew();
        var figures = DuckDbAnalyst.Compute(data.Ssda903, BenchmarkData.Period);
        Console.WriteLine($"duckdb {string.Join("  ", figures.Select(f => $"{f.Key} {f.Value.Numerator}/{f.Value.Denominator}"))} in {clock.Elapsed.TotalSeconds:N2} s");
        return 0;
    }

    private static ComputeVariant Variant(string what) => what switch
    {
        "all" => ComputeVariant.All,
        "detail" => ComputeVariant.AllWithDetail,
        "four" => ComputeVariant.HeadlineFour,
        _ => throw new ArgumentException($"'{what}' is not all, detail, four or duckdb.", nameof(what)),
    };

    // The command and this program are built side by side (the benchmarks reference the command's project).
    private static string Sibling(string name) => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? name + ".exe" : name);

    private static Dictionary<string, (long Numerator, long Denominator)> CommandFigures(ComputeVariant variant, GeneratedFolder data)
    {
        var output = Path.Combine(Path.GetTempPath(), $"ckpi-agree-{Environment.ProcessId}.json");
        try
        {
            CliEntryPoint.Run(ComputeCommandLine.For(variant, data, output));
            using var json = JsonDocument.Parse(File.ReadAllBytes(output));
            return json.RootElement.GetProperty("indicators").EnumerateArray().ToDictionary(
                i => i.GetProperty("id").GetString()!,
                i => ((long)i.GetProperty("numerator").GetDecimal(), (long)i.GetProperty("denominator").GetDecimal()));
        }
        finally
        {
            File.Delete(output);
        }
    }
}
