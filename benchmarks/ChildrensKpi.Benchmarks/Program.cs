using BenchmarkDotNet.Running;
using ChildrensKpi.Benchmarks;

// Run all: dotnet run -c Release --project benchmarks/ChildrensKpi.Benchmarks -- --filter '*'
// Other modes: `agree <episodes>` prints the three implementations' figures; `memory <episodes>` the engine's loaded size.
if (args is ["agree", var size])
{
    return Modes.Agree(int.Parse(size));
}
if (args is ["memory", var episodes])
{
    return Modes.Memory(int.Parse(episodes));
}
var summaries = BenchmarkSwitcher.FromAssembly(typeof(SampleSuiteBenchmarks).Assembly).Run(args);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
