using NodaTime;

namespace ChildrensKpi;

/// <summary>Wording and working-day arithmetic shared by the children in need indicators.</summary>
internal static class CinRules
{
    public static string Iso(LocalDate date) => ReportingPeriod.Iso(date);

    public static string? NotInPeriod(Why why, string what, LocalDate date) => why.Say($"{what} {Iso(date)}, not in the period");

    /// <summary>The note every working-day result carries: which calendar and which counting convention.</summary>
    public static string CalendarNote(WorkingDayCalendar calendar, int timescale) =>
        $"Working days: {calendar.Name}; {(calendar.Convention == DayCountConvention.StartIsDayZero ? "the start date is day 0" : "the start date is day 1")}; timescale {timescale} working days.";

    /// <summary>
    /// Decides whether <paramref name="end"/> is within <paramref name="limit"/> working days of <paramref name="start"/>;
    /// an end before the start, or dates the calendar does not cover, are data errors that exclude the item.
    /// </summary>
    public static Decision Timeliness(Why why, WorkingDayCalendar calendar, LocalDate start, string startName, LocalDate end, string endName, int limit)
    {
        if (end < start)
        {
            return Decision.Excluded(why, $"{endName} {Iso(end)} is before {startName} {Iso(start)} (data error)");
        }
        if (!calendar.Covers(start) || !calendar.Covers(end))
        {
            return Decision.Excluded(why, $"{startName} {Iso(start)} or {endName} {Iso(end)} is outside the working-day calendar ({calendar.Name})");
        }
        int days = calendar.WorkingDaysBetween(start, end);
        return days <= limit
            ? Decision.Numerator(why, $"{endName} {Iso(end)} is {days} working day{(days == 1 ? "" : "s")} after {startName} {Iso(start)} (within {limit})")
            : Decision.DenominatorOnly(why, $"{endName} {Iso(end)} is {days} working day{(days == 1 ? "" : "s")} after {startName} {Iso(start)} (more than {limit})");
    }
}
