using ChildrensKpi.Benchmarks;
using ChildrensKpi.Synthetic;

namespace ChildrensKpi.Tests.Engine;

/// <summary>
/// The suite against each indicator computed alone, and its children in need members (each computed by its one
/// definition) against the benchmarks' independent naive LINQ, on generated data: stated properties, not hand-worked figures.
/// </summary>
public class HeadlineSuiteTests
{
    public static TheoryData<int> Seeds => [1, 2, 3, 42, 2007];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Compute_FiguresOnly_EqualsEachIndicatorComputedAlone(int seed)
    {
        var data = SyntheticData.Generate(new SyntheticOptions { Children = 1_500, Years = 10, Seed = seed });
        var inputs = new IndicatorInputs { LookedAfter = data.LookedAfter, ChildrenInNeed = data.ChildrenInNeed };
        var figuresOnly = ComputeOptions.Default with { Explain = false };
        foreach (var period in data.Years)
        {
            var suite = HeadlineSuite.Compute(inputs, period, figuresOnly);
            Assert.Equal(HeadlineSuite.Members.Select(m => m.Definition.Id), suite.Select(r => r.Definition.Id));
            foreach (var result in suite)
            {
                var alone = ChildrensKpi.Indicators.Find(result.Definition.Id)!.Compute(inputs, period, figuresOnly);
                Assert.Equal((alone.Numerator, alone.Denominator), (result.Numerator, result.Denominator));
                Assert.Equal(string.Join("\n", alone.Notes), string.Join("\n", result.Notes));
                Assert.Equal(alone.Value, result.Value);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Compute_ChildrenInNeedFiguresOnly_EqualsNaiveLinq(int seed)
    {
        var data = SyntheticData.Generate(new SyntheticOptions { Children = 1_500, Years = 10, Seed = seed });
        var inputs = new IndicatorInputs { ChildrenInNeed = data.ChildrenInNeed };
        var figuresOnly = ComputeOptions.Default with { Explain = false };
        var linq = BenchmarkData.Linq(data);
        foreach (var period in data.Years)
        {
            var oracle = BenchmarkData.ComputeLinq(linq, figuresOnly, period);

            var suite = HeadlineSuite.Compute(inputs, period, figuresOnly);

            Assert.Equal(["NI59", "NI60", "CIN45"], suite.Select(r => r.Definition.Id));
            foreach (var result in suite)
            {
                var (numerator, denominator) = oracle[result.Definition.Id];
                Assert.Equal((result.Definition.Id, (decimal)numerator, (decimal)denominator), (result.Definition.Id, result.Numerator, result.Denominator));
            }
        }
    }

    [Fact]
    public void Compute_Parallel_EqualsSingleCore()
    {
        var data = SyntheticData.Generate(new SyntheticOptions { Children = 2_000, Years = 10, Seed = 9 });
        var inputs = new IndicatorInputs { LookedAfter = data.LookedAfter, ChildrenInNeed = data.ChildrenInNeed };
        var options = ComputeOptions.Default with { Explain = false };
        var period = data.Years[^1];

        var parallel = HeadlineSuite.Compute(inputs, data.LookedAfter.Columns, data.ChildrenInNeed.Columns, period, options, parallel: true);
        var single = HeadlineSuite.Compute(inputs, data.LookedAfter.Columns, data.ChildrenInNeed.Columns, period, options, parallel: false);

        Assert.Equal(single.Select(r => (r.Numerator, r.Denominator)), parallel.Select(r => (r.Numerator, r.Denominator)));
    }

    [Fact]
    public void Compute_WithExplanations_ExplainsEveryChild()
    {
        var data = SyntheticData.Generate(new SyntheticOptions { Children = 200, Years = 3, Seed = 5 });
        var inputs = new IndicatorInputs { LookedAfter = data.LookedAfter };

        var suite = HeadlineSuite.Compute(inputs, data.Years[^1]);

        Assert.Equal(["NI62", "NI63", "NI147", "NI148"], suite.Select(r => r.Definition.Id));
        Assert.All(suite, r => Assert.False(r.Children.IsEmpty));
    }

    [Fact]
    public void Compute_NullInputs_Throws()
    {
        var e = Assert.Throws<ArgumentNullException>(() => HeadlineSuite.Compute(null!, ReportingPeriod.YearEnding(new LocalDate(2007, 3, 31))));
        Assert.Equal("inputs", e.ParamName);
    }
}
