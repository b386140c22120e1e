using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChildrensKpi.Tests.Calendar;

/// <summary>A start date and a number of working days to add that stays inside the calendar (1990 to 2035, up to 1,000 days).</summary>
public readonly record struct Addition(LocalDate Start, int Days);

/// <summary>FsCheck generators of dates inside the calendar's range.</summary>
public static class CalendarArbitraries
{
    private static readonly LocalDate First = new(1990, 1, 1);

    private static Gen<LocalDate> DatesFrom(int days) => Gen.Choose(0, days - 1).Select(First.PlusDays);

    /// <summary>Any date from 1 January 1990 to 31 December 2040.</summary>
    public static Arbitrary<LocalDate> Dates() => DatesFrom(BankHolidays.SupportedYears.Length).ToArbitrary();

    /// <summary>A start up to 2035 and 0 to 1,000 working days, so the result stays before 2041.</summary>
    public static Arbitrary<Addition> Additions() =>
        DatesFrom(46 * 365).SelectMany(start => Gen.Choose(0, 1000).Select(days => new Addition(start, days))).ToArbitrary();
}

/// <summary>Working-day arithmetic is consistent with itself and with a day-by-day count, under both conventions.</summary>
[Properties(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 200)]
public class WorkingDayProperties
{
    private static readonly LocalDate[] Closure = [new(2006, 12, 27), new(2006, 12, 28), new(2006, 12, 29), new(2019, 7, 4)];

    private static readonly WorkingDayCalendar[] Calendars =
    [
        WorkingDayCalendar.EnglandAndWales,
        WorkingDayCalendar.EnglandAndWales.WithConvention(DayCountConvention.StartIsDayOne),
        WorkingDayCalendar.EnglandAndWales.WithClosureDays(Closure, "Anytown"),
        WorkingDayCalendar.EnglandAndWales.WithClosureDays(Closure, "Anytown").WithConvention(DayCountConvention.StartIsDayOne),
    ];

    private static (LocalDate, LocalDate, LocalDate) Sorted(LocalDate x, LocalDate y, LocalDate z)
    {
        LocalDate[] dates = [x, y, z];
        Array.Sort(dates);
        return (dates[0], dates[1], dates[2]);
    }

    /// <summary>Day by day, from the rules rather than the table.</summary>
    private static int NaiveCount(WorkingDayCalendar calendar, LocalDate start, LocalDate end)
    {
        int count = 0;
        var day = calendar.Convention == DayCountConvention.StartIsDayZero ? start.PlusDays(1) : start;
        for (; day <= end; day = day.PlusDays(1))
        {
            if (day.DayOfWeek < IsoDayOfWeek.Saturday && !BankHolidays.IsBankHoliday(day) && !calendar.ClosureDays.Contains(day))
            {
                count++;
            }
        }
        return count;
    }

    [Property]
    public bool WorkingDaysBetween_SplitAtAnyMiddleDate_AddsUpUnderDayZero(LocalDate x, LocalDate y, LocalDate z)
    {
        var (a, b, c) = Sorted(x, y, z);
        var calendar = WorkingDayCalendar.EnglandAndWales;
        return calendar.WorkingDaysBetween(a, b) + calendar.WorkingDaysBetween(b, c) == calendar.WorkingDaysBetween(a, c);
    }

    [Property]
    public bool WorkingDaysBetween_SplitAtAnyMiddleDate_CountsTheMiddleTwiceUnderDayOne(LocalDate x, LocalDate y, LocalDate z)
    {
        // [a, b] and [b, c] share b, so it is counted twice when it is a working day.
        var (a, b, c) = Sorted(x, y, z);
        var calendar = WorkingDayCalendar.EnglandAndWales.WithConvention(DayCountConvention.StartIsDayOne);
        int shared = calendar.IsWorkingDay(b) ? 1 : 0;
        return calendar.WorkingDaysBetween(a, b) + calendar.WorkingDaysBetween(b, c) - shared == calendar.WorkingDaysBetween(a, c);
    }

    [Property]
    public bool WorkingDaysBetween_AnyCalendar_AgreesWithADayByDayCount(LocalDate x, LocalDate y)
    {
        var (start, end) = x <= y ? (x, y) : (y, x);
        return Calendars.All(calendar => calendar.WorkingDaysBetween(start, end) == NaiveCount(calendar, start, end));
    }

    [Property]
    public bool WorkingDaysBetween_AroundTheClosure_AgreesWithADayByDayCount(LocalDate x)
    {
        // Dates near the closure days, which uniform dates over 51 years seldom straddle.
        var start = new LocalDate(2006, 12, 1).PlusDays(x.DayOfYear % 60);
        var end = start.PlusDays(x.Day);
        return Calendars.All(calendar => calendar.WorkingDaysBetween(start, end) == NaiveCount(calendar, start, end));
    }

    [Property]
    public bool AddWorkingDays_AnyCalendar_LandsOnAWorkingDayThatCountsBack(Addition addition)
    {
        foreach (var calendar in Calendars)
        {
            int days = calendar.Convention == DayCountConvention.StartIsDayOne ? Math.Max(1, addition.Days) : addition.Days;
            var end = calendar.AddWorkingDays(addition.Start, days);
            bool lands = days == 0 ? end == addition.Start : calendar.IsWorkingDay(end);
            // The earliest such date: the day before it counts one fewer (or is before the start).
            var before = end.PlusDays(-1);
            bool earliest = days == 0 || before < addition.Start || calendar.WorkingDaysBetween(addition.Start, before) == days - 1;
            if (!(lands && earliest && calendar.WorkingDaysBetween(addition.Start, end) == days))
            {
                return false;
            }
        }
        return true;
    }

    [Property]
    public bool IsWithin_IsTheCountAgainstTheLimit(LocalDate x, LocalDate y, byte limit)
    {
        var (start, end) = x <= y ? (x, y) : (y, x);
        var calendar = WorkingDayCalendar.EnglandAndWales;
        return calendar.IsWithin(start, end, limit) == (calendar.WorkingDaysBetween(start, end) <= limit);
    }
}
