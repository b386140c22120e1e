using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// The dates ChildrensKpi accepts in returns and as the end of a period asked for: 1 January 1800 to 31 December 2999,
/// both inclusive.
/// </summary>
/// <remarks>
/// The indicators reach beyond the dates they are given (a 16th, 19th or 25th birthday, a year before a period, a
/// review due months after a placement), and NodaTime's ISO calendar ends on 31 December 9999; bounding every date
/// well inside it means none of that arithmetic can overflow. 1800 was already the readers' floor: no child in care
/// now, and no return, has an earlier date, so an earlier one is a mistyped year.
/// </remarks>
public static class SupportedDates
{
    /// <summary>The first year accepted: 1800.</summary>
    public const int FirstYear = 1800;

    /// <summary>The last year accepted: 2999.</summary>
    public const int LastYear = 2999;

    /// <summary>The first date accepted: 1 January <see cref="FirstYear"/>.</summary>
    public static LocalDate Earliest { get; } = new(FirstYear, 1, 1);

    /// <summary>The last date accepted: 31 December <see cref="LastYear"/>.</summary>
    public static LocalDate Latest { get; } = new(LastYear, 12, 31);

    /// <summary>The range in words, for messages: <c>the years 1800 to 2999</c>.</summary>
    public static string Description { get; } = $"the years {FirstYear} to {LastYear}";

    /// <summary>Whether <paramref name="date"/> is from <see cref="Earliest"/> to <see cref="Latest"/>, both inclusive.</summary>
    public static bool Contains(LocalDate date) => date >= Earliest && date <= Latest;

    /// <summary>Whether <paramref name="year"/> is from <see cref="FirstYear"/> to <see cref="LastYear"/>, both inclusive.</summary>
    public static bool ContainsYear(int year) => year is >= FirstYear and <= LastYear;
}
