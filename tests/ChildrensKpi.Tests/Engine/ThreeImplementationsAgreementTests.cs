using ChildrensKpi.Benchmarks;
using ChildrensKpi.Benchmarks.Baselines;
using ChildrensKpi.Synthetic;

namespace ChildrensKpi.Tests.Engine;

/// <summary>
/// The library (the SSDA903 engine; each children in need indicator's one definition, figures only and explained), the
/// benchmarks' naive LINQ baseline and DuckDB running <c>benchmarks/.../Sql/*.sql</c> give identical numerators and
/// denominators (a stated property) on generated data of about 10,000 episodes, several seeds, over a period straddling
/// April 2013 (so all seven indicators count something) and a statutory year.
/// </summary>
public class ThreeImplementationsAgreementTests
{
    public static TheoryData<int, string> Cases => new()
    {
        { 1, "2013-09-30" }, { 2, "2013-09-30" }, { 3, "2013-09-30" }, { 4, "2015-03-31" }, { 5, "2011-03-31" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Suite_GeneratedData_EngineLinqAndDuckDbAgree(int seed, string yearEnding)
    {
        var period = ReportingPeriod.YearEnding(NodaTime.Text.LocalDatePattern.Iso.Parse(yearEnding).Value);
        var options = ComputeOptions.Default with { Explain = false };
        var data = SyntheticData.Generate(BenchmarkData.Options(10_000) with { Seed = seed });

        var engine = HeadlineSuite.Compute(new IndicatorInputs { LookedAfter = data.LookedAfter, ChildrenInNeed = data.ChildrenInNeed }, period, options)
            .ToDictionary(r => r.Definition.Id, r => ((long)r.Numerator, (long)r.Denominator));
        var linq = BenchmarkData.ComputeLinq(BenchmarkData.Linq(data), options, period)
            .ToDictionary(r => r.Key, r => ((long)r.Value.Numerator, (long)r.Value.Denominator));
        using var duckDb = new DuckDbSuite();
        duckDb.Load(data.LookedAfter, data.ChildrenInNeed);
        duckDb.SetPeriod(period, options);
        var sql = duckDb.Compute();

        Assert.Equal(7, engine.Count);
        Assert.Contains(engine.Values, v => v.Item2 > 0);
        foreach (var (id, figures) in engine)
        {
            Assert.Equal((id, figures), (id, linq[id]));
            // DuckDB returns no row for an assessment type with nothing authorised in the period: 0 of 0.
            Assert.Equal((id, figures), (id, sql.GetValueOrDefault(id)));
        }
        // Explaining runs the same decisions, so it counts what the independent implementations count.
        foreach (var id in new[] { "NI59", "NI60", "CIN45" })
        {
            var explained = ChildrensKpi.Indicators.Find(id)!.Compute(new IndicatorInputs { ChildrenInNeed = data.ChildrenInNeed }, period);
            Assert.Equal((id, linq[id]), (id, ((long)explained.Numerator, (long)explained.Denominator)));
            Assert.Equal(explained.Denominator, explained.Children.Count(c => c.InDenominator));
        }
    }
}
