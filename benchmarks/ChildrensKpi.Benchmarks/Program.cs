using BenchmarkDotNet.Running;

// Run all: dotnet run -c Release --project benchmarks/ChildrensKpi.Benchmarks -- --filter '*'
var summaries = BenchmarkSwitcher.FromAssembly(typeof(ChildrensKpi.Benchmarks.SampleSuiteBenchmarks).Assembly).Run(args);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
