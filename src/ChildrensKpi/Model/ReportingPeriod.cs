using NodaTime;
using NodaTime.Text;

namespace ChildrensKpi;

/// <summary>
/// The period an indicator is computed over: two calendar dates, both inclusive.
/// </summary>
/// <remarks>
/// Statutory returns report on the year from 1 April to 31 March; a caller may pass any period
/// (a month, a quarter, a rolling twelve months) and every indicator reads "the year" as this period
/// and "at 31 March" as <see cref="End"/>. The library never reads the clock: a period is always given.
/// A period lies within <see cref="EarliestStart"/> (0001-01-01) and <see cref="LatestEnd"/> (2999-12-31): the
/// indicators look years before and after a period (birthdays, the year before, reviews due after it), and that
/// arithmetic must stay inside NodaTime's calendar (years -9998 to 9999).
/// </remarks>
public readonly record struct ReportingPeriod
{
    /// <summary>Creates a period from <paramref name="start"/> to <paramref name="end"/>, both inclusive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="end"/> is before <paramref name="start"/>, <paramref name="start"/> is before <see cref="EarliestStart"/>,
    /// or <paramref name="end"/> is after <see cref="LatestEnd"/>.
    /// </exception>
    public ReportingPeriod(LocalDate start, LocalDate end)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end,
                $"A reporting period cannot end ({Iso(end)}) before it starts ({Iso(start)}).");
        }
        if (start < EarliestStart)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start,
                $"A reporting period cannot start ({Iso(start)}) before {Iso(EarliestStart)}.");
        }
        if (end > LatestEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end,
                $"A reporting period cannot end ({Iso(end)}) after {Iso(LatestEnd)}, the last day ChildrensKpi computes for.");
        }
        Start = start;
        End = end;
    }

    /// <summary>The earliest first day of a period: 0001-01-01.</summary>
    public static LocalDate EarliestStart { get; } = new(1, 1, 1);

    /// <summary>The latest last day of a period: 2999-12-31, <see cref="SupportedDates.Latest"/>.</summary>
    public static LocalDate LatestEnd => SupportedDates.Latest;

    /// <summary>The first end whose twelve months start on or after <see cref="EarliestStart"/>.</summary>
    private static LocalDate EarliestYearEnding { get; } = new(1, 12, 31);

    /// <summary>The first day of the period (inclusive).</summary>
    public LocalDate Start { get; }

    /// <summary>The last day of the period (inclusive); "at 31 March" in the statutory definitions.</summary>
    public LocalDate End { get; }

    /// <summary>
    /// The twelve months ending on <paramref name="end"/>: <c>YearEnding(2007-03-31)</c> is 2006-04-01 to 2007-03-31.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before 0001-12-31 (the year would start before <see cref="EarliestStart"/>) or after <see cref="LatestEnd"/>.</exception>
    public static ReportingPeriod YearEnding(LocalDate end)
    {
        // Checked before the subtraction, which itself overflows at the start of the calendar.
        if (end < EarliestYearEnding || end > LatestEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end,
                $"A year ending {Iso(end)} is outside the periods ChildrensKpi computes for: give a year ending from {Iso(EarliestYearEnding)} to {Iso(LatestEnd)}.");
        }
        return new(end.PlusYears(-1).PlusDays(1), end);
    }

    /// <summary>Whether <paramref name="date"/> falls within the period, bounds included.</summary>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>
    /// The April–March reporting year that contains <see cref="End"/>, written as councils write it: <c>2006-07</c>.
    /// </summary>
    public string ReportingYear
    {
        get
        {
            int firstYear = End.Month >= 4 ? End.Year : End.Year - 1;
            return $"{firstYear:D4}-{(firstYear + 1) % 100:D2}";
        }
    }

    /// <summary>The period as <c>2006-04-01..2007-03-31</c>.</summary>
    public override string ToString() => $"{Iso(Start)}..{Iso(End)}";

    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
