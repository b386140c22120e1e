using ChildrensKpi.Readers;
using ChildrensKpi.Tests.Fixtures;
using FsCheck.Xunit;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Series;

/// <summary>
/// A series' earlier years (<see cref="IndicatorSeries.EarlierYears"/>): each reporting year before its own that the inputs
/// cover, back to the first gap, under the direction of travel's rule of coverage, and published as the year is.
/// </summary>
public class EarlierYearsTests
{
    private static readonly LocalDate YearEnd = new(2007, 3, 31);

    private static ReportingPeriod YearEnding(int year) => ReportingPeriod.YearEnding(new LocalDate(year, 3, 31));

    /// <summary>
    /// A's referrals 01/06/2005 and 01/09/2005, and 01/06/2006; B's 01/07/2006; the census years given (as in
    /// DirectionOfTravelCoverageTests). REREF12, 2005-06: A's 01/09/2005 follows 01/06/2005 within 12 months, so 1 re-referral
    /// of 2 = 50%. 2006-07: A's 01/06/2006 follows 01/09/2005 (9 months), B's is a first: 1 of 2 = 50%.
    /// </summary>
    private static IndicatorInputs Census(params ReportingPeriod[] years) => new()
    {
        ChildrenInNeed = new ChildrenInNeedData(
            [
                new Referral(new ChildId("A"), D("01/06/2005")),
                new Referral(new ChildId("A"), D("01/09/2005")),
                new Referral(new ChildId("A"), D("01/06/2006")),
                new Referral(new ChildId("B"), D("01/07/2006")),
            ])
        { CollectionYears = [.. years] },
    };

    [Fact]
    public void Compute_CensusesOfTwoYears_TheEarlierYearIsItsOwnFigure()
    {
        var series = IndicatorSeries.Compute(ChildrensKpi.Indicators.REREF12, Census(YearEnding(2006), YearEnding(2007)), YearEnd);

        var earlier = Assert.Single(series.EarlierYears);
        Assert.Equal(YearEnding(2006), earlier.Period);
        Assert.Equal((1m, 2m, 50m), (earlier.Numerator, earlier.Denominator, earlier.Value));
    }

    [Fact]
    public void Compute_OneCensusYear_NoEarlierYear()
    {
        // Only the 2006-07 census: 2005-06 is not covered (the direction of travel has none either), so nothing is drawn for it.
        var series = IndicatorSeries.Compute(ChildrensKpi.Indicators.REREF12, Census(YearEnding(2007)), YearEnd);

        Assert.Empty(series.EarlierYears);
    }

    [Fact]
    public void Compute_AGapYear_StopsTheTrendAtTheGap()
    {
        // 2004-05 and 2006-07 given, 2005-06 not: the years back from 2006-07 stop at 2005-06, so 2004-05 is not drawn
        // either (a trend with a missing year would join two years that are not neighbours).
        var series = IndicatorSeries.Compute(ChildrensKpi.Indicators.REREF12, Census(YearEnding(2005), YearEnding(2007)), YearEnd);

        Assert.Empty(series.EarlierYears);
    }

    /// <summary>
    /// For any set of earlier census years given (from 1997-98 to 2005-06), the earlier years are exactly the unbroken run
    /// of years given back from 2005-06, at most <see cref="IndicatorSeries.MostEarlierYears"/>, oldest first. Each year has
    /// one referral, of its own child, so each has a value (0 re-referrals of 1) and none is left off as empty.
    /// </summary>
    [Property(MaxTest = 40)]
    public bool Compute_AnyYearsGiven_TheUnbrokenRunBackFromTheYearBefore(ushort given)
    {
        var years = Enumerable.Range(1998, 9).Where(y => (given & (1 << (y - 1998))) != 0).Select(YearEnding).Append(YearEnding(2007)).ToArray();
        var referrals = Enumerable.Range(1998, 10).Select(y => new Referral(new ChildId($"C{y}"), new LocalDate(y - 1, 6, 1)));
        var inputs = new IndicatorInputs { ChildrenInNeed = new ChildrenInNeedData([.. referrals]) { CollectionYears = [.. years] } };

        var expected = new List<ReportingPeriod>();
        for (int y = 2006; y >= 1998 && years.Contains(YearEnding(y)); y--)
        {
            expected.Insert(0, YearEnding(y));
        }
        var series = IndicatorSeries.Compute(ChildrensKpi.Indicators.REREF12, inputs, YearEnd);

        return series.EarlierYears.Select(r => r.Period).SequenceEqual(expected) && series.EarlierYears.All(r => r.Value == 0m);
    }

    [Fact]
    public void Compute_Sample_EachEarlierYearIsWhatThatYearAloneGives()
    {
        // The sample's SSDA903 files are the returns of 2004-05, 2005-06 and 2006-07 (samples/data/ssda903/README.md), so
        // NI62 has two earlier years; each is what computing that year on its own gives (the stated property of one pass).
        var inputs = new IndicatorInputs { LookedAfter = Ssda903Reader.ReadFolder(Repository.Path("samples", "data", "ssda903")).Data };

        var series = IndicatorSeries.Compute(ChildrensKpi.Indicators.NI62, inputs, YearEnd);

        Assert.Equal([YearEnding(2005), YearEnding(2006)], series.EarlierYears.Select(r => r.Period));
        Assert.All(series.EarlierYears, r =>
        {
            var alone = ChildrensKpi.Indicators.NI62.Compute(inputs, r.Period, ComputeOptions.Default with { Explain = false });
            Assert.Equal((alone.Numerator, alone.Denominator), (r.Numerator, r.Denominator));
        });
    }

    [Fact]
    public void Publish_AnEarlierYearOnASmallCount_IsWithheld()
    {
        // 2005-06's 1 re-referral of 2 is a count from 1 to 5: withheld as the year's own is, so no chart or table can show 50%.
        var report = ComputeReport.Compute(new KpiRequest
        {
            Inputs = Census(YearEnding(2006), YearEnding(2007)),
            Period = YearEnding(2007),
            Indicators = [ChildrensKpi.Indicators.REREF12],
            MonthlySeries = true,
        });

        var published = Assert.Single(report.Publish(new PublicationOptions { SuppressionThreshold = 5 }).Series);

        var earlier = Assert.Single(published.EarlierYears);
        Assert.True(earlier.ValueWithheld);
        Assert.Null(earlier.Value);
        Assert.Null(earlier.Numerator);
    }
}
