using BenchmarkDotNet.Attributes;
using ChildrensKpi.Benchmarks.Baselines;

namespace ChildrensKpi.Benchmarks.EndToEnd;

/// <summary>
/// Files to numbers, as users get them: <c>childrens-kpi compute</c> run through its entry point on a generated folder
/// (<see cref="GeneratedFolder"/>; sizes from <c>CKPI_E2E_CHILDREN</c>), every indicator with default options, with
/// <c>--detail</c>, and only the four indicators DuckDB computes; beside it DuckDB from the same files
/// (<see cref="DuckDbAnalyst"/>). Each measurement reads the files, computes and writes the JSON report to a file.
/// </summary>
/// <remarks>
/// In-process and warmed up, so the process start and JIT a user also pays are not in these figures (the peak-memory
/// runs of <c>run-end-to-end.sh</c> time whole processes). DuckDB's memory is native: the allocation column shows only
/// the .NET side of it.
/// </remarks>
[MemoryDiagnoser]
public class EndToEndBenchmarks : IDisposable
{
    private GeneratedFolder _data = null!;
    private string _output = "";

    /// <summary>The <c>--children</c> of the generated folder.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Children { get; set; }

    /// <summary>The sizes from <c>CKPI_E2E_CHILDREN</c>.</summary>
    public static IEnumerable<int> Sizes => GeneratedFolder.Sizes();

    [GlobalSetup]
    public void Setup()
    {
        _data = GeneratedFolder.Ensure(Children);
        _output = Path.Combine(Path.GetTempPath(), $"ckpi-e2e-{Environment.ProcessId}.json");
        Console.WriteLine($"// Data: {_data.Describe()}");
    }

    [GlobalCleanup]
    public void Dispose()
    {
        File.Delete(_output);
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public long Compute() => Run(ComputeVariant.All);

    [Benchmark]
    public long ComputeWithDetail() => Run(ComputeVariant.AllWithDetail);

    [Benchmark]
    public long ComputeHeadlineFour() => Run(ComputeVariant.HeadlineFour);

    [Benchmark]
    public long DuckDbAnalystFromFiles() => DuckDbAnalyst.Compute(_data.Ssda903, BenchmarkData.Period).Values.Sum(v => v.Numerator);

    // The report's length, so that the run has a result to return.
    private long Run(ComputeVariant variant)
    {
        CliEntryPoint.Run(ComputeCommandLine.For(variant, _data, _output));
        return new FileInfo(_output).Length;
    }
}
