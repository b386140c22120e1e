using System.Text.RegularExpressions;
using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>
/// A census date as returns write it: the date of <see cref="CellParser.ReadDate"/>, optionally followed by a time
/// (<c>2019-05-19 00:00:00</c>, <c>2019-05-19T10:30</c>, <c>19/05/2019 00:00</c>, as spreadsheets and databases export
/// it) and, for ISO dates, a time zone (<c>2024-06-01Z</c>, <c>2024-06-01+01:00</c>, which the XSD's <c>xs:date</c>
/// allows). The day is the date as written: a census date is a day, so neither the time nor the zone moves it.
/// </summary>
internal static partial class CinDate
{
    public static DateCell Read(string? text, out LocalDate date)
    {
        date = default;
        if (text is null)
        {
            return DateCell.Invalid;
        }
        var cell = text.AsSpan();
        var read = CellParser.ReadDate(cell, out date);
        if (read != DateCell.Invalid)
        {
            return read;
        }
        // Split off what follows the date: at 10 characters for ISO, at the first space or T for dd/mm/yyyy.
        bool iso = cell.Length > 10 && cell[4] == '-' && cell[7] == '-';
        int end = iso ? 10 : cell.IndexOfAny(' ', 'T');
        if (end <= 0 || !Suffix().IsMatch(cell[end..]) || (!iso && cell[end..].IndexOfAny('Z', '+') >= 0))
        {
            return DateCell.Invalid;
        }
        return CellParser.ReadDate(cell[..end], out date);
    }

    /// <summary>A time (hours 00–23, minutes and seconds 00–59, optional fraction) and/or a zone (Z or ±hh:mm, up to 14 hours).</summary>
    [GeneratedRegex(@"^(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,7})?)?)?(?:Z|[+-](?:0\d|1[0-4]):?[0-5]\d)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Suffix();
}
