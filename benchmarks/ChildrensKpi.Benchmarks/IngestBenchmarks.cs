using BenchmarkDotNet.Attributes;
using ChildrensKpi.Benchmarks.Baselines;
using ChildrensKpi.Readers;
using ChildrensKpi.Synthetic;

namespace ChildrensKpi.Benchmarks;

/// <summary>
/// Ingest: one generated SSDA903 Episodes file (one year; sizes from <c>CKPI_INGEST_SIZES</c>, 10,000 rows by default)
/// into DuckDB with its <c>read_csv</c>, and through the reader with its full row account (<see cref="Ssda903Reader"/>).
/// </summary>
[MemoryDiagnoser]
public class IngestBenchmarks : IDisposable
{
    private string _folder = "";
    private string _file = "";
    private DuckDbSuite _duckDb = null!;

    [ParamsSource(nameof(Sizes))]
    public int Rows { get; set; }

    public static IEnumerable<int> Sizes =>
        (Environment.GetEnvironmentVariable("CKPI_INGEST_SIZES") ?? "10000").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse);

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"ckpi-ingest-{Rows}");
        var options = new SyntheticOptions { Children = (int)(Rows / BenchmarkData.RowsPerChildInOneYear), Years = 1, Seed = BenchmarkData.Seed };
        var written = SyntheticData.Write(options, _folder);
        _file = Path.Combine(_folder, written.Single(f => f.Contains("episodes", StringComparison.Ordinal)));
        _duckDb = new DuckDbSuite();
        Console.WriteLine($"// Ingest file: {File.ReadLines(_file).Count() - 1:N0} rows, {new FileInfo(_file).Length / 1048576.0:N1} MiB");
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _duckDb?.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public long DuckDbReadCsv() => _duckDb.ReadCsv(_file);

    [Benchmark]
    public int ObjectReader() => Ssda903Reader.Read([InputFile.FromPath(_file, "episodes.csv")]).Data.Episodes.Length;
}
