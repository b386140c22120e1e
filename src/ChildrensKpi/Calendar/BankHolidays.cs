using System.Collections.Immutable;
using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// Bank holidays in England and Wales, 1990 to 2040 inclusive, computed from the standing rules and the
/// proclamations that replaced or added days.
/// </summary>
/// <remarks>
/// <para>Rules: New Year's Day (a Saturday or Sunday gives way to the following Monday); Good Friday and
/// Easter Monday (Western Easter, the Gregorian computus); the early May bank holiday (first Monday in May);
/// the spring bank holiday (last Monday in May); the summer bank holiday (last Monday in August); Christmas Day
/// and Boxing Day with substitute days (Christmas on Saturday: Monday 27 and Tuesday 28; Christmas on Sunday:
/// Boxing Day Monday 26 and Christmas substitute Tuesday 27; Christmas on Friday: Boxing Day substitute Monday 28).</para>
/// <para>Proclamations: 1995 early May on 8 May; 1999 extra 31 December; 2002 spring on 4 June and extra 3 June;
/// 2011 extra 29 April; 2012 spring on 4 June and extra 5 June; 2020 early May on 8 May; 2022 spring on 2 June,
/// extra 3 June and 19 September; 2023 extra 8 May.</para>
/// <para>Only the days off are listed: a New Year's Day or Christmas Day that falls on a weekend is replaced
/// by its substitute and is not itself in the list (it is not a working day either way).</para>
/// </remarks>
public static class BankHolidays
{
    private const int FirstYear = 1990;
    private const int LastYear = 2040;

    private static readonly ImmutableArray<LocalDate>[] ByYear =
        [.. Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(Compute)];

    /// <summary>The dates this class knows: 1 January 1990 to 31 December 2040, both inclusive.</summary>
    public static DateInterval SupportedYears { get; } = new(new LocalDate(FirstYear, 1, 1), new LocalDate(LastYear, 12, 31));

    /// <summary>The bank holidays of England and Wales in <paramref name="year"/>, in date order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1990 to 2040.</exception>
    public static ImmutableArray<LocalDate> InYear(int year)
    {
        if (year is < FirstYear or > LastYear)
        {
            CalendarThrow.YearOutOfRange(nameof(year), year);
        }
        return ByYear[year - FirstYear];
    }

    /// <summary>Whether <paramref name="date"/> is a bank holiday in England and Wales.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside 1990 to 2040.</exception>
    public static bool IsBankHoliday(LocalDate date)
    {
        if (date.Year is < FirstYear or > LastYear)
        {
            CalendarThrow.YearOutOfRange(nameof(date), date.Year);
        }
        // Eight to ten days a year: a linear scan of the year's list beats any set.
        return ByYear[date.Year - FirstYear].Contains(date);
    }

    private static ImmutableArray<LocalDate> Compute(int year)
    {
        var easter = Easter.Sunday(year);
        var days = new List<LocalDate>(10)
        {
            NextWeekday(new LocalDate(year, 1, 1)),
            easter.PlusDays(-2),
            easter.PlusDays(1),
            EarlyMay(year),
            Spring(year),
            LastMonday(year, 8),
        };
        days.AddRange(ChristmasAndBoxingDay(year));
        days.AddRange(Extra(year));
        days.Sort();
        return [.. days];
    }

    private static LocalDate EarlyMay(int year) => year switch
    {
        1995 => new LocalDate(1995, 5, 8), // VE Day 50th anniversary, in place of Monday 1 May.
        2020 => new LocalDate(2020, 5, 8), // VE Day 75th anniversary, in place of Monday 4 May.
        _ => FirstMonday(year, 5),
    };

    private static LocalDate Spring(int year) => year switch
    {
        2002 => new LocalDate(2002, 6, 4), // Golden Jubilee, in place of Monday 27 May.
        2012 => new LocalDate(2012, 6, 4), // Diamond Jubilee, in place of Monday 28 May.
        2022 => new LocalDate(2022, 6, 2), // Platinum Jubilee, in place of Monday 30 May.
        _ => LastMonday(year, 5),
    };

    private static LocalDate[] Extra(int year) => year switch
    {
        1999 => [new LocalDate(1999, 12, 31)], // Millennium.
        2002 => [new LocalDate(2002, 6, 3)], // Golden Jubilee.
        2011 => [new LocalDate(2011, 4, 29)], // Royal Wedding.
        2012 => [new LocalDate(2012, 6, 5)], // Diamond Jubilee.
        2022 => [new LocalDate(2022, 6, 3), new LocalDate(2022, 9, 19)], // Platinum Jubilee; State Funeral.
        2023 => [new LocalDate(2023, 5, 8)], // Coronation.
        _ => [],
    };

    private static LocalDate[] ChristmasAndBoxingDay(int year)
    {
        var christmas = new LocalDate(year, 12, 25);
        return christmas.DayOfWeek switch
        {
            IsoDayOfWeek.Friday => [christmas, christmas.PlusDays(3)],
            IsoDayOfWeek.Saturday => [christmas.PlusDays(2), christmas.PlusDays(3)],
            IsoDayOfWeek.Sunday => [christmas.PlusDays(1), christmas.PlusDays(2)],
            _ => [christmas, christmas.PlusDays(1)],
        };
    }

    private static LocalDate NextWeekday(LocalDate date) => date.DayOfWeek switch
    {
        IsoDayOfWeek.Saturday => date.PlusDays(2),
        IsoDayOfWeek.Sunday => date.PlusDays(1),
        _ => date,
    };

    private static LocalDate FirstMonday(int year, int month) =>
        new LocalDate(year, month, 1).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Monday));

    private static LocalDate LastMonday(int year, int month) =>
        new LocalDate(year, month, 1).With(DateAdjusters.EndOfMonth).With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
}
