using System.Globalization;
using nietras.SeparatedValues;

namespace ChildrensKpi.Readers;

/// <summary>
/// Moves a Sep reader through its rows, turning its refusal of an over-long row into an <see cref="InputFileException"/>
/// that names the file, the line where the row starts and the limit.
/// </summary>
/// <remarks>
/// Sep holds a whole row in one buffer and will not grow it past <see cref="MaxRowChars"/>. Past that it cannot
/// resynchronise (the row may be an unclosed quote that runs to the end of the file, or a device such as
/// <c>/dev/zero</c> that never ends), so the file is refused rather than the row rejected: no later line of it could be
/// trusted to start a row.
/// </remarks>
internal static class SepRows
{
    /// <summary>The longest row read, in characters: Sep's own limit, 16 Mi (16,777,216).</summary>
    public const int MaxRowChars = 16 * 1024 * 1024;

    /// <summary>Creates the reader, which reads the first block of the file (and, with a header, its first row).</summary>
    /// <exception cref="InputFileException">The first row is longer than <see cref="MaxRowChars"/>.</exception>
    public static SepReader Open(Func<SepReader> open, string file)
    {
        try
        {
            return open();
        }
        catch (NotSupportedException e)
        {
            throw TooLong(file, 1, e);
        }
    }

    /// <summary>
    /// Moves to the next row; <paramref name="nextLine"/> is the line the row starts on, advanced past it.
    /// </summary>
    /// <exception cref="InputFileException">The row is longer than <see cref="MaxRowChars"/>.</exception>
    public static bool MoveNext(SepReader reader, string file, ref long nextLine)
    {
        bool moved;
        try
        {
            moved = reader.MoveNext();
        }
        catch (NotSupportedException e)
        {
            throw TooLong(file, nextLine, e);
        }
        if (moved)
        {
            nextLine = reader.Current.LineNumberToExcl;
        }
        return moved;
    }

    private static InputFileException TooLong(string file, long line, NotSupportedException e) =>
        new(file, string.Create(CultureInfo.InvariantCulture,
            $"{file} line {line}: the row starting here is longer than {MaxRowChars:N0} characters (16 MiB), the longest row ChildrensKpi reads " +
            $"(an unclosed quote makes the rest of a file one row; a device such as /dev/zero never ends); the file is not read."), e);
}
