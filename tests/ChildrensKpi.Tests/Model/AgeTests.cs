using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Model;

/// <summary>Age in completed years; a 29 February birthday falls on 28 February in a non-leap year.</summary>
public class AgeTests
{
    [Theory]
    // 29/02/1992: 2007 is not a leap year, so the 15th birthday is 28/02/2007.
    [InlineData("29/02/1992", "27/02/2007", 14)]
    [InlineData("29/02/1992", "28/02/2007", 15)]
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
    public void Birthday_29February_FallsOn28FebruaryInANonLeapYear()
    {
        Assert.Equal(D("28/02/2007"), Age.Birthday(D("29/02/1992"), 15));
        Assert.Equal(D("29/02/2008"), Age.Birthday(D("29/02/1992"), 16));
    }

    [Fact]
    public void InYears_DateBeforeBirth_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Age.InYears(D("01/04/2006"), D("31/03/2006")));
}
