using System.Collections.Immutable;
using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// Working days in England and Wales: Monday to Friday, not a bank holiday (see <see cref="BankHolidays"/>), and
/// not one of a council's own closure days. Covers 1990 to 2040 inclusive; any other date is an error, not a guess.
/// </summary>
/// <remarks>
/// <para>Timeliness indicators (NI 59, NI 60, the 45-working-day single assessment, initial child protection
/// conferences within 15 working days) count working days from a start date. Under the default
/// <see cref="DayCountConvention.StartIsDayZero"/> the start is day 0 and
/// <see cref="WorkingDaysBetween"/> counts the working days in (start, end].</para>
/// <para>Immutable: <see cref="WithClosureDays"/> and <see cref="WithConvention"/> return new calendars.
/// Counting is two array lookups over a table built once per calendar.</para>
/// </remarks>
public sealed class WorkingDayCalendar
{
    private readonly WorkingDayTable table;

    private WorkingDayCalendar(string name, ImmutableArray<LocalDate> closureDays, DayCountConvention convention, WorkingDayTable table)
    {
        Name = name;
        ClosureDays = closureDays;
        Convention = convention;
        this.table = table;
    }

    /// <summary>
    /// Bank holidays of England and Wales with no closure days, start is day 0; named
    /// <c>England and Wales bank holidays</c>.
    /// </summary>
    public static WorkingDayCalendar EnglandAndWales { get; } = new(
        "England and Wales bank holidays", [], DayCountConvention.StartIsDayZero, WorkingDayTable.Create(new HashSet<LocalDate>()));

    /// <summary>
    /// Which calendar this is, for results to report: <c>England and Wales bank holidays</c>, followed by
    /// <c> + </c> and the name of each set of closure days added, e.g.
    /// <c>England and Wales bank holidays + Anytown Christmas closure</c>.
    /// </summary>
    public string Name { get; }

    /// <summary>The council's own non-working days added to the bank holidays, in date order, each once.</summary>
    public ImmutableArray<LocalDate> ClosureDays { get; }

    /// <summary>How <see cref="WorkingDaysBetween"/> and <see cref="AddWorkingDays"/> count; by default the start is day 0.</summary>
    public DayCountConvention Convention { get; }

    /// <summary>
    /// A calendar that also treats <paramref name="days"/> as non-working (a council's Christmas shutdown, say),
    /// with <paramref name="name"/> appended to <see cref="Name"/>. Days that are already weekends or holidays change nothing.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A day is outside 1990 to 2040.</exception>
    public WorkingDayCalendar WithClosureDays(IEnumerable<LocalDate> days, string name)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var closed = new HashSet<LocalDate>(ClosureDays);
        foreach (var day in days)
        {
            WorkingDayTable.Index(day, nameof(days));
            closed.Add(day.WithCalendar(CalendarSystem.Iso));
        }
        return new WorkingDayCalendar($"{Name} + {name}", [.. closed.Order()], Convention, WorkingDayTable.Create(closed));
    }

    /// <summary>The same calendar counting by <paramref name="convention"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="convention"/> is not a defined value.</exception>
    public WorkingDayCalendar WithConvention(DayCountConvention convention)
    {
        if (!Enum.IsDefined(convention))
        {
            throw new ArgumentOutOfRangeException(nameof(convention), convention, $"{(int)convention} is not a day-count convention.");
        }
        return convention == Convention ? this : new WorkingDayCalendar(Name, ClosureDays, convention, table);
    }

    /// <summary>Whether the calendar knows <paramref name="date"/> (1990 to 2040 inclusive); its other methods throw for any other date.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Coverage is a property of a calendar, even though today every calendar covers the same years.")]
    public bool Covers(LocalDate date) => BankHolidays.SupportedYears.Contains(date);

    /// <summary>Whether <paramref name="date"/> is Monday to Friday, not a bank holiday and not a closure day.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside 1990 to 2040.</exception>
    public bool IsWorkingDay(LocalDate date) => table.IsWorkingDay(WorkingDayTable.Index(date, nameof(date)));

    /// <summary>
    /// The working days from <paramref name="start"/> to <paramref name="end"/>: under
    /// <see cref="DayCountConvention.StartIsDayZero"/> those in (start, end], so the same day gives 0 and a start on a
    /// weekend or holiday is still day 0; under <see cref="DayCountConvention.StartIsDayOne"/> those in [start, end].
    /// Never negative.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>: a data error, not a negative count.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside 1990 to 2040.</exception>
    public int WorkingDaysBetween(LocalDate start, LocalDate end)
    {
        int from = WorkingDayTable.Index(start, nameof(start));
        int to = WorkingDayTable.Index(end, nameof(end));
        if (to < from)
        {
            CalendarThrow.EndBeforeStart(start, end);
        }
        return Count(from, to);
    }

    /// <summary>
    /// <see cref="WorkingDaysBetween"/> on day numbers (<see cref="DateOnly.DayNumber"/>), as the children in need
    /// indicators hold dates: false when a day is outside the calendar; <paramref name="to"/> must not be before
    /// <paramref name="from"/>. Two lookups in the prefix-sum table, no allocation.
    /// </summary>
    internal bool TryWorkingDaysBetween(int from, int to, out int days)
    {
        days = 0;
        if (!WorkingDayTable.TryIndex(from, out int first) || !WorkingDayTable.TryIndex(to, out int last))
        {
            return false;
        }
        days = Count(first, last);
        return true;
    }

    /// <summary>The working days between two day indexes of the table, by the calendar's convention: the one count both forms use.</summary>
    private int Count(int first, int last) =>
        Convention == DayCountConvention.StartIsDayZero ? table.CountAfter(first, last) : table.CountInclusive(first, last);

    /// <summary>
    /// The date that is working day number <paramref name="days"/> counted from <paramref name="start"/>: the earliest
    /// date <c>d</c> with <c>WorkingDaysBetween(start, d) == days</c>, always a working day when <paramref name="days"/> is
    /// at least 1. Under <see cref="DayCountConvention.StartIsDayZero"/> 0 gives <paramref name="start"/> itself;
    /// under <see cref="DayCountConvention.StartIsDayOne"/> there is no day 0, so <paramref name="days"/> must be at least 1
    /// (1 gives <paramref name="start"/> when it is a working day).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="days"/> is negative (or 0 under <see cref="DayCountConvention.StartIsDayOne"/>);
    /// <paramref name="start"/> or the result is outside 1990 to 2040.
    /// </exception>
    public LocalDate AddWorkingDays(LocalDate start, int days)
    {
        int from = WorkingDayTable.Index(start, nameof(start));
        int least = Convention == DayCountConvention.StartIsDayZero ? 0 : 1;
        if (days < least)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days,
                $"Working days to add must be at least {least} when the start is day {least}; {days} was given.");
        }
        if (days == 0)
        {
            return start;
        }
        // The first working day counted: after the start (day 0), or on or after it (day 1).
        int first = Convention == DayCountConvention.StartIsDayZero ? table.Before(from + 1) : table.Before(from);
        return table.DateOfOrdinal(first + days - 1)
            ?? throw new ArgumentOutOfRangeException(nameof(days), days,
                $"Adding {days} working days to {ReportingPeriod.Iso(start)} goes past the end of the calendar ({CalendarThrow.Range}).");
    }

    /// <summary>
    /// Whether <paramref name="end"/> is within <paramref name="workingDays"/> working days of <paramref name="start"/>:
    /// <c>WorkingDaysBetween(start, end) &lt;= workingDays</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is negative, or a date is outside 1990 to 2040.</exception>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public bool IsWithin(LocalDate start, LocalDate end, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        return WorkingDaysBetween(start, end) <= workingDays;
    }
}
