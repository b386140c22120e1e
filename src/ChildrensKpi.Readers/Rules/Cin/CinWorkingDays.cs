namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>
/// Working days for the CIN rules (8569Q, 8670Q, 8675Q), on ChildrensKpi's one England and Wales calendar
/// (<see cref="WorkingDayCalendar.EnglandAndWales"/>: weekends and the bank holidays of <see cref="BankHolidays"/>).
/// The councils' validator uses a fixed list of 2022–2027 instead; where the two differ is said in docs/conformance-cin.md.
/// </summary>
internal static class CinWorkingDays
{
    private static WorkingDayCalendar Calendar => WorkingDayCalendar.EnglandAndWales;

    /// <summary>The last working day strictly before <paramref name="day"/>; <see cref="DayNumbers.None"/> outside the calendar.</summary>
    public static int WorkingDayBefore(int day)
    {
        var date = DayNumbers.ToDate(day);
        if (!Calendar.Covers(date) || !Calendar.Covers(date.PlusDays(-14)))
        {
            return DayNumbers.None;
        }
        do
        {
            date = date.PlusDays(-1);
        }
        while (!Calendar.IsWorkingDay(date));
        return DayNumbers.Of(date);
    }

    /// <summary>
    /// Whether <paramref name="start"/> is more than <paramref name="workingDays"/> working days before
    /// <paramref name="end"/>: the working days after the start up to and including the end exceed it. False when
    /// either day is outside the calendar or the start is after the end.
    /// </summary>
    public static bool MoreThanBefore(int start, int end, int workingDays) =>
        start <= end && Calendar.TryWorkingDaysBetween(start, end, out int days) && days > workingDays;
}
