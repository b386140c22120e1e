using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>Parses cells from spans without allocating. Never guesses: <c>mm/dd</c> and two-digit years are not dates.</summary>
internal static class CellParser
{
    public const string DateFormats = "dd/mm/yyyy or yyyy-mm-dd";

    private static readonly System.Buffers.SearchValues<char> AmountChars = System.Buffers.SearchValues.Create("0123456789.");

    /// <summary>
    /// A date written <c>dd/mm/yyyy</c> (day and month may have one digit) or ISO <c>yyyy-mm-dd</c>, in
    /// <see cref="SupportedDates"/> (a well-formed date outside them is <see cref="DateCell.OutOfRange"/>).
    /// </summary>
    public static DateCell ReadDate(ReadOnlySpan<char> cell, out LocalDate date)
    {
        var read = ReadYearMonthDay(cell, out int year, out int month, out int day);
        date = read == DateCell.Valid ? new LocalDate(year, month, day) : default;
        return read;
    }

    /// <summary><see cref="ReadDate"/> as a day number (<see cref="DateOnly.DayNumber"/>), for rows read straight into columns.</summary>
    public static DateCell ReadDayNumber(ReadOnlySpan<char> cell, out int dayNumber)
    {
        var read = ReadYearMonthDay(cell, out int year, out int month, out int day);
        dayNumber = read == DateCell.Valid ? new DateOnly(year, month, day).DayNumber : 0;
        return read;
    }

    private static DateCell ReadYearMonthDay(ReadOnlySpan<char> cell, out int year, out int month, out int day)
    {
        if (cell.Length == 10 && cell[4] == '-' && cell[7] == '-')
        {
            if (!TryDigits(cell[..4], out year) | !TryDigits(cell.Slice(5, 2), out month) | !TryDigits(cell.Slice(8, 2), out day))
            {
                return DateCell.Invalid;
            }
        }
        else
        {
            day = month = year = 0;
            int first = cell.IndexOf('/');
            int second = first < 0 ? -1 : cell[(first + 1)..].IndexOf('/') + first + 1;
            if (first is < 1 or > 2 || second - first is < 2 or > 3 || cell.Length - second != 5
                || !TryDigits(cell[..first], out day) || !TryDigits(cell[(first + 1)..second], out month) || !TryDigits(cell[(second + 1)..], out year))
            {
                return DateCell.Invalid;
            }
        }
        // Year 0 is no date in the Gregorian calendar as written in a return (and DateOnly has no year 0).
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return DateCell.Invalid;
        }
        return SupportedDates.ContainsYear(year) ? DateCell.Valid : DateCell.OutOfRange;
    }

    /// <summary>A whole number of up to 9 digits, written in ASCII digits only (no sign, no separators).</summary>
    public static bool TryDigits(ReadOnlySpan<char> cell, out int value)
    {
        bool parsed = cell.Length <= 9 & TryCount(cell, out long count);
        value = parsed ? (int)count : 0;
        return parsed;
    }

    /// <summary>A non-negative whole number of up to 18 digits.</summary>
    public static bool TryCount(ReadOnlySpan<char> cell, out long value)
    {
        value = 0;
        if (cell.IsEmpty || cell.Length > 18)
        {
            return false;
        }
        foreach (char c in cell)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }

    /// <summary>A non-negative decimal written with ASCII digits and at most one decimal point (<c>30.4</c>, <c>125000</c>): no sign, no thousands separators, no currency.</summary>
    public static bool TryAmount(ReadOnlySpan<char> cell, out decimal value)
    {
        value = 0;
        if (cell.IsEmpty || cell.Length > 20 || cell.IndexOfAnyExcept(AmountChars) >= 0 || cell.Count('.') > 1 || cell is ".")
        {
            return false;
        }
        return decimal.TryParse(cell, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out value);
    }
}
