using BenchmarkDotNet.Running;
using ChildrensKpi.Benchmarks;
using ChildrensKpi.Benchmarks.EndToEnd;

// Run all: dotnet run -c Release --project benchmarks/ChildrensKpi.Benchmarks -- --filter '*'
// Other modes: `agree <episodes>` prints the three implementations' figures; `memory <episodes>` the engine's loaded size;
// for the end-to-end runs (see benchmarks/run-end-to-end.sh), `data <children>` generates the cached folder,
// `agree-files <children>` compares compute with DuckDB from the same files, `peak <children> all|detail|four|duckdb`
// times one run as a child process with its peak memory, `analyst <children>` is the DuckDB run it measures,
// and `phases <children>` says where a run's time goes (each read, then each indicator alone).
switch (args)
{
    case ["agree", var size]:
        return Modes.Agree(int.Parse(size));
    case ["memory", var episodes]:
        return Modes.Memory(int.Parse(episodes));
    case ["data", var children]:
        return EndToEndModes.Data(int.Parse(children));
    case ["agree-files", var children]:
        return EndToEndModes.AgreeFiles(int.Parse(children));
    case ["peak", var children, var what]:
        return EndToEndModes.Peak(int.Parse(children), what);
    case ["phases", var children]:
        return PhaseTimes.Run(int.Parse(children));
    case ["phases", var children, var only]:
        return PhaseTimes.Run(int.Parse(children), only);
    case ["analyst", var children]:
        return EndToEndModes.Analyst(int.Parse(children));
}
// BenchmarkDotNet builds each job's boilerplate project within a timeout (2 minutes by default); on a 2-core machine
// shared with other builds that was too short (CI's dry job failed so on 3 December 2026), so allow 10.
var config = BenchmarkDotNet.Configs.ManualConfig.Create(BenchmarkDotNet.Configs.DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
var summaries = BenchmarkSwitcher.FromAssembly(typeof(SampleSuiteBenchmarks).Assembly).Run(args, config);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
