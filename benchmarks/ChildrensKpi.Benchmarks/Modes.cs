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
        var inputs = new IndicatorInputs { LookedAfter = data.LookedAfter, ChildrenInNeed = data.ChildrenInNeed };
        {
            var best = TimeSpan.MaxValue;
            var cpu = TimeSpan.MaxValue;
            for (int i = 0; i < 7; i++)
            {
                var used = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                HeadlineSuite.Compute(inputs, BenchmarkData.Period, options);
                best = clock.Elapsed < best ? clock.Elapsed : best;
                var spent = Process.GetCurrentProcess().TotalProcessorTime - used;
                cpu = spent < cpu ? spent : cpu;
            }
            Console.WriteLine($"engine (after load): best of 7 {best.TotalMilliseconds:N1} ms wall, {cpu.TotalMilliseconds:N1} ms CPU");
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
        SyntheticData.Write(BenchmarkData.Options(episodes), folder);
        var ssda903 = Path.Combine(folder, "ssda903");
        long rows = Directory.GetFiles(ssda903, "*episodes*").Sum(f => File.ReadLines(f).LongCount() - 1);
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var read = Ssda903Reader.ReadFolder(ssda903);
        var care = read.Data.Care;
        clock.Stop();
        long after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"episode rows {rows:N0} (copies across year ends included), read with the full row account and columns built in {clock.Elapsed.TotalSeconds:N2} s");
        Console.WriteLine($"episodes {care.EpisodeCount:N0}, children {care.ChildCount:N0}");
        Console.WriteLine($"managed memory retained {after - before:N0} bytes ({(after - before) / 1048576.0:N1} MiB)");
        GC.KeepAlive(read);
        Directory.Delete(folder, recursive: true);
        return 0;
    }
}
