using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// The one reading of "open" for anything with a start and an end that may be missing (an episode, a placement, a period
/// of care, a protection plan): open on day D when it began on or before D and did not end on or before D, so something
/// ending on 31 March has ended by 31 March; open during a period when it began on or before the period's end and did not
/// end on or before its start.
/// </summary>
internal static class OpenSpan
{
    /// <summary>On day numbers, the end <see cref="DayNumbers.Open"/> while open.</summary>
    public static bool IsOpenOn(int start, int end, int day) => start <= day && end > day;

    public static bool IsOpenDuring(int start, int end, int first, int last) => start <= last && end > first;

    public static bool IsOpenOn(LocalDate start, LocalDate? end, LocalDate date) =>
        IsOpenOn(DayNumbers.Of(start), DayNumbers.Of(end, DayNumbers.Open), DayNumbers.Of(date));

    public static bool IsOpenDuring(LocalDate start, LocalDate? end, ReportingPeriod period) =>
        IsOpenDuring(DayNumbers.Of(start), DayNumbers.Of(end, DayNumbers.Open), DayNumbers.Of(period.Start), DayNumbers.Of(period.End));
}
