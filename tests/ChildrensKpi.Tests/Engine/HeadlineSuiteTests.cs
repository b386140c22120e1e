using ChildrensKpi.Benchmarks;
using ChildrensKpi.Synthetic;

namespace ChildrensKpi.Tests.Engine;

/// <summary>
/// The suite on generated data: stated properties (explaining changes no figure; members in order; each member, computed by
/// its one definition, equals the benchmarks' independent naive LINQ), not hand-worked figures.
/// </summary>
public class HeadlineSuiteTests
{
    public static TheoryData<int> Seeds => [1, 2, 3, 42, 2007];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Compute_FiguresOnly_EqualsExplainedRun(int seed)
    {
        var data = SyntheticData.Generate(new SyntheticOptions { Children = 1_500, Years = 10, Seed = seed });
        var inputs = new IndicatorInputs { LookedAfter = data.LookedAfter, ChildrenInNeed = data.ChildrenInNeed };
        var figuresOnly = ComputeOptions.Default with { Explain = false };
        foreach (var period in data.Years)
        {
            var suite = HeadlineSuite.Compute(inputs, period, figuresOnly);
            var explained = HeadlineSuite.Compute(inputs, period, ComputeOptions.Default);
            Assert.Equal(HeadlineSuite.Members.Select(m => m.Definition.Id), suite.Select(r => r.Definition.Id));
            Assert.All(suite, r => Assert.True(r.Children.IsEmpty));
            for (int i = 0; i < suite.Length; i++)
            {
                Assert.Equal((explained[i].Numerator, explained[i].Denominator), (suite[i].Numerator, suite[i].Denominator));
                Assert.Equal(string.Join("\n", explained[i].Notes), string.Join("\n", suite[i].Notes));
                Assert.Equal(explained[i].Denominator, explained[i].Children.Count(c => c.InDenominator));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Compute_FiguresOnly_EqualsNaiveLinq(int seed)
    {
        var data = SyntheticData.Generate(new SyntheticOptions { Children = 1_500, Years = 10, Seed = seed });
        var inputs = new IndicatorInputs { LookedAfter = data.LookedAfter, ChildrenInNeed = data.ChildrenInNeed };
        var figuresOnly = ComputeOptions.Default with { Explain = false };
        var linq = BenchmarkData.Linq(data);
        foreach (var period in data.Years)
        {
            var oracle = BenchmarkData.ComputeLinq(linq, figuresOnly, period);

            var suite = HeadlineSuite.Compute(inputs, period, figuresOnly);

            foreach (var result in suite)
            {
                var (numerator, denominator) = oracle[result.Definition.Id];
                Assert.Equal((result.Definition.Id, (decimal)numerator, (decimal)denominator), (result.Definition.Id, result.Numerator, result.Denominator));
            }
        }
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
