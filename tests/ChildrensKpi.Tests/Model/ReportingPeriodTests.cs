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

    [Fact]
    public void YearEnding_9999_ThrowsNamingTheBoundInsteadOfOverflowingLater()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.YearEnding(new LocalDate(9999, 12, 31)));

        Assert.StartsWith("A year ending 9999-12-31 is outside the periods ChildrensKpi computes for: give a year ending from 0001-12-31 to 2999-12-31.", e.Message);
    }

    [Fact]
    public void YearEnding_BeforeTheCalendarCanHoldTheYear_Throws()
    {
        // -9998-01-01 is NodaTime's first date: the year before it would overflow, so it is refused first.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.YearEnding(new LocalDate(-9998, 1, 1)));

        Assert.StartsWith("A year ending -9998-01-01 is outside the periods ChildrensKpi computes for", e.Message);
    }

    [Fact]
    public void YearEnding_OnTheBounds_IsAPeriod()
    {
        Assert.Equal("2999-01-01..2999-12-31", ReportingPeriod.YearEnding(new LocalDate(2999, 12, 31)).ToString());
        Assert.Equal("0001-01-01..0001-12-31", ReportingPeriod.YearEnding(new LocalDate(1, 12, 31)).ToString());
    }

    [Fact]
    public void Constructor_EndAfter2999_ThrowsNamingTheBound()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ReportingPeriod(new LocalDate(2999, 4, 1), new LocalDate(3000, 3, 31)));

        Assert.StartsWith("A reporting period cannot end (3000-03-31) after 2999-12-31, the last day ChildrensKpi computes for.", e.Message);
    }

    [Fact]
    public void Constructor_StartBeforeYear1_ThrowsNamingTheBound()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ReportingPeriod(new LocalDate(0, 12, 31), new LocalDate(1, 3, 31)));

        Assert.StartsWith("A reporting period cannot start (0000-12-31) before 0001-01-01.", e.Message);
    }
}
