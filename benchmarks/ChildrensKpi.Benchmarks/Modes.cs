using System.Diagnostics;
using ChildrensKpi.Benchmarks.Baselines;
using ChildrensKpi.Readers;
using ChildrensKpi.Synthetic;

namespace ChildrensKpi.Benchmarks;

/// <summary>Checks beside the benchmarks: the three implementations' figures, and the engine's managed memory once loaded.</summary>
internal static class Modes
{
    public static int Agree(int episodes)
    {
        var options = ComputeOptions.Default with { Explain = false };
        var data = SyntheticData.Generate(BenchmarkData.Options(episodes));
        var oneYear = SyntheticData.Generate(new SyntheticOptions { Children = 20_000, Years = 1, Seed = BenchmarkData.Seed });
        Console.WriteLine($"episodes {data.LookedAfter.Episodes.Length} children {data.LookedAfter.Episodes.Select(e => e.Child).Distinct().Count()} " +
            $"per generated child {data.LookedAfter.Episodes.Length / (double)BenchmarkData.Options(episodes).Children:N3}; one-year rows per child {oneYear.LookedAfter.Episodes.Length / 20_000.0:N3}");
        var engine = HeadlineSuite.Compute(new IndicatorInputs { LookedAfter = data.LookedAfter, ChildrenInNeed = data.ChildrenInNeed }, BenchmarkData.Period, options)
            .ToDictionary(r => r.Definition.Id, r => ((long)r.Numerator, (long)r.Denominator));
        var columns = data.LookedAfter.Columns;
        var assessments = data.ChildrenInNeed.Columns;
        foreach (bool? parallel in new bool?[] { false, null })
        {
            var best = TimeSpan.MaxValue;
            var cpu = TimeSpan.MaxValue;
            for (int i = 0; i < 7; i++)
            {
                var used = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                HeadlineSuite.Compute(new IndicatorInputs(), columns, assessments, BenchmarkData.Period, options, parallel);
                best = clock.Elapsed < best ? clock.Elapsed : best;
                var spent = Process.GetCurrentProcess().TotalProcessorTime - used;
                cpu = spent < cpu ? spent : cpu;
            }
            Console.WriteLine($"engine ({(parallel is null ? "all cores" : "one core")}): best of 7 {best.TotalMilliseconds:N1} ms wall, {cpu.TotalMilliseconds:N1} ms CPU");
        }
        var linq = BenchmarkData.ComputeLinq(BenchmarkData.Linq(data), options);
        using var duckDb = new DuckDbSuite();
        duckDb.Load(data.LookedAfter, data.ChildrenInNeed);
        duckDb.SetPeriod(BenchmarkData.Period, options);
        var sql = duckDb.Compute();
        bool agree = true;
        foreach (var (id, figures) in engine)
        {
            var l = linq.GetValueOrDefault(id);
            var s = sql.GetValueOrDefault(id);
            bool same = figures == ((long)l.Numerator, (long)l.Denominator) && figures == s;
            agree &= same;
            Console.WriteLine($"{id,-6} engine {figures.Item1}/{figures.Item2}  linq {l.Numerator}/{l.Denominator}  duckdb {s.Numerator}/{s.Denominator}{(same ? "" : "  DIFFER")}");
        }
        return agree ? 0 : 1;
    }

    public static int Memory(int episodes)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"ckpi-memory-{episodes}");
        var files = SyntheticData.Write(BenchmarkData.Options(episodes), folder)
            .Where(f => f.StartsWith("ssda903/", StringComparison.Ordinal)).Select(f => Path.Combine(folder, f)).ToList();
        long rows = files.Where(f => f.Contains("episodes", StringComparison.Ordinal)).Sum(f => File.ReadLines(f).LongCount() - 1);
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var loaded = ColumnarLoader.Load(files);
        clock.Stop();
        long after = GC.GetTotalMemory(forceFullCollection: true);
        var columns = loaded.Columns;
        Console.WriteLine($"files {files.Count}, episode rows {rows:N0} (copies across year ends included), loaded in {clock.Elapsed.TotalSeconds:N2} s");
        Console.WriteLine($"episodes {columns.EpisodeCount:N0}, children {columns.ChildCount:N0}, raw columnar size {columns.Bytes:N0} bytes ({columns.Bytes / 1048576.0:N1} MiB)");
        Console.WriteLine($"managed memory retained {after - before:N0} bytes ({(after - before) / 1048576.0:N1} MiB) = {(after - before) / (double)columns.Bytes:N2} x raw");
        GC.KeepAlive(columns);
        Directory.Delete(folder, recursive: true);
        return 0;
    }
}
