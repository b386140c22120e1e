using BenchmarkDotNet.Attributes;
using ChildrensKpi.Readers;
using NodaTime;

namespace ChildrensKpi.Benchmarks;

/// <summary>
/// The whole suite on the bundled samples (three years of SSDA903 for 300 children, a 2006-07 CIN census of 250, the
/// finance and workforce samples):
/// reading the SSDA903 folder, and computing every indicator with and without child-level explanations.
/// </summary>
[MemoryDiagnoser]
public class SampleSuiteBenchmarks
{
    private static readonly ReportingPeriod Period = ReportingPeriod.YearEnding(new LocalDate(2007, 3, 31));
    private string _folder = "";
    private IndicatorInputs _inputs = new();

    [GlobalSetup]
    public void Setup()
    {
        _folder = SampleFolder();
        _inputs = new IndicatorInputs
        {
            LookedAfter = Ssda903Reader.ReadFolder(_folder).Data,
            ChildrenInNeed = ChildrenInNeedReader.ReadPath(Path.Combine(_folder, "..", "cin", "census_2006-07.xml")).Data,
            Population = PopulationReader.ReadFile(Path.Combine(_folder, "..", "population.csv")).Estimates,
            Finance = FinanceReader.ReadFile(Path.Combine(_folder, "..", "finance.csv")).Expenditure,
            Workforce = WorkforceReader.ReadFile(Path.Combine(_folder, "..", "workforce.csv")).Teams,
        };
    }

    [Benchmark]
    public int ReadFolder() => Ssda903Reader.ReadFolder(_folder).Data.Episodes.Length;

    [Benchmark(Baseline = true)]
    public decimal ComputeSuiteWithExplanations() => Compute(ComputeOptions.Default);

    [Benchmark]
    public decimal ComputeSuiteFiguresOnly() => Compute(ComputeOptions.Default with { Explain = false });

    private decimal Compute(ComputeOptions options)
    {
        // A fresh data set each time, so the care histories are built inside the measurement, as in a real run.
        var inputs = FreshInputs.Of(_inputs);
        decimal total = 0;
        foreach (var indicator in Indicators.All)
        {
            total += indicator.Compute(inputs, Period, options).Numerator;
        }
        return total;
    }

    private static string SampleFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "samples", "data", "ssda903");
            if (Directory.Exists(folder))
            {
                return folder;
            }
        }
        throw new DirectoryNotFoundException($"samples/data/ssda903 not found above {AppContext.BaseDirectory}.");
    }
}
