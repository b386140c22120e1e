namespace ChildrensKpi.Tests.Model;

public class ReportingPeriodTests
{
    [Fact]
    public void YearEnding_31March2007_Is1April2006To31March2007()
    {
        var period = ReportingPeriod.YearEnding(new LocalDate(2007, 3, 31));
        Assert.Equal(new LocalDate(2006, 4, 1), period.Start);
        Assert.Equal(new LocalDate(2007, 3, 31), period.End);
        Assert.Equal("2006-04-01..2007-03-31", period.ToString());
    }

    [Fact]
    public void YearEnding_29February2008_StartsOn1March2007()
    {
        // 29/02/2008 minus one year is 28/02/2007 (no 29th), plus one day: 01/03/2007.
        Assert.Equal(new LocalDate(2007, 3, 1), ReportingPeriod.YearEnding(new LocalDate(2008, 2, 29)).Start);
    }

    [Theory]
    [InlineData(2007, 3, 31, "2006-07")]
    [InlineData(2007, 4, 1, "2007-08")]
    [InlineData(2000, 1, 15, "1999-00")]
    public void ReportingYear_IsTheAprilToMarchYearContainingTheEnd(int year, int month, int day, string expected) =>
        Assert.Equal(expected, new ReportingPeriod(new LocalDate(year, 1, 1).PlusYears(-1), new LocalDate(year, month, day)).ReportingYear);

    [Fact]
    public void Constructor_EndBeforeStart_ThrowsNamingBothDates()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ReportingPeriod(new LocalDate(2007, 3, 31), new LocalDate(2006, 4, 1)));
        Assert.StartsWith("A reporting period cannot end (2006-04-01) before it starts (2007-03-31).", e.Message);
    }

    [Fact]
    public void Contains_IncludesBothBounds()
    {
        var period = ReportingPeriod.YearEnding(new LocalDate(2007, 3, 31));
        Assert.True(period.Contains(new LocalDate(2006, 4, 1)));
        Assert.True(period.Contains(new LocalDate(2007, 3, 31)));
        Assert.False(period.Contains(new LocalDate(2006, 3, 31)));
        Assert.False(period.Contains(new LocalDate(2007, 4, 1)));
    }
}
