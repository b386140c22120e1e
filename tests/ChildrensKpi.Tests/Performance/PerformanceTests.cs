using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Performance;

public class PerformanceTests
{
    private static readonly ReportingPeriod Year = Histories.Year2007;

    /// <summary>A percentage result with value numerator/denominator × 100.</summary>
    private static IndicatorResult Result(Indicator indicator, decimal numerator, decimal denominator, ReportingPeriod? period = null) =>
        new(indicator.Definition, period ?? Year, numerator, denominator, [], []);

    private static PerformanceInputs Comparators(string indicator, params (string Authority, decimal Value)[] rows) =>
        new() { Comparators = [.. rows.Select(r => new ComparatorValue(indicator, "2006-07", r.Authority, r.Value))] };

    [Fact]
    public void Assess_LowerIsBetterWithTies_RanksAsAPersonWould()
    {
        // NI62 is lower-is-better. Ours 12.0; others 10.0, 12.0, 12.0, 15.0; England 13.0 is reported, not ranked.
        // Strictly better (lower) than 12.0: only 10.0 -> rank 1 + 1 = 2, shared with the two other 12.0s.
        // Ranked: 4 others + us = 5. Quartile ceil(4 x 2 / 5) = ceil(1.6) = 2.
        var a = ChildrensKpi.Performance.Assess(Result(ChildrensKpi.Indicators.NI62, 12, 100),
            Comparators("NI62", ("A", 10.0m), ("B", 12.0m), ("C", 12.0m), ("D", 15.0m), ("England", 13.0m)));

        Assert.Equal(2, a.Rank);
        Assert.Equal(5, a.RankOf);
        Assert.Equal(2, a.Quartile);
        Assert.Equal(13.0m, a.National);
    }

    [Fact]
    public void Assess_HigherIsBetterWithTies_SharesTheBestRank()
    {
        // NI63 higher-is-better. Ours 80; others 90, 80, 70. Strictly better: 90 -> rank 2 of 4; quartile ceil(8/4) = 2.
        var a = ChildrensKpi.Performance.Assess(Result(ChildrensKpi.Indicators.NI63, 80, 100),
            Comparators("PAF D35", ("A", 90m), ("B", 80m), ("C", 70m)));

        Assert.Equal((2, 4, 2), (a.Rank, a.RankOf, a.Quartile));
    }

    [Fact]
    public void Assess_BestOfMany_IsRankOneInTheTopQuartile()
    {
        // Lower is better: ours 5 is below all 7 others -> rank 1 of 8, quartile ceil(4/8) = 1.
        var a = ChildrensKpi.Performance.Assess(Result(ChildrensKpi.Indicators.NI62, 5, 100),
            Comparators("NI62", ("A", 6m), ("B", 7m), ("C", 8m), ("D", 9m), ("E", 10m), ("F", 11m), ("G", 12m)));

        Assert.Equal((1, 8, 1), (a.Rank, a.RankOf, a.Quartile));
    }

    [Theory]
    // Higher is better, target 80, amber within 5% of 80 = 4: green from 80, amber from 76, red below.
    [InlineData(80, "Green")]
    [InlineData(76, "Amber")]
    [InlineData(75.99, "Red")]
    [InlineData(95, "Green")]
    public void Assess_HigherIsBetterTarget_RatesAtTheAmberBoundary(double value, string rag)
    {
        var inputs = new PerformanceInputs { Targets = [new IndicatorTarget("NI148", "2006-07", 80)] };

        var a = ChildrensKpi.Performance.Assess(Result(ChildrensKpi.Indicators.NI148, (decimal)value, 100), inputs);

        Assert.Equal(80, a.Target);
        Assert.Equal(rag, a.Rag.ToString());
    }

    [Theory]
    // Lower is better, target 15, amber within 5% of 15 = 0.75: green to 15, amber to 15.75, red above.
    [InlineData(15, "Green")]
    [InlineData(15.75, "Amber")]
    [InlineData(15.76, "Red")]
    [InlineData(3, "Green")]
    public void Assess_LowerIsBetterTarget_RatesAtTheAmberBoundary(double value, string rag)
    {
        var inputs = new PerformanceInputs { Targets = [new IndicatorTarget("PAF A1", "2006-07", 15)] };

        var a = ChildrensKpi.Performance.Assess(Result(ChildrensKpi.Indicators.NI62, (decimal)value, 100), inputs);

        Assert.Equal(rag, a.Rag.ToString());
    }

    [Fact]
    public void Assess_AmberToleranceZero_MakesEveryMissRed()
    {
        var inputs = new PerformanceInputs { Targets = [new IndicatorTarget("NI148", "2006-07", 80)] };

        var a = ChildrensKpi.Performance.Assess(Result(ChildrensKpi.Indicators.NI148, 79.99m, 100), inputs, options: PerformanceOptions.Default with { AmberTolerance = 0 });

        Assert.Equal(Rag.Red, a.Rag);
    }

    [Theory]
    // Higher is better, tolerance 1: 50 -> 51 changes by exactly 1, stable; 51.01 improving; 48.99 worsening; 49 stable.
    [InlineData(50, 51, "Stable")]
    [InlineData(50, 51.01, "Improving")]
    [InlineData(50, 48.99, "Worsening")]
    [InlineData(50, 49, "Stable")]
    public void Assess_DirectionOfTravelHigherIsBetter_JudgedAtTheToleranceEdge(double previous, double current, string direction)
    {
        var earlier = Result(ChildrensKpi.Indicators.NI63, (decimal)previous, 100, ReportingPeriod.YearEnding(new LocalDate(2006, 3, 31)));

        var a = ChildrensKpi.Performance.Assess(Result(ChildrensKpi.Indicators.NI63, (decimal)current, 100), PerformanceInputs.None, earlier);

        Assert.Equal(direction, a.DirectionOfTravel.ToString());
        Assert.Equal((decimal)previous, a.PreviousValue);
    }

    [Fact]
    public void Assess_DirectionOfTravelLowerIsBetter_FallingIsImproving()
    {
        // NI62 from 15% to 13%: a fall of 2 points, beyond the tolerance of 1, in the good direction.
        var earlier = Result(ChildrensKpi.Indicators.NI62, 15, 100, ReportingPeriod.YearEnding(new LocalDate(2006, 3, 31)));

        var a = ChildrensKpi.Performance.Assess(Result(ChildrensKpi.Indicators.NI62, 13, 100), PerformanceInputs.None, earlier);

        Assert.Equal(DirectionOfTravel.Improving, a.DirectionOfTravel);
    }

    [Theory]
    // PAF A1 bands: 5: 0-10, 4: 10-13, 3: 13-16, 2: 16-20, 1: 20-100. A shared boundary goes to the better (higher) band.
    [InlineData(9.5, 5)]
    [InlineData(10, 5)]
    [InlineData(13, 4)]
    [InlineData(15.95, 3)]
    [InlineData(16, 3)]
    [InlineData(25, 1)]
    public void Assess_BandTable_PutsTheValueInItsBand(double value, int band)
    {
        var inputs = new PerformanceInputs
        {
            Bands = [new("PAF A1", "2006-07", 5, 0, 10), new("PAF A1", "2006-07", 4, 10, 13), new("PAF A1", "2006-07", 3, 13, 16),
                     new("PAF A1", "2006-07", 2, 16, 20), new("PAF A1", "2006-07", 1, 20, 100)],
        };

        Assert.Equal(band, ChildrensKpi.Performance.Assess(Result(ChildrensKpi.Indicators.NI62, (decimal)value, 100), inputs).Band);
    }

    [Fact]
    public void Assess_RowsOfAnotherYearOrIndicator_AreIgnored()
    {
        var inputs = new PerformanceInputs
        {
            Targets = [new IndicatorTarget("NI62", "2005-06", 10), new IndicatorTarget("NI63", "2006-07", 10)],
            Comparators = [new ComparatorValue("NI62", "2005-06", "A", 1)],
        };

        var a = ChildrensKpi.Performance.Assess(Result(ChildrensKpi.Indicators.NI62, 12, 100), inputs);

        Assert.Null(a.Target);
        Assert.Null(a.Rag);
        Assert.Null(a.Rank);
    }

    [Fact]
    public void Assess_ContextualIndicator_IsNeitherRatedRankedNorGivenADirection()
    {
        var period = Histories.Year2007;
        var result = new IndicatorResult(ChildrensKpi.Indicators.CLA10K.Definition, period, 163, 4.537m, [], []);
        var inputs = new PerformanceInputs
        {
            Targets = [new IndicatorTarget("CLA10K", "2006-07", 40)],
            Comparators = [new ComparatorValue("CLA10K", "2006-07", "A", 50), new ComparatorValue("CLA10K", "2006-07", "England", 55)],
        };
        var earlier = new IndicatorResult(ChildrensKpi.Indicators.CLA10K.Definition, ReportingPeriod.YearEnding(new LocalDate(2006, 3, 31)), 100, 4.5m, [], []);

        var a = ChildrensKpi.Performance.Assess(result, inputs, earlier);

        Assert.Equal(40, a.Target);
        Assert.Null(a.Rag);
        Assert.Null(a.Rank);
        Assert.Null(a.DirectionOfTravel);
        Assert.Equal(55, a.National);
        Assert.Contains("Contextual indicator: not ranked (neither extreme is better).", a.Notes);
    }

    [Fact]
    public void Assess_PreviousResultOfAnotherIndicator_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => ChildrensKpi.Performance.Assess(Result(ChildrensKpi.Indicators.NI62, 1, 2), PerformanceInputs.None, Result(ChildrensKpi.Indicators.NI63, 1, 2)));
        Assert.StartsWith("The previous result is NI63, not NI62.", e.Message);
    }
}
