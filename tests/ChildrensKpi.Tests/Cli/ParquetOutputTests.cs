using ChildrensKpi.Cli.Output;
using ChildrensKpi.Tests.Fixtures;
using Parquet.Serialization;

namespace ChildrensKpi.Tests.Cli;

public class ParquetOutputTests
{
    [Fact]
    public async Task Compute_ParquetWithDetail_WritesIndicatorsAndChildrenThatReadBack()
    {
        using var folder = new TempFolder();
        string file = Path.Combine(folder.Path, "result.parquet");

        var run = CliRun.Of("compute", "--ssda903", Repository.Path("samples", "data", "ssda903"), "--year-ending", "2007-03-31",
            "--indicators", "NI62", "--detail", "--format", "parquet", "--output", file);

        Assert.Equal(0, run.ExitCode);
        await using (var stream = File.OpenRead(file))
        {
            var rows = (await ParquetSerializer.DeserializeAsync<ResultParquet.IndicatorRow>(stream)).Data;
            var ni62 = Assert.Single(rows);
            // NI62 on the sample: 26 of 165 (samples/data/ssda903/README.md).
            Assert.Equal(("NI62", 26d, 165d, "2006-04-01"), (ni62.Id, ni62.Numerator, ni62.Denominator, ni62.PeriodStart));
        }
        await using (var stream = File.OpenRead(Path.Combine(folder.Path, "result.children.parquet")))
        {
            var children = (await ParquetSerializer.DeserializeAsync<ResultParquet.ChildRow>(stream)).Data;
            Assert.Equal(26, children.Count(c => c.InNumerator));
            Assert.Equal(165, children.Count(c => c.InDenominator));
        }
    }

    [Fact]
    public void Compute_ParquetWithoutOutput_Exits1()
    {
        var run = CliRun.Of("compute", "--ssda903", Repository.Path("samples", "data", "ssda903"), "--year-ending", "2007-03-31", "--format", "parquet");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: --format parquet needs --output <file.parquet>", run.Error);
    }
}
