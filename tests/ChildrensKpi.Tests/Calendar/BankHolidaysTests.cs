namespace ChildrensKpi.Tests.Calendar;

/// <summary>
/// Bank holidays worked by hand from the rules and proclamations of working-days.md; the day of the week of
/// every date is written beside it so a reviewer can check it against any printed calendar.
/// </summary>
public class BankHolidaysTests
{
    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    private static void AssertYear(int year, params LocalDate[] expected) =>
        Assert.Equal(expected, BankHolidays.InYear(year));

    // Ordinary years, against the rules.

    [Fact]
    public void InYear_2006_NewYearSundaySubstitutedByMonday()
    {
        AssertYear(2006,
            D(2006, 1, 2),   // Mon: New Year's Day (Sun 1 Jan) substitute
            D(2006, 4, 14),  // Fri: Good Friday (Easter Sun 16 Apr)
            D(2006, 4, 17),  // Mon: Easter Monday
            D(2006, 5, 1),   // Mon: first Monday in May
            D(2006, 5, 29),  // Mon: last Monday in May
            D(2006, 8, 28),  // Mon: last Monday in August
            D(2006, 12, 25), // Mon: Christmas Day
            D(2006, 12, 26)); // Tue: Boxing Day
    }

    [Fact]
    public void InYear_2010_ChristmasSaturdayGivesMonday27AndTuesday28()
    {
        AssertYear(2010,
            D(2010, 1, 1),   // Fri: New Year's Day
            D(2010, 4, 2),   // Fri: Good Friday (Easter Sun 4 Apr)
            D(2010, 4, 5),   // Mon: Easter Monday
            D(2010, 5, 3),   // Mon: first Monday in May
            D(2010, 5, 31),  // Mon: last Monday in May
            D(2010, 8, 30),  // Mon: last Monday in August
            D(2010, 12, 27), // Mon: Christmas Day (Sat 25) substitute
            D(2010, 12, 28)); // Tue: Boxing Day (Sun 26) substitute
    }

    [Fact]
    public void InYear_2016_ChristmasSundayGivesBoxingDayMonday26AndChristmasTuesday27()
    {
        AssertYear(2016,
            D(2016, 1, 1),   // Fri: New Year's Day
            D(2016, 3, 25),  // Fri: Good Friday (Easter Sun 27 Mar)
            D(2016, 3, 28),  // Mon: Easter Monday
            D(2016, 5, 2),   // Mon: first Monday in May
            D(2016, 5, 30),  // Mon: last Monday in May
            D(2016, 8, 29),  // Mon: last Monday in August
            D(2016, 12, 26), // Mon: Boxing Day
            D(2016, 12, 27)); // Tue: Christmas Day (Sun 25) substitute
    }

    [Fact]
    public void InYear_2021_ChristmasSaturdayGivesMonday27AndTuesday28()
    {
        AssertYear(2021,
            D(2021, 1, 1),   // Fri: New Year's Day
            D(2021, 4, 2),   // Fri: Good Friday (Easter Sun 4 Apr)
            D(2021, 4, 5),   // Mon: Easter Monday
            D(2021, 5, 3),   // Mon: first Monday in May
            D(2021, 5, 31),  // Mon: last Monday in May
            D(2021, 8, 30),  // Mon: last Monday in August
            D(2021, 12, 27), // Mon: Christmas Day (Sat 25) substitute
            D(2021, 12, 28)); // Tue: Boxing Day (Sun 26) substitute
    }

    [Fact]
    public void InYear_2015_ChristmasFridayGivesBoxingDayMonday28()
    {
        AssertYear(2015,
            D(2015, 1, 1),   // Thu: New Year's Day
            D(2015, 4, 3),   // Fri: Good Friday (Easter Sun 5 Apr)
            D(2015, 4, 6),   // Mon: Easter Monday
            D(2015, 5, 4),   // Mon: first Monday in May
            D(2015, 5, 25),  // Mon: last Monday in May
            D(2015, 8, 31),  // Mon: last Monday in August
            D(2015, 12, 25), // Fri: Christmas Day
            D(2015, 12, 28)); // Mon: Boxing Day (Sat 26) substitute
    }

    [Theory]
    [InlineData(1990, 4, 15)]
    [InlineData(1991, 3, 31)]
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2011, 4, 24)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2038, 4, 25)]
    [InlineData(2040, 4, 1)]
    public void InYear_EasterYears_HaveGoodFridayAndEasterMondayAroundEasterSunday(int year, int month, int day)
    {
        var easter = D(year, month, day);
        Assert.Equal(easter, Easter.Sunday(year));
        Assert.Equal(IsoDayOfWeek.Sunday, easter.DayOfWeek);
        Assert.Contains(easter.PlusDays(-2), BankHolidays.InYear(year));
        Assert.Contains(easter.PlusDays(1), BankHolidays.InYear(year));
        Assert.DoesNotContain(easter, BankHolidays.InYear(year));
    }

    [Fact]
    public void InYear_2022_NewYearSaturdaySubstitutedByMonday3January()
    {
        Assert.Equal(D(2022, 1, 3), BankHolidays.InYear(2022)[0]); // Mon: New Year's Day (Sat 1 Jan) substitute
        Assert.False(BankHolidays.IsBankHoliday(D(2022, 1, 1)));
    }

    // Every proclamation in the exceptions table, as the full list of its year.

    [Fact]
    public void InYear_1995_EarlyMayMovedToMonday8May()
    {
        AssertYear(1995,
            D(1995, 1, 2),   // Mon: New Year's Day (Sun 1 Jan) substitute
            D(1995, 4, 14),  // Fri: Good Friday (Easter Sun 16 Apr)
            D(1995, 4, 17),  // Mon: Easter Monday
            D(1995, 5, 8),   // Mon: VE Day 50th anniversary, in place of Mon 1 May
            D(1995, 5, 29),  // Mon: last Monday in May
            D(1995, 8, 28),  // Mon: last Monday in August
            D(1995, 12, 25), // Mon: Christmas Day
            D(1995, 12, 26)); // Tue: Boxing Day
        Assert.False(BankHolidays.IsBankHoliday(D(1995, 5, 1)));
    }

    [Fact]
    public void InYear_1999_ExtraFriday31December()
    {
        AssertYear(1999,
            D(1999, 1, 1),   // Fri: New Year's Day
            D(1999, 4, 2),   // Fri: Good Friday (Easter Sun 4 Apr)
            D(1999, 4, 5),   // Mon: Easter Monday
            D(1999, 5, 3),   // Mon: first Monday in May
            D(1999, 5, 31),  // Mon: last Monday in May
            D(1999, 8, 30),  // Mon: last Monday in August
            D(1999, 12, 27), // Mon: Christmas Day (Sat 25) substitute
            D(1999, 12, 28), // Tue: Boxing Day (Sun 26) substitute
            D(1999, 12, 31)); // Fri: Millennium
    }

    [Fact]
    public void InYear_2002_SpringMovedToTuesday4JuneWithExtraMonday3June()
    {
        AssertYear(2002,
            D(2002, 1, 1),   // Tue: New Year's Day
            D(2002, 3, 29),  // Fri: Good Friday (Easter Sun 31 Mar)
            D(2002, 4, 1),   // Mon: Easter Monday
            D(2002, 5, 6),   // Mon: first Monday in May
            D(2002, 6, 3),   // Mon: Golden Jubilee
            D(2002, 6, 4),   // Tue: spring bank holiday, in place of Mon 27 May
            D(2002, 8, 26),  // Mon: last Monday in August
            D(2002, 12, 25), // Wed: Christmas Day
            D(2002, 12, 26)); // Thu: Boxing Day
        Assert.False(BankHolidays.IsBankHoliday(D(2002, 5, 27)));
    }

    [Fact]
    public void InYear_2011_ExtraFriday29April()
    {
        AssertYear(2011,
            D(2011, 1, 3),   // Mon: New Year's Day (Sat 1 Jan) substitute
            D(2011, 4, 22),  // Fri: Good Friday (Easter Sun 24 Apr)
            D(2011, 4, 25),  // Mon: Easter Monday
            D(2011, 4, 29),  // Fri: Royal Wedding
            D(2011, 5, 2),   // Mon: first Monday in May
            D(2011, 5, 30),  // Mon: last Monday in May
            D(2011, 8, 29),  // Mon: last Monday in August
            D(2011, 12, 26), // Mon: Boxing Day
            D(2011, 12, 27)); // Tue: Christmas Day (Sun 25) substitute
    }

    [Fact]
    public void InYear_2012_SpringMovedToMonday4JuneWithExtraTuesday5June()
    {
        AssertYear(2012,
            D(2012, 1, 2),   // Mon: New Year's Day (Sun 1 Jan) substitute
            D(2012, 4, 6),   // Fri: Good Friday (Easter Sun 8 Apr)
            D(2012, 4, 9),   // Mon: Easter Monday
            D(2012, 5, 7),   // Mon: first Monday in May
            D(2012, 6, 4),   // Mon: spring bank holiday, in place of Mon 28 May
            D(2012, 6, 5),   // Tue: Diamond Jubilee
            D(2012, 8, 27),  // Mon: last Monday in August
            D(2012, 12, 25), // Tue: Christmas Day
            D(2012, 12, 26)); // Wed: Boxing Day
        Assert.False(BankHolidays.IsBankHoliday(D(2012, 5, 28)));
    }

    [Fact]
    public void InYear_2020_EarlyMayMovedToFriday8May()
    {
        AssertYear(2020,
            D(2020, 1, 1),   // Wed: New Year's Day
            D(2020, 4, 10),  // Fri: Good Friday (Easter Sun 12 Apr)
            D(2020, 4, 13),  // Mon: Easter Monday
            D(2020, 5, 8),   // Fri: VE Day 75th anniversary, in place of Mon 4 May
            D(2020, 5, 25),  // Mon: last Monday in May
            D(2020, 8, 31),  // Mon: last Monday in August
            D(2020, 12, 25), // Fri: Christmas Day
            D(2020, 12, 28)); // Mon: Boxing Day (Sat 26) substitute
        Assert.False(BankHolidays.IsBankHoliday(D(2020, 5, 4)));
    }

    [Fact]
    public void InYear_2022_SpringMovedToThursday2JuneWithExtraFriday3JuneAndMonday19September()
    {
        AssertYear(2022,
            D(2022, 1, 3),   // Mon: New Year's Day (Sat 1 Jan) substitute
            D(2022, 4, 15),  // Fri: Good Friday (Easter Sun 17 Apr)
            D(2022, 4, 18),  // Mon: Easter Monday
            D(2022, 5, 2),   // Mon: first Monday in May
            D(2022, 6, 2),   // Thu: spring bank holiday, in place of Mon 30 May
            D(2022, 6, 3),   // Fri: Platinum Jubilee
            D(2022, 8, 29),  // Mon: last Monday in August
            D(2022, 9, 19),  // Mon: State Funeral
            D(2022, 12, 26), // Mon: Boxing Day
            D(2022, 12, 27)); // Tue: Christmas Day (Sun 25) substitute
        Assert.False(BankHolidays.IsBankHoliday(D(2022, 5, 30)));
    }

    [Fact]
    public void InYear_2023_ExtraMonday8May()
    {
        AssertYear(2023,
            D(2023, 1, 2),   // Mon: New Year's Day (Sun 1 Jan) substitute
            D(2023, 4, 7),   // Fri: Good Friday (Easter Sun 9 Apr)
            D(2023, 4, 10),  // Mon: Easter Monday
            D(2023, 5, 1),   // Mon: first Monday in May
            D(2023, 5, 8),   // Mon: Coronation
            D(2023, 5, 29),  // Mon: last Monday in May
            D(2023, 8, 28),  // Mon: last Monday in August
            D(2023, 12, 25), // Mon: Christmas Day
            D(2023, 12, 26)); // Tue: Boxing Day
    }

    // Every year: the shape the rules promise.

    [Fact]
    public void InYear_EverySupportedYear_IsSortedWeekdaysOfThatYear()
    {
        for (int year = 1990; year <= 2040; year++)
        {
            var days = BankHolidays.InYear(year);
            Assert.InRange(days.Length, 8, 10);
            Assert.All(days, d => Assert.Equal(year, d.Year));
            Assert.All(days, d => Assert.True(d.DayOfWeek < IsoDayOfWeek.Saturday, $"{d} is a weekend"));
            Assert.Equal(days.Distinct().Order(), days);
        }
    }

    [Fact]
    public void IsBankHoliday_AgreesWithInYear()
    {
        Assert.True(BankHolidays.IsBankHoliday(D(2006, 12, 26)));
        Assert.False(BankHolidays.IsBankHoliday(D(2006, 12, 27)));
    }

    [Fact]
    public void SupportedYears_Is1990To2040()
    {
        Assert.Equal(D(1990, 1, 1), BankHolidays.SupportedYears.Start);
        Assert.Equal(D(2040, 12, 31), BankHolidays.SupportedYears.End);
    }

    [Theory]
    [InlineData(1989)]
    [InlineData(2041)]
    public void InYear_OutsideSupportedYears_ThrowsNamingYearAndRange(int year)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => BankHolidays.InYear(year));
        Assert.Equal("year", e.ParamName);
        Assert.Equal(year, e.ActualValue);
        Assert.StartsWith($"Bank holidays in England and Wales are known for 1990 to 2040 only; {year} is outside that range.", e.Message);
    }

    [Fact]
    public void IsBankHoliday_OutsideSupportedYears_ThrowsNamingYearAndRange()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => BankHolidays.IsBankHoliday(D(2041, 1, 1)));
        Assert.Equal("date", e.ParamName);
        Assert.StartsWith("Bank holidays in England and Wales are known for 1990 to 2040 only; 2041 is outside that range.", e.Message);
    }
}
