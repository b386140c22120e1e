using System.Text;
using NodaTime;

namespace ChildrensKpi.Synthetic;

/// <summary>Writes text files as councils' systems export them: UTF-8 without a byte order mark, <c>\n</c> line ends, fixed formats.</summary>
internal sealed class CsvText : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly StreamWriter _writer;
    private readonly char[] _date = new char[10];

    public CsvText(string path, string header)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _writer = new StreamWriter(path, append: false, Utf8, bufferSize: 1 << 16) { NewLine = "\n" };
        _writer.WriteLine(header);
    }

    public CsvText Text(string? text)
    {
        _writer.Write(text);
        return this;
    }

    public CsvText Comma(string? text = null)
    {
        _writer.Write(',');
        _writer.Write(text);
        return this;
    }

    /// <summary>A date as <c>dd/mm/yyyy</c> (SSDA903 and the flat CIN tables) or, with <paramref name="iso"/>, <c>yyyy-mm-dd</c> (XML).</summary>
    public CsvText Date(LocalDate? date, bool iso = false)
    {
        if (date is { } d)
        {
            _writer.Write(Format(d, iso, _date));
        }
        return this;
    }

    public void EndLine() => _writer.WriteLine();

    public void Dispose() => _writer.Dispose();

    public static ReadOnlySpan<char> Format(LocalDate date, bool iso, char[] buffer)
    {
        if (iso)
        {
            Digits(buffer, 0, date.Year, 4);
            buffer[4] = '-';
            Digits(buffer, 5, date.Month, 2);
            buffer[7] = '-';
            Digits(buffer, 8, date.Day, 2);
        }
        else
        {
            Digits(buffer, 0, date.Day, 2);
            buffer[2] = '/';
            Digits(buffer, 3, date.Month, 2);
            buffer[5] = '/';
            Digits(buffer, 6, date.Year, 4);
        }
        return buffer;
    }

    private static void Digits(char[] buffer, int at, int value, int width)
    {
        for (int i = width - 1; i >= 0; i--, value /= 10)
        {
            buffer[at + i] = (char)('0' + (value % 10));
        }
    }
}
