using System.Globalization;
using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>
/// A children in need collection year, 1 April to 31 March, named as the DfE names it (<c>2023-24</c>): the census
/// whose reference date is 31 March 2024, described by <c>CIN_schema_2024.xsd</c>.
/// </summary>
/// <param name="EndYear">The calendar year in which the collection year ends (2024 for 2023-24).</param>
internal readonly record struct CinCollectionYear(int EndYear) : IComparable<CinCollectionYear>
{
    /// <summary>The collection year that holds <paramref name="date"/>: a census's ReferenceDate, normally its 31 March.</summary>
    public static CinCollectionYear Holding(LocalDate date) => new(date.Month >= 4 ? date.Year + 1 : date.Year);

    /// <summary>Reads <c>yyyy-yy</c> (e.g. <c>2023-24</c>), whose two years must follow one another.</summary>
    public static bool TryParse(string? text, out CinCollectionYear year)
    {
        year = default;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int start)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int end)
            || (start + 1) % 100 != end)
        {
            return false;
        }
        year = new CinCollectionYear(start + 1);
        return true;
    }

    public int CompareTo(CinCollectionYear other) => EndYear.CompareTo(other.EndYear);

    public static bool operator <(CinCollectionYear left, CinCollectionYear right) => left.EndYear < right.EndYear;

    public static bool operator >(CinCollectionYear left, CinCollectionYear right) => left.EndYear > right.EndYear;

    public static bool operator <=(CinCollectionYear left, CinCollectionYear right) => left.EndYear <= right.EndYear;

    public static bool operator >=(CinCollectionYear left, CinCollectionYear right) => left.EndYear >= right.EndYear;

    /// <summary>The year as a period, 1 April to 31 March.</summary>
    /// <summary>Whether the year lies where a <see cref="ReportingPeriod"/> can (its 1 April to 31 March inside the library's bounds).</summary>
    public bool InRange => new LocalDate(EndYear - 1, 4, 1) >= ReportingPeriod.EarliestStart && new LocalDate(EndYear, 3, 31) <= ReportingPeriod.LatestEnd;

    public ReportingPeriod Period => ReportingPeriod.YearEnding(new LocalDate(EndYear, 3, 31));

    /// <summary>The year as the DfE writes it: <c>2023-24</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{EndYear - 1}-{EndYear % 100:00}");
}
