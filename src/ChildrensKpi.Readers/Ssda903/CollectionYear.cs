using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>
/// An SSDA903 collection year, written <c>2024-25</c>: the return about 1 April 2024 to 31 March 2025 (inclusive), whose
/// columns and code lists are that year's.
/// </summary>
/// <param name="StartYear">The calendar year of the 1 April the collection year starts on (2024 for 2024-25).</param>
public readonly record struct CollectionYear(int StartYear)
{
    /// <summary>The first day, 1 April of <see cref="StartYear"/>.</summary>
    public LocalDate Start => new(StartYear, 4, 1);

    /// <summary>The last day, 31 March of the next calendar year (inclusive).</summary>
    public LocalDate End => new(StartYear + 1, 3, 31);

    /// <summary>The collection year <paramref name="date"/> falls in (1 April to 31 March).</summary>
    public static CollectionYear Containing(LocalDate date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    /// <summary>Reads <c>2024-25</c> (or <c>2024_25</c>): two consecutive years, the second as two digits.</summary>
    /// <exception cref="FormatException"><paramref name="text"/> is not of that form.</exception>
    public static CollectionYear Parse(string text) =>
        TryParse(text, out var year) ? year : throw new FormatException($"'{text}' is not a collection year: write it as 2024-25.");

    /// <summary>Reads <c>2024-25</c> (or <c>2024_25</c>); false when <paramref name="text"/> is not of that form.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CollectionYear year)
    {
        year = default;
        var span = text.AsSpan().Trim();
        if (span.Length != 7 || span[4] is not ('-' or '_')
            || !int.TryParse(span[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int start)
            || !int.TryParse(span[5..], NumberStyles.None, CultureInfo.InvariantCulture, out int next)
            || (start + 1) % 100 != next || start < 1800)
        {
            return false;
        }
        year = new CollectionYear(start);
        return true;
    }

    /// <summary>The year as councils write it, e.g. <c>2024-25</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{StartYear}-{(StartYear + 1) % 100:00}");
}
