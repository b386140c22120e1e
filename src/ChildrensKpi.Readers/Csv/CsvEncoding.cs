using System.Text;
using System.Text.Unicode;

namespace ChildrensKpi.Readers;

/// <summary>
/// The text encoding of a CSV file, from its first bytes: UTF-8, UTF-8 with a byte order mark, UTF-16 little- or
/// big-endian with or without a byte order mark, or windows-1252.
/// </summary>
/// <remarks>
/// <para>A byte order mark decides (EF BB BF UTF-8, FF FE UTF-16 LE, FE FF UTF-16 BE). Without one, the file is UTF-8
/// when its first <see cref="SniffBytes"/> bytes (1 MiB) are valid UTF-8, and windows-1252 when they are not: ASCII is
/// the same in both, and a £ or é saved by Excel's "CSV (Comma delimited)" on Windows is a lone byte (A3, E9) that is
/// never valid UTF-8, while real UTF-8 text almost never reads as windows-1252 by chance. A windows-1252 character
/// first met after the first MiB of an otherwise ASCII file is read as UTF-8's replacement character; no column an
/// indicator uses holds anything but ASCII, so only a text value (a postcode, a name) can be affected.</para>
/// <para>UTF-16 without a byte order mark (as some export tools write it) is told by its NUL bytes: CSV text is never
/// NUL in UTF-8 or windows-1252, while every ASCII character of a header is a NUL byte beside its code in UTF-16, the
/// NUL second (little-endian) or first (big-endian). The first <see cref="NulSampleBytes"/> bytes are UTF-16 when more
/// than half their characters have the NUL on one side and fewer than a tenth as many on the other (a character such as
/// U+0100 has its NUL on the other side).</para>
/// <para>Line ends (CRLF or LF) are the CSV parser's concern: both are read.</para>
/// </remarks>
internal static class CsvEncoding
{
    /// <summary>How much of the file is looked at to tell UTF-8 from windows-1252: 1 MiB.</summary>
    public const int SniffBytes = 1 << 20;

    /// <summary>How much of the file is looked at for the NUL bytes of UTF-16 without a byte order mark.</summary>
    public const int NulSampleBytes = 1024;

    private static readonly Encoding Utf8NoMark = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>windows-1252, the code page of Excel's CSV export on English Windows.</summary>
    public static Encoding Windows1252 { get; } = CodePage(1252);

    // windows-1252 is a code page .NET knows only once the provider is registered (before the property above is set).
    private static Encoding CodePage(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    /// <summary>The encoding of text starting with <paramref name="start"/>; <paramref name="complete"/> when that is the whole file.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> start, bool complete)
    {
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8NoMark;
        }
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode;
        }
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode;
        }
        return Utf16WithoutMark(start) ?? (Utf8.IsValid(complete ? start : WholeCharacters(start)) ? Utf8NoMark : Windows1252);
    }

    /// <summary>UTF-16 little- or big-endian when the NUL bytes of <paramref name="start"/> say so (see <see cref="CsvEncoding"/>); else null.</summary>
    private static Encoding? Utf16WithoutMark(ReadOnlySpan<byte> start)
    {
        var sample = start[..(Math.Min(start.Length, NulSampleBytes) & ~1)];
        int characters = sample.Length / 2, nulFirst = 0, nulSecond = 0;
        for (int i = 0; i < sample.Length; i += 2)
        {
            nulFirst += sample[i] == 0 ? 1 : 0;
            nulSecond += sample[i + 1] == 0 ? 1 : 0;
        }
        return nulSecond * 2 > characters && nulFirst * 10 < nulSecond ? Encoding.Unicode
            : nulFirst * 2 > characters && nulSecond * 10 < nulFirst ? Encoding.BigEndianUnicode
            : null;
    }

    /// <summary>
    /// A reader of <paramref name="stream"/>'s text in its encoding (<see cref="Detect"/>), the byte order mark skipped.
    /// The reader owns the stream.
    /// </summary>
    public static TextReader Reader(Stream stream)
    {
        var start = System.Buffers.ArrayPool<byte>.Shared.Rent(SniffBytes);
        int read = stream.ReadAtLeast(start.AsSpan(0, SniffBytes), SniffBytes, throwOnEndOfStream: false);
        var encoding = Detect(start.AsSpan(0, read), complete: read < SniffBytes);
        return new StreamReader(new PrefixedStream(start, read, stream), encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    /// <summary>The bytes up to the start of the last character, which the sample may have cut in two.</summary>
    private static ReadOnlySpan<byte> WholeCharacters(ReadOnlySpan<byte> sample)
    {
        for (int back = 1; back <= Math.Min(4, sample.Length); back++)
        {
            // A byte that is not a continuation (10xxxxxx) starts a character.
            if ((sample[^back] & 0xC0) != 0x80)
            {
                return sample[..^back];
            }
        }
        return sample;
    }
}
