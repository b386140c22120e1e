namespace ChildrensKpi.Tests.Calendar;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly LocalDate Referral = new(2006, 12, 22); // Fri

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    // The worked example of working-days.md (NI 59, 7 working days): Sat 23, Sun 24, Mon 25 (Christmas),
    // Tue 26 (Boxing Day) do not count; Wed 27 = 1, Thu 28 = 2, Fri 29 = 3; Sat 30, Sun 31,
    // Mon 1 Jan (New Year) do not count; Tue 2 = 4, Wed 3 = 5, Thu 4 = 6, Fri 5 = 7, Mon 8 = 8.

    [Fact]
    public void WorkingDaysBetween_Friday22December2006ToFriday5January2007_Is7()
    {
        Assert.Equal(7, Calendar.WorkingDaysBetween(Referral, D(2007, 1, 5)));
        Assert.True(Calendar.IsWithin(Referral, D(2007, 1, 5), 7));
    }

    [Fact]
    public void WorkingDaysBetween_Friday22December2006ToMonday8January2007_Is8()
    {
        Assert.Equal(8, Calendar.WorkingDaysBetween(Referral, D(2007, 1, 8)));
        Assert.False(Calendar.IsWithin(Referral, D(2007, 1, 8), 7));
    }

    [Fact]
    public void WorkingDaysBetween_HolidaysAfterTheStart_CountZero()
    {
        Assert.Equal(0, Calendar.WorkingDaysBetween(Referral, D(2006, 12, 26))); // Tue, Boxing Day
        Assert.Equal(1, Calendar.WorkingDaysBetween(Referral, D(2006, 12, 27))); // Wed
    }

    [Fact]
    public void WorkingDaysBetween_SameDay_IsZero() =>
        Assert.Equal(0, Calendar.WorkingDaysBetween(Referral, Referral));

    [Fact]
    public void WorkingDaysBetween_StartOnHoliday_IsStillDayZero()
    {
        var christmas = D(2006, 12, 25); // Mon, Christmas Day
        Assert.Equal(0, Calendar.WorkingDaysBetween(christmas, christmas));
        Assert.Equal(1, Calendar.WorkingDaysBetween(christmas, D(2006, 12, 27))); // Wed
    }

    [Fact]
    public void WorkingDaysBetween_StartIsDayOne_CountsAWorkingStart()
    {
        var dayOne = Calendar.WithConvention(DayCountConvention.StartIsDayOne);
        Assert.Equal(8, dayOne.WorkingDaysBetween(Referral, D(2007, 1, 5)));   // Fri 22 Dec is day 1
        Assert.Equal(1, dayOne.WorkingDaysBetween(Referral, Referral));
        Assert.Equal(0, dayOne.WorkingDaysBetween(D(2006, 12, 23), D(2006, 12, 26))); // Sat to Tue (Boxing Day)
        Assert.Equal(1, dayOne.WorkingDaysBetween(D(2006, 12, 23), D(2006, 12, 27))); // Sat to Wed
    }

    [Fact]
    public void WorkingDaysBetween_EndBeforeStart_ThrowsNamingBothDates()
    {
        var e = Assert.Throws<ArgumentException>(() => Calendar.WorkingDaysBetween(D(2007, 1, 8), D(2007, 1, 5)));
        Assert.Equal("end", e.ParamName);
        Assert.StartsWith("Working days cannot be counted from 2007-01-08 to an earlier date 2007-01-05: the end is before the start.", e.Message);
    }

    [Theory]
    [InlineData(1989, 12, 31)]
    [InlineData(2041, 1, 1)]
    public void WorkingDaysBetween_DateOutsideRange_ThrowsNamingDateAndRange(int year, int month, int day)
    {
        var date = D(year, month, day);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.WorkingDaysBetween(date, date));
        Assert.Equal("start", e.ParamName);
        Assert.StartsWith($"The working-day calendar covers 1990 to 2040 only; {year:D4}-{month:D2}-{day:D2} is outside that range.", e.Message);
    }

    [Fact]
    public void IsWorkingDay_WeekdaysWeekendsAndHolidays()
    {
        Assert.True(Calendar.IsWorkingDay(D(2006, 12, 22)));  // Fri
        Assert.False(Calendar.IsWorkingDay(D(2006, 12, 23))); // Sat
        Assert.False(Calendar.IsWorkingDay(D(2006, 12, 24))); // Sun
        Assert.False(Calendar.IsWorkingDay(D(2006, 12, 25))); // Mon, Christmas Day
        Assert.False(Calendar.IsWorkingDay(D(2022, 9, 19)));  // Mon, State Funeral
        Assert.True(Calendar.IsWorkingDay(D(2022, 5, 30)));   // Mon, the spring holiday moved to 2 June
        Assert.True(Calendar.IsWorkingDay(D(1990, 1, 2)));    // Tue, first day of the range after New Year
        Assert.True(Calendar.IsWorkingDay(D(2040, 12, 31)));  // Mon, last day of the range
    }

    [Fact]
    public void AddWorkingDays_SevenFromReferral_IsFriday5January2007()
    {
        Assert.Equal(D(2007, 1, 5), Calendar.AddWorkingDays(Referral, 7));
        Assert.Equal(D(2006, 12, 27), Calendar.AddWorkingDays(Referral, 1)); // Wed, after Christmas and Boxing Day
        Assert.Equal(Referral, Calendar.AddWorkingDays(Referral, 0));
    }

    [Fact]
    public void AddWorkingDays_StartIsDayOne_CountsAWorkingStartAsOne()
    {
        var dayOne = Calendar.WithConvention(DayCountConvention.StartIsDayOne);
        Assert.Equal(Referral, dayOne.AddWorkingDays(Referral, 1));
        Assert.Equal(D(2007, 1, 4), dayOne.AddWorkingDays(Referral, 7)); // Thu: Fri 22 Dec is day 1
        Assert.Equal(D(2006, 12, 27), dayOne.AddWorkingDays(D(2006, 12, 23), 1)); // Sat start: Wed 27 is day 1
    }

    [Fact]
    public void AddWorkingDays_Negative_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(Referral, -1));
        Assert.StartsWith("Working days to add must be at least 0 when the start is day 0; -1 was given.", e.Message);
    }

    [Fact]
    public void AddWorkingDays_ZeroUnderStartIsDayOne_Throws()
    {
        var dayOne = Calendar.WithConvention(DayCountConvention.StartIsDayOne);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => dayOne.AddWorkingDays(Referral, 0));
        Assert.StartsWith("Working days to add must be at least 1 when the start is day 1; 0 was given.", e.Message);
    }

    [Fact]
    public void AddWorkingDays_PastTheEndOfTheRange_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D(2040, 12, 28), 2)); // Fri; Mon 31 is 1
        Assert.StartsWith("Adding 2 working days to 2040-12-28 goes past the end of the calendar (1990 to 2040).", e.Message);
        Assert.Equal(D(2040, 12, 31), Calendar.AddWorkingDays(D(2040, 12, 28), 1));
    }

    [Fact]
    public void IsWithin_NegativeLimit_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.IsWithin(Referral, Referral, -1));

    // Closure days: a council closed Wed 27 to Fri 29 Dec 2006 leaves Tue 2 = 1 ... Fri 5 Jan 2007 = 4.

    [Fact]
    public void WithClosureDays_ChristmasShutdown_CountsFourAndNamesTheClosure()
    {
        var anytown = Calendar.WithClosureDays([D(2006, 12, 27), D(2006, 12, 28), D(2006, 12, 29)], "Anytown Christmas closure");
        Assert.Equal(4, anytown.WorkingDaysBetween(Referral, D(2007, 1, 5)));
        Assert.Equal("England and Wales bank holidays + Anytown Christmas closure", anytown.Name);
        Assert.Equal<LocalDate>([D(2006, 12, 27), D(2006, 12, 28), D(2006, 12, 29)], anytown.ClosureDays);
        Assert.False(anytown.IsWorkingDay(D(2006, 12, 28)));
    }

    [Fact]
    public void WithClosureDays_LeavesTheOriginalUnchanged()
    {
        _ = Calendar.WithClosureDays([D(2006, 12, 27)], "Anytown Christmas closure");
        Assert.Equal("England and Wales bank holidays", Calendar.Name);
        Assert.Empty(Calendar.ClosureDays);
        Assert.Equal(7, Calendar.WorkingDaysBetween(Referral, D(2007, 1, 5)));
    }

    [Fact]
    public void WithClosureDays_Twice_AccumulatesDaysAndNames()
    {
        var both = Calendar
            .WithClosureDays([D(2006, 12, 27)], "Anytown Christmas closure")
            .WithClosureDays([D(2006, 12, 29), D(2006, 12, 27)], "Anytown staff day")
            .WithConvention(DayCountConvention.StartIsDayOne);
        Assert.Equal("England and Wales bank holidays + Anytown Christmas closure + Anytown staff day", both.Name);
        Assert.Equal<LocalDate>([D(2006, 12, 27), D(2006, 12, 29)], both.ClosureDays);
        Assert.Equal(DayCountConvention.StartIsDayOne, both.Convention);
        Assert.Equal(6, both.WorkingDaysBetween(Referral, D(2007, 1, 5))); // Fri 22, Thu 28, Tue 2 to Fri 5
    }

    [Fact]
    public void WithClosureDays_BlankName_Throws() =>
        Assert.Throws<ArgumentException>(() => Calendar.WithClosureDays([D(2006, 12, 27)], " "));

    [Fact]
    public void WithClosureDays_DayOutsideRange_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.WithClosureDays([D(2041, 1, 2)], "Anytown"));
        Assert.Equal("days", e.ParamName);
        Assert.StartsWith("The working-day calendar covers 1990 to 2040 only; 2041-01-02 is outside that range.", e.Message);
    }

    [Fact]
    public void Convention_Default_IsStartIsDayZero()
    {
        Assert.Equal(DayCountConvention.StartIsDayZero, Calendar.Convention);
        Assert.Same(Calendar, Calendar.WithConvention(DayCountConvention.StartIsDayZero));
    }

    [Fact]
    public void WithConvention_UndefinedValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.WithConvention((DayCountConvention)7));
}
