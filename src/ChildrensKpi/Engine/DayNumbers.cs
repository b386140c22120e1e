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
}
