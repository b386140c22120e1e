using NodaTime;

namespace ChildrensKpi;

/// <summary>Dates as <see cref="DateOnly.DayNumber"/> integers, the columnar engine's only date form, with sentinels for absent dates.</summary>
internal static class DayNumbers
{
    /// <summary>No date known (a missing date of birth, start or authorisation); below every real date.</summary>
    public const int None = int.MinValue;

    /// <summary>An episode still open (no DEC): after every real date, so "ended after D" needs no null test.</summary>
    public const int Open = int.MaxValue;

    public static int Of(LocalDate date) => date.ToDateOnly().DayNumber;

    public static int Of(LocalDate? date, int absent) => date is { } d ? Of(d) : absent;

    public static LocalDate ToDate(int dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber));

    /// <summary>
    /// <paramref name="months"/> calendar months after (or before) a day, as <see cref="LocalDate.PlusMonths"/> does: a day
    /// past the end of the month it lands in becomes that month's last day (31 August plus 6 months is 28 or 29 February).
    /// </summary>
    public static int PlusMonths(int dayNumber, int months) => DateOnly.FromDayNumber(dayNumber).AddMonths(months).DayNumber;

    /// <summary><paramref name="years"/> years after a day, as <see cref="LocalDate.PlusYears"/> does (29 February becomes 28 February).</summary>
    public static int PlusYears(int dayNumber, int years) => DateOnly.FromDayNumber(dayNumber).AddYears(years).DayNumber;
}
