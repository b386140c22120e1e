using ChildrensKpi.Readers;
using ChildrensKpi.Synthetic;

namespace ChildrensKpi.Tests.Readers;

public sealed class ColumnarLoaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ckpi-columnar-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(11)]
    public void Load_GeneratedFiles_SameFiguresAsTheObjectReader(int seed)
    {
        // Property: loading straight into columns (copies across year ends merged) counts what the object reader's data counts.
        var options = new SyntheticOptions { Children = 800, Years = 6, Seed = seed };
        SyntheticData.Write(options, _folder);
        var folder = Path.Combine(_folder, "ssda903");
        var read = Ssda903Reader.ReadFolder(folder);

        var loaded = ColumnarLoader.Load(Directory.GetFiles(folder, "*.csv"));

        Assert.Equal(0, loaded.SkippedRows);
        var figures = ComputeOptions.Default with { Explain = false };
        var inputs = new IndicatorInputs { LookedAfter = read.Data };
        foreach (var period in options.ReportingYears())
        {
            var expected = HeadlineSuite.Compute(inputs, period, figures);
            var actual = HeadlineSuite.Compute(new IndicatorInputs(), loaded.Columns, null, period, figures, parallel: false);
            Assert.Equal(expected.Select(r => (r.Definition.Id, r.Numerator, r.Denominator)), actual.Select(r => (r.Definition.Id, r.Numerator, r.Denominator)));
        }
    }

    [Fact]
    public void Load_BadCells_SkipsTheRows()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "episodes.csv");
        // Three rows: one good, one with an impossible date, one with an unknown RNE: two skipped, one episode kept.
        File.WriteAllText(path, "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA,01/04/2006,S,C2,U1,,\nB,31/02/2006,S,C2,U1,,\nC,01/04/2006,Q,C2,U1,,\n");

        var loaded = ColumnarLoader.Load([path]);

        Assert.Equal(2, loaded.SkippedRows);
        Assert.Equal(1, loaded.Columns.EpisodeCount);
    }
}
