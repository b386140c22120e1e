using BenchmarkDotNet.Attributes;
using ChildrensKpi.Benchmarks.Baselines;
using ChildrensKpi.Synthetic;

namespace ChildrensKpi.Benchmarks;

/// <summary>
/// The headline suite (NI62, NI63, NI147, NI148, NI59, NI60, CIN45) after load, on generated data of 10k, 1M and 10M
/// episodes (<see cref="BenchmarkData.Sizes"/>): the library (its one definition of each indicator, over the columns built
/// once per data set), the naive LINQ baseline, and DuckDB running the same definitions in SQL.
/// </summary>
[MemoryDiagnoser]
public class SuiteBenchmarks : IDisposable
{
    private static readonly ComputeOptions FiguresOnly = ComputeOptions.Default with { Explain = false };
    private IndicatorInputs _inputs = new();
    private NaiveLinqSuite _linq = null!;
    private DuckDbSuite? _duckDb;

    [ParamsSource(nameof(Sizes))]
    public int Episodes { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkData.Sizes();

    // Each method runs in its own process: build only what it measures, so the large sizes set up in reasonable time.
    [GlobalSetup(Target = nameof(Engine))]
    public void SetupEngine()
    {
        var data = Generate();
        _inputs = new IndicatorInputs { LookedAfter = data.LookedAfter, ChildrenInNeed = data.ChildrenInNeed };
        // The columns are built on first use and kept: computing once here leaves the benchmark measuring the indicators only.
        HeadlineSuite.Compute(_inputs, BenchmarkData.Period, FiguresOnly);
        Console.WriteLine($"// Data: {data.LookedAfter.Episodes.Length:N0} episodes of {data.LookedAfter.Care.ChildCount:N0} children; " +
            $"{data.ChildrenInNeed.Assessments.Length:N0} assessments");
    }

    [GlobalSetup(Target = nameof(NaiveLinq))]
    public void SetupLinq() => _linq = BenchmarkData.Linq(Generate());

    [GlobalSetup(Target = nameof(DuckDb))]
    public void SetupDuckDb()
    {
        var data = Generate();
        _duckDb = new DuckDbSuite();
        _duckDb.Load(data.LookedAfter, data.ChildrenInNeed);
        _duckDb.SetPeriod(BenchmarkData.Period, FiguresOnly);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _duckDb?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public int Engine() => Sum(HeadlineSuite.Compute(_inputs, BenchmarkData.Period, FiguresOnly));

    [Benchmark(Baseline = true)]
    public int NaiveLinq() => BenchmarkData.ComputeLinq(_linq, FiguresOnly).Values.Sum(v => v.Numerator);

    [Benchmark]
    public long DuckDb() => _duckDb!.Compute().Values.Sum(v => v.Numerator);

    private SyntheticDataSet Generate() => SyntheticData.Generate(BenchmarkData.Options(Episodes));

    private static int Sum(System.Collections.Immutable.ImmutableArray<IndicatorResult> results) => (int)results.Sum(r => r.Numerator);
}
