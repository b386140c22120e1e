using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.Current;

/// <summary>The scorecard thresholds as published (indicators-current.md, "Adoption", [S5]).</summary>
public class AdoptionThresholdsTests
{
    [Theory]
    // 2012: 21 and 7 months; 2014: 18 and 6; 2015: 16 and 5; 2016 on: 14 and 4.
    [InlineData(2012, 639, 213)]
    [InlineData(2014, 547, 182)]
    [InlineData(2015, 487, 152)]
    [InlineData(2016, 426, 121)]
    [InlineData(2024, 426, 121)]
    public void Published_ByLastYear(int year, int a1, int a2)
    {
        var threshold = AdoptionThresholds.Published.For(year);

        Assert.Equal(new AdoptionThreshold(year > 2016 ? 2016 : year, a1, a2), threshold);
    }

    [Theory]
    // 2013's were not found, and there were no scorecards before 2012: no threshold is guessed.
    [InlineData(2013)]
    [InlineData(2011)]
    public void Published_NoneFound_Null(int year) => Assert.Null(AdoptionThresholds.Published.For(year));

    [Fact]
    public void Targets_ThreeYearsEnding2016_A1ForA1AndA10_A2ForA2()
    {
        var period = new ReportingPeriod(D("01/04/2013"), D("31/03/2016"));

        var targets = AdoptionThresholds.Published.Targets(period);

        Assert.Equal(
        [
            new IndicatorTarget("ADOPT_A1", "2015-16", 426),
            new IndicatorTarget("ADOPT_A10", "2015-16", 426),
            new IndicatorTarget("ADOPT_A2", "2015-16", 121),
        ], targets.ToArray());
    }

    [Fact]
    public void Targets_FeedRag()
    {
        // A1 of 424.0 days (the spec's example) against the 426-day threshold: lower is better, so green.
        var period = new ReportingPeriod(D("01/04/2021"), D("31/03/2024"));
        var result = ChildrensKpi.Indicators.ADOPTA1.Compute(AdoptionScorecardTests.Example, period);

        var assessment = ChildrensKpi.Performance.Assess(result, new PerformanceInputs { Targets = AdoptionThresholds.Published.Targets(period) });

        Assert.Equal(426m, assessment.Target);
        Assert.Equal(Rag.Green, assessment.Rag);
    }

    [Fact]
    public void ComputeReport_JudgesTheScorecardAgainstItsThresholds_UnlessTheCouncilsTargetsSayOtherwise()
    {
        // The spec's example over 2021-24: A1 424.0 days against the 2016-on 426: green. A council's own ADOPTA1 target
        // (the old id) of 400 for 2023-24 replaces it: 24 days over, beyond the 5% amber band (20 days): red. A2 153.5
        // against 121 days: red either way (32.5 over, beyond 6.05).
        var period = new ReportingPeriod(D("01/04/2021"), D("31/03/2024"));
        var request = new KpiRequest
        {
            Inputs = new IndicatorInputs { LookedAfter = AdoptionScorecardTests.Example },
            Period = period,
            Indicators = [ChildrensKpi.Indicators.ADOPTA1, ChildrensKpi.Indicators.ADOPTA2],
            Judge = true,
        };

        var byDefault = ComputeReport.Compute(request).Assessments;
        var councils = ComputeReport.Compute(request with
        {
            Performance = new PerformanceInputs { Targets = [new IndicatorTarget("ADOPTA1", "2023-24", 400)] },
            PerformanceOptions = PerformanceOptions.Default with { AmberTolerance = 0.05m },
        }).Assessments;

        Assert.Equal((426m, Rag.Green), (byDefault[0].Target, byDefault[0].Rag));
        Assert.Equal((121m, Rag.Red), (byDefault[1].Target, byDefault[1].Rag));
        Assert.Equal((400m, Rag.Red), (councils[0].Target, councils[0].Rag));
    }

    [Fact]
    public void NoThresholdYear_ResultSaysSo()
    {
        var period = new ReportingPeriod(D("01/04/2010"), D("31/03/2013"));

        var result = ChildrensKpi.Indicators.ADOPTA10.Compute(new LookedAfterData([]), period);

        Assert.Contains("No scorecard threshold for periods ending in 2013, so there is no target.", result.Notes);
    }

    [Fact]
    public void Constructor_DuplicateYear_Throws() =>
        Assert.Throws<ArgumentException>(() => new AdoptionThresholds([new AdoptionThreshold(2016, 1, 1), new AdoptionThreshold(2016, 2, 2)]));
}
