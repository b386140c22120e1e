using ChildrensKpi.Readers;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Series;

public class IndicatorSeriesTests
{
    private static readonly IndicatorInputs Sample = new()
    {
        LookedAfter = Ssda903Reader.ReadFolder(Repository.Path("samples", "data", "ssda903")).Data,
        ChildrenInNeed = ChildrenInNeedReader.ReadPath(Repository.Path("samples", "data", "cin", "census_2006-07.xml")).Data,
    };

    private static readonly LocalDate YearEnd = new(2007, 3, 31);

    [Fact]
    public void Compute_Year2006To07_HasTwelveMonthsFromAprilToMarch()
    {
        var series = IndicatorSeries.Compute(ChildrensKpi.Indicators.NI62, Sample, YearEnd);

        Assert.Equal(12, series.Points.Length);
        Assert.Equal(new ReportingPeriod(new LocalDate(2006, 4, 1), new LocalDate(2006, 4, 30)), series.Points[0].Month.Period);
        Assert.Equal(new ReportingPeriod(new LocalDate(2007, 2, 1), new LocalDate(2007, 2, 28)), series.Points[10].Month.Period);
        Assert.Equal(new ReportingPeriod(new LocalDate(2006, 4, 1), new LocalDate(2006, 9, 30)), series.Points[5].YearToDate.Period);
        Assert.Equal(new ReportingPeriod(new LocalDate(2005, 10, 1), new LocalDate(2006, 9, 30)), series.Points[5].Rolling12Months.Period);
    }

    [Theory]
    [InlineData("NI62")]
    [InlineData("NI63")]
    [InlineData("CIN45")]
    [InlineData("REREF12")]
    [InlineData("NI67")]
    public void Compute_OnePass_AgreesWithComputingEachPeriodOnItsOwn(string id)
    {
        // The stated property: deciding each record for 36 periods in one pass gives what 36 separate computations give.
        var indicator = ChildrensKpi.Indicators.Find(id)!;
        var series = IndicatorSeries.Compute(indicator, Sample, YearEnd, ComputeOptions.Default with { Explain = false });

        foreach (var point in series.Points)
        {
            foreach (var result in new[] { point.Month, point.YearToDate, point.Rolling12Months })
            {
                var alone = indicator.Compute(Sample, result.Period, ComputeOptions.Default with { Explain = false });
                Assert.Equal((alone.Numerator, alone.Denominator), (result.Numerator, result.Denominator));
            }
        }
    }

    [Fact]
    public void Compute_LastMonth_YearToDateAndRollingAreTheWholeYear()
    {
        // March's year to date and rolling 12 months are both 1 April 2006 to 31 March 2007: NI62 26 of 165 (sample README).
        var last = IndicatorSeries.Compute(ChildrensKpi.Indicators.NI62, Sample, YearEnd).Points[^1];

        Assert.Equal((26m, 165m), (last.YearToDate.Numerator, last.YearToDate.Denominator));
        Assert.Equal((26m, 165m), (last.Rolling12Months.Numerator, last.Rolling12Months.Denominator));
    }

    [Fact]
    public void ComputeMany_MissingInput_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => ChildrensKpi.Indicators.CIN45.ComputeMany(new IndicatorInputs(), [Histories.Year2007]));
        Assert.StartsWith("CIN45 needs ChildrenInNeed, which the inputs lack.", e.Message);
    }
}
