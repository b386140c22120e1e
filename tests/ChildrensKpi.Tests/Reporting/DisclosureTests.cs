namespace ChildrensKpi.Tests.Reporting;

public class DisclosureTests
{
    private static readonly ReportingPeriod Year = ReportingPeriod.YearEnding(new LocalDate(2007, 3, 31));

    private static IndicatorResult Percent(decimal numerator, decimal denominator) =>
        new(ChildrensKpi.Indicators.Find("NI62")!.Definition, Year, numerator, denominator, [], []);

    [Theory]
    // n, d, threshold -> which of numerator, denominator, value are withheld (working beside each).
    [InlineData(3, 10, 5, true, false, true)]    // n = 3 is small; d − n = 7 is not, so d stays; the value gives n back
    [InlineData(3, 7, 5, true, false, true)]     // n = 3 small; d = 7 is not: "[c] of 7" is 1–5 or 2–6, six values
    [InlineData(1, 7, 5, true, false, true)]     // issue 17: d is published as for n = 3 (before, only n = 1 kept d, so "[c] of 7" was 1)
    [InlineData(8, 10, 5, true, false, true)]    // d − n = 2 is small, so n goes; d = 10 stays: n is 1–5 or 5–9
    [InlineData(0, 4, 5, false, true, true)]     // d = 4 is small; 0 is never small
    [InlineData(0, 10, 5, false, false, false)]  // nothing small: 0 of 10
    [InlineData(20, 40, 5, false, false, false)] // nothing small
    [InlineData(5, 11, 5, true, false, true)]    // 5 is the threshold itself; d − n = 6 > 5
    [InlineData(3, 10, 0, false, false, false)]  // threshold 0 withholds nothing
    [InlineData(3, 10, 2, false, false, false)]  // threshold 2: 3 is not small, d − n = 7 is not
    public void Apply_PercentResult_WithholdsSmallCountsAndWhatRevealsThem(int n, int d, int threshold, bool numerator, bool denominator, bool value)
    {
        var result = Percent(n, d);

        var shown = Disclosure.Apply(result, threshold);

        Assert.Equal((numerator, denominator, value), (shown.NumeratorSuppressed, shown.DenominatorSuppressed, shown.ValueSuppressed));
        Assert.Equal(numerator ? null : n, shown.Numerator);
        Assert.Equal(denominator ? null : d, shown.Denominator);
        Assert.Equal(numerator || denominator || value, !shown.Reasons.IsEmpty);
        // A view, not a mutation: the result keeps its figures.
        Assert.Equal((n, d), ((int)result.Numerator, (int)result.Denominator));
        Assert.Same(result, shown.Result);
    }

    [Fact]
    public void Apply_RatePer10000_TreatsOnlyTheNumeratorAsACount()
    {
        // 3 children in a population of 25,000 (denominator 2.5 = population / 10,000): the 3 is withheld and with it
        // the rate 1.2 (3 / 2.5); the population is published anyway, so it stays.
        var result = new IndicatorResult(ChildrensKpi.Indicators.Find("CLA10K")!.Definition, Year, 3, 2.5m, [], []);

        var shown = Disclosure.Apply(result, Disclosure.DefaultThreshold);

        Assert.Equal((true, false, true), (shown.NumeratorSuppressed, shown.DenominatorSuppressed, shown.ValueSuppressed));
        Assert.Equal(["numerator: withheld (a count from 1 to 5 or a figure that would give one back)", "value: derived from a withheld figure"], shown.Reasons.ToArray());
    }

    [Fact]
    public void Apply_NegativeThreshold_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Disclosure.Apply(Percent(3, 10), -1));
    }
}
