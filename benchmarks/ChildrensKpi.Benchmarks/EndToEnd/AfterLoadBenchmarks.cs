using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using ChildrensKpi.Readers;

namespace ChildrensKpi.Benchmarks.EndToEnd;

/// <summary>
/// The library after load, as <c>compute</c> calls it: the generated folder (<see cref="GeneratedFolder"/>) read once by
/// the readers the command uses, then every indicator whose inputs were read computed through
/// <see cref="Indicator.Compute"/>, without explanations (as <c>compute</c>) and with them (as <c>compute --detail</c>).
/// Each computation gets fresh inputs (<see cref="FreshInputs"/>), so the care histories are built inside it.
/// </summary>
[MemoryDiagnoser]
public class AfterLoadBenchmarks
{
    private static readonly ComputeOptions Plain = ComputeOptions.Default with { Explain = false };
    private static readonly ComputeOptions Explained = ComputeOptions.Default with { Explain = true };
    private IndicatorInputs _inputs = new();
    private ImmutableArray<Indicator> _chosen = [];

    /// <summary>The <c>--children</c> of the generated folder.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Children { get; set; }

    /// <summary>The sizes from <c>CKPI_E2E_CHILDREN</c>.</summary>
    public static IEnumerable<int> Sizes => GeneratedFolder.Sizes();

    [GlobalSetup]
    public void Setup()
    {
        var data = GeneratedFolder.Ensure(Children);
        _inputs = new IndicatorInputs
        {
            LookedAfter = Ssda903Reader.ReadFolder(data.Ssda903).Data,
            ChildrenInNeed = ChildrenInNeedReader.ReadPath(data.Cin).Data,
        };
        // The command's choice when no --indicators is given.
        _chosen = [.. Indicators.All.Where(i => i.MissingInputs(_inputs) == IndicatorInputKinds.None)];
        Console.WriteLine($"// Data: {data.Describe()}; {_inputs.LookedAfter!.Episodes.Length:N0} episodes after merging copies; {_chosen.Length} indicators");
    }

    [Benchmark(Baseline = true)]
    public decimal AllIndicators() => Compute(Plain);

    [Benchmark]
    public decimal AllIndicatorsExplained() => Compute(Explained);

    private decimal Compute(ComputeOptions options)
    {
        var inputs = FreshInputs.Of(_inputs);
        decimal total = 0;
        foreach (var indicator in _chosen)
        {
            total += indicator.Compute(inputs, BenchmarkData.Period, options).Numerator;
        }
        return total;
    }
}
