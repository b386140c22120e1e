namespace ChildrensKpi;

/// <summary>Wording and working-day timeliness shared by the children in need indicators, on day numbers.</summary>
internal static class CinRules
{
    public static string Iso(int dayNumber) => ReportingPeriod.Iso(DayNumbers.ToDate(dayNumber));

    /// <summary>The reason of the commonest decision on a large data set (an item dated outside the period); null in figures-only runs.</summary>
    public static string? NotInPeriod(Why why, string what, int dayNumber) => why.Explain ? $"{what} {Iso(dayNumber)}, not in the period" : null;

    /// <summary>The note every working-day result carries: which calendar and which counting convention.</summary>
    public static string CalendarNote(WorkingDayCalendar calendar, int timescale) =>
        $"Working days: {calendar.Name}; {(calendar.Convention == DayCountConvention.StartIsDayZero ? "the start date is day 0" : "the start date is day 1")}; timescale {timescale} working days.";

    /// <summary>
    /// Decides whether <paramref name="end"/> is within <paramref name="limit"/> working days of <paramref name="start"/>
    /// (day numbers): the one working-day timeliness rule of NI 59, NI 60, CIN45 and ICPC15. An end before the start, or
    /// dates the calendar does not cover, are data errors that exclude the item.
    /// </summary>
    public static Decision Timeliness(Why why, WorkingDayCalendar calendar, int start, string startName, int end, string endName, int limit)
    {
        if (end < start)
        {
            return Decision.Excluded(why, $"{endName} {Iso(end)} is before {startName} {Iso(start)} (data error)");
        }
        if (!calendar.TryWorkingDaysBetween(start, end, out int days))
        {
            return Decision.Excluded(why, $"{startName} {Iso(start)} or {endName} {Iso(end)} is outside the working-day calendar ({calendar.Name})");
        }
        return days <= limit
            ? Decision.Numerator(why, $"{endName} {Iso(end)} is {days} working day{(days == 1 ? "" : "s")} after {startName} {Iso(start)} (within {limit})")
            : Decision.DenominatorOnly(why, $"{endName} {Iso(end)} is {days} working day{(days == 1 ? "" : "s")} after {startName} {Iso(start)} (more than {limit})");
    }
}
