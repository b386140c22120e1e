namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>Day-number arithmetic the rules share: birthdays, the collection year's bounds.</summary>
internal static class Ssda903Dates
{
    /// <summary>The day <paramref name="years"/> calendar years after <paramref name="day"/> (29 February to 28 February, as a calendar offset does).</summary>
    public static int AddYears(int day, int years) => DateOnly.FromDayNumber(day).AddYears(years).DayNumber;

    /// <summary>The day <paramref name="months"/> calendar months after <paramref name="day"/>.</summary>
    public static int AddMonths(int day, int months) => DateOnly.FromDayNumber(day).AddMonths(months).DayNumber;

    /// <summary>1 April of the collection year.</summary>
    public static int Start(CollectionYear year) => new DateOnly(year.StartYear, 4, 1).DayNumber;

    /// <summary>31 March ending the collection year.</summary>
    public static int End(CollectionYear year) => new DateOnly(year.StartYear + 1, 3, 31).DayNumber;

    /// <summary>Whether the day number is a real date (not blank, not unreadable).</summary>
    public static bool IsDate(int day) => day > Ssda903Column.NotADate;

    /// <summary>A day number from a date.</summary>
    public static int Day(int year, int month, int day) => new DateOnly(year, month, day).DayNumber;
}
