using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Model;

/// <summary>Age in completed years; a 29 February birthday falls on 1 March in a non-leap year (English practice, indicators.md).</summary>
public class AgeTests
{
    [Theory]
    // 29/02/1992: 2007 is not a leap year, so the 15th birthday is 01/03/2007 (the day after 28/02): on 28/02/2007 the
    // child is still 14, on 01/03/2007 15.
    [InlineData("29/02/1992", "27/02/2007", 14)]
    [InlineData("29/02/1992", "28/02/2007", 14)]
    [InlineData("29/02/1992", "01/03/2007", 15)]
    // 2008 is a leap year: the 16th birthday is 29/02/2008 itself, so on 28/02/2008 the child is still 15.
    [InlineData("29/02/1992", "28/02/2008", 15)]
    [InlineData("29/02/1992", "29/02/2008", 16)]
    // Ordinary birthdays: the day before, the day, the day after.
    [InlineData("31/03/1991", "30/03/2007", 15)]
    [InlineData("31/03/1991", "31/03/2007", 16)]
    [InlineData("01/04/1991", "31/03/2007", 15)]
    [InlineData("01/04/1988", "01/04/2004", 16)]
    // Born on the day asked: 0.
    [InlineData("15/06/2006", "15/06/2006", 0)]
    [InlineData("15/06/2006", "14/06/2007", 0)]
    [InlineData("15/06/2006", "15/06/2007", 1)]
    public void InYears_HandWorked_CompletedYears(string born, string on, int expected) =>
        Assert.Equal(expected, Age.InYears(D(born), D(on)));

    [Fact]
    public void Birthday_29February_FallsOn1MarchInANonLeapYear()
    {
        Assert.Equal(D("01/03/2007"), Age.Birthday(D("29/02/1992"), 15));
        Assert.Equal(D("29/02/2008"), Age.Birthday(D("29/02/1992"), 16));
    }

    [Fact]
    public void InYears_DateBeforeBirth_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Age.InYears(D("01/04/2006"), D("31/03/2006")));

    [Fact]
    public void Birthday_BeyondTheEndOfTheCalendar_ThrowsNamingTheYear()
    {
        // Born 31/12/9999: the 16th birthday would be in 10015, after NodaTime's last year, 9999.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Age.Birthday(new LocalDate(9999, 12, 31), 16));

        Assert.Equal("years", e.ParamName);
        Assert.StartsWith("Someone born on 9999-12-31 is 16 years old in the year 10015, outside the calendar (years -9998 to 9999); " +
            "dates of birth in the years 1800 to 2999 always have the birthday.", e.Message);
    }

    [Fact]
    public void Birthday_AYearCountNearIntMaxValue_ThrowsRatherThanWrapping()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Age.Birthday(new LocalDate(2000, 1, 1), int.MaxValue));

        Assert.Contains("in the year 2147485647,", e.Message);
    }

    [Fact]
    public void Birthday_LastSupportedDateOfBirth_HasItsTwentyFifthBirthday() =>
        Assert.Equal(new LocalDate(3024, 12, 31), Age.Birthday(SupportedDates.Latest, 25));
}
