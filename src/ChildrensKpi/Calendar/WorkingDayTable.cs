using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// The working days of 1990 to 2040 as two arrays, so counting is two lookups and adding is one:
/// <c>before[i]</c> is the number of working days strictly before day <c>i</c> (day 0 is 1 January 1990),
/// and <c>ordinals[k]</c> is the day index of the working day numbered <c>k</c> (from 0).
/// </summary>
internal sealed class WorkingDayTable
{
    private static readonly LocalDate First = BankHolidays.SupportedYears.Start;
    private static readonly int FirstDayNumber = First.ToDateOnly().DayNumber;
    private static readonly int DayCount = BankHolidays.SupportedYears.Length;

    private readonly int[] before;
    private readonly int[] ordinals;

    private WorkingDayTable(int[] before, int[] ordinals)
    {
        this.before = before;
        this.ordinals = ordinals;
    }

    /// <summary>Mondays to Fridays that are neither bank holidays nor in <paramref name="closed"/>.</summary>
    internal static WorkingDayTable Create(IReadOnlySet<LocalDate> closed)
    {
        var before = new int[DayCount + 1];
        var ordinals = new List<int>(DayCount * 5 / 7);
        var date = First;
        for (int i = 0; i < DayCount; i++, date = date.PlusDays(1))
        {
            bool working = date.DayOfWeek < IsoDayOfWeek.Saturday && !BankHolidays.IsBankHoliday(date) && !closed.Contains(date);
            if (working)
            {
                ordinals.Add(i);
            }
            before[i + 1] = before[i] + (working ? 1 : 0);
        }
        return new WorkingDayTable(before, [.. ordinals]);
    }

    /// <summary>The day index of <paramref name="date"/>; throws naming <paramref name="paramName"/> when it is outside the table.</summary>
    internal static int Index(LocalDate date, string paramName)
    {
        // A date from another calendar system is the same day; the table is indexed by ISO day number.
        int index = date.WithCalendar(CalendarSystem.Iso).ToDateOnly().DayNumber - FirstDayNumber;
        if ((uint)index >= (uint)DayCount)
        {
            CalendarThrow.DateOutOfRange(paramName, date);
        }
        return index;
    }

    /// <summary>The day index of a day number (<see cref="DateOnly.DayNumber"/>); false when it is outside the table.</summary>
    internal static bool TryIndex(int dayNumber, out int index)
    {
        index = dayNumber - FirstDayNumber;
        return (uint)index < (uint)DayCount;
    }

    internal bool IsWorkingDay(int day) => before[day + 1] > before[day];

    /// <summary>Working days in the closed interval [<paramref name="from"/>, <paramref name="to"/>] of day indexes.</summary>
    internal int CountInclusive(int from, int to) => before[to + 1] - before[from];

    /// <summary>Working days in the half-open interval (<paramref name="from"/>, <paramref name="to"/>] of day indexes.</summary>
    internal int CountAfter(int from, int to) => before[to + 1] - before[from + 1];

    /// <summary>Working days strictly before day index <paramref name="day"/>; also the number (from 0) of the first working day on or after it.</summary>
    internal int Before(int day) => before[day];

    /// <summary>The date of the working day numbered <paramref name="ordinal"/> (from 0), or null past 2040.</summary>
    internal LocalDate? DateOfOrdinal(int ordinal) =>
        ordinal < ordinals.Length ? First.PlusDays(ordinals[ordinal]) : null;
}
