using System.Globalization;
using System.Text;

namespace ChildrensKpi.Fuzz;

/// <summary>
/// Ways of spoiling a file, at the byte level (truncation, random bytes, invalid UTF-8, BOMs, line endings) and at the
/// level of the table or census (quotes, huge fields, columns duplicated, dropped or reordered, impossible and two-digit
/// and future dates, dates at the ends of the calendar, end before start, overlapping and duplicated rows, deep or
/// enormous XML, rows and element text past the readers' 16 Mi character limit).
/// </summary>
public static class Mutations
{
    private static readonly string[] BadDates =
        ["31/02/2007", "29/02/2007", "01/04/06", "2007-02-30", "12/25/2006", "01/13/2006", "31/12/2099", "2199-01-01", "00/00/0000", "1/1/1", "01/04/1799", "9999-12-31", "01-04-2006", " ", "２００６-０４-０１"];

    /// <summary>
    /// Dates at and beyond the ends of the supported years and of NodaTime's calendar, each way they can be written: the
    /// readers must reject those outside 1800 to 2999 and use the bounds themselves, and nothing may overflow.
    /// </summary>
    private static readonly string[] CalendarEndDates =
        ["01/01/0001", "0001-01-01", "31/12/9999", "9999-12-31", "01/01/1800", "1800-01-01", "31/12/2999", "2999-12-31", "01/01/3000", "31/12/1799", "29/02/2996", "0000-01-01"];

    /// <summary>The readers' row (and XML text) limit: a mutation past it must be refused, located, not thrown.</summary>
    private const int RowLimit = 16 * 1024 * 1024;

    private static readonly Func<byte[], Random, string, (byte[] Bytes, string Name)>[] All =
    [
        Truncate, RandomBytes, InvalidUtf8, Bom, LineEndings, UnbalancedQuote, HugeField, DuplicateColumn, DropColumn,
        ReorderColumns, ImpossibleDate, EndBeforeStart, OverlappingRow, DuplicateRow, DeepXml, EnormousXml, Emptied,
        ExtraCells, SwapCells, ControlCharacters, CalendarEndDate, OverLongRow,
    ];

    /// <summary>Applies one mutation chosen by <paramref name="random"/>; returns the spoilt bytes and the mutation's name.</summary>
    public static (byte[] Bytes, string Name) Apply(byte[] bytes, Random random, string fileName) =>
        All[random.Next(All.Length)](bytes, random, fileName);

    private static (byte[], string) Truncate(byte[] bytes, Random random, string _) =>
        (bytes[..random.Next(0, bytes.Length + 1)], "truncate");

    private static (byte[], string) RandomBytes(byte[] bytes, Random random, string _)
    {
        var copy = (byte[])bytes.Clone();
        for (int i = random.Next(1, 8); i > 0 && copy.Length > 0; i--)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }
        return (copy, "random bytes");
    }

    private static (byte[], string) InvalidUtf8(byte[] bytes, Random random, string _)
    {
        byte[][] bad = [[0xC3, 0x28], [0xFF], [0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0xC0, 0xAF]];
        return (Insert(bytes, random.Next(bytes.Length + 1), bad[random.Next(bad.Length)]), "invalid UTF-8");
    }

    private static (byte[], string) Bom(byte[] bytes, Random random, string _)
    {
        byte[][] boms = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]];
        int at = random.Next(3) == 0 ? random.Next(bytes.Length + 1) : 0;
        return (Insert(bytes, at, boms[random.Next(boms.Length)]), "BOM");
    }

    private static (byte[], string) LineEndings(byte[] bytes, Random random, string _)
    {
        var text = Text(bytes);
        var builder = new StringBuilder(text.Length + 64);
        foreach (char c in text)
        {
            builder.Append(c == '\n' ? random.Next(3) switch { 0 => "\r\n", 1 => "\r", _ => "\n" } : c.ToString());
        }
        return (Bytes(builder.ToString()), "mixed CRLF/CR/LF");
    }

    private static (byte[], string) UnbalancedQuote(byte[] bytes, Random random, string _)
    {
        var text = Text(bytes);
        int at = random.Next(text.Length + 1);
        return (Bytes(text.Insert(at, random.Next(2) == 0 ? "\"" : "\"a\"b\"")), "unbalanced quote");
    }

    private static (byte[], string) HugeField(byte[] bytes, Random random, string _)
    {
        var text = Text(bytes);
        int at = Boundary(text, random);
        int length = random.Next(20) == 0 ? 1_000_000 : random.Next(1_000, 70_000);
        var filler = random.Next(2) == 0 ? new string('x', length) : "\"" + new string(',', length / 2) + "\n" + new string('y', length / 2) + "\"";
        return (Bytes(text.Insert(at, filler)), "huge field");
    }

    private static (byte[], string) DuplicateColumn(byte[] bytes, Random random, string _) =>
        EditColumns(bytes, random, "duplicate column", (cells, col) => [.. cells, cells[col]]);

    private static (byte[], string) DropColumn(byte[] bytes, Random random, string _) =>
        EditColumns(bytes, random, "missing column", (cells, col) => [.. cells.Where((_, i) => i != col)]);

    private static (byte[], string) ReorderColumns(byte[] bytes, Random random, string _)
    {
        var lines = Lines(bytes);
        int width = lines.Count == 0 ? 0 : lines[0].Split(',').Length;
        var order = Enumerable.Range(0, width).OrderBy(_ => random.Next()).ToArray();
        return (Join(lines.Select(l => l.Split(',')).Select(c => string.Join(",", order.Select(i => i < c.Length ? c[i] : "")))), "reordered columns");
    }

    private static (byte[], string) ImpossibleDate(byte[] bytes, Random random, string _) =>
        ReplaceDate(bytes, random, BadDates, "impossible date");

    private static (byte[], string) CalendarEndDate(byte[] bytes, Random random, string _) =>
        ReplaceDate(bytes, random, CalendarEndDates, "calendar-end date");

    /// <summary>Replaces one date of the file, chosen at random, with one of <paramref name="dates"/>; the name says which.</summary>
    private static (byte[], string) ReplaceDate(byte[] bytes, Random random, string[] dates, string name)
    {
        var text = Text(bytes);
        var matches = System.Text.RegularExpressions.Regex.Matches(text, @"[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{2}/[0-9]{2}/[0-9]{4}");
        if (matches.Count == 0)
        {
            return (bytes, $"{name} (none to spoil)");
        }
        var m = matches[random.Next(matches.Count)];
        string date = dates[random.Next(dates.Length)];
        return (Bytes(text[..m.Index] + date + text[(m.Index + m.Length)..]), $"{name} {date}");
    }

    /// <summary>
    /// Past the readers' 16 Mi character limit at a cell or element boundary: a long cell, an unclosed quote followed by
    /// a long run of newlines, or NULs. Costly (tens of megabytes), so it goes over the limit only one time in eight and
    /// otherwise leaves the file alone, saying so.
    /// </summary>
    private static (byte[], string) OverLongRow(byte[] bytes, Random random, string _)
    {
        if (random.Next(8) != 0)
        {
            return (bytes, "over-long row (not this time)");
        }
        var text = Text(bytes);
        int at = Boundary(text, random);
        var (filler, opener, name) = random.Next(3) switch
        {
            0 => ((byte)'x', "", "over-long row"),
            1 => ((byte)'\n', "\"", "unclosed quote then 16 MiB of newlines"),
            _ => ((byte)0, "", "16 MiB of NULs"),
        };
        byte[] head = Bytes(text[..at] + opener), tail = Bytes(text[at..]);
        int length = RowLimit + random.Next(1, 1 << 20);
        var spoilt = new byte[head.Length + length + tail.Length];
        head.CopyTo(spoilt, 0);
        spoilt.AsSpan(head.Length, length).Fill(filler);
        tail.CopyTo(spoilt, head.Length + length);
        return (spoilt, name);
    }

    /// <summary>Swaps two dates of one row or element run, so that an end comes before its start.</summary>
    private static (byte[], string) EndBeforeStart(byte[] bytes, Random random, string _)
    {
        var text = Text(bytes);
        var matches = System.Text.RegularExpressions.Regex.Matches(text, @"[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{2}/[0-9]{2}/[0-9]{4}");
        if (matches.Count < 2)
        {
            return (bytes, "end before start (no pair)");
        }
        int i = random.Next(matches.Count - 1);
        var (a, b) = (matches[i], matches[i + 1]);
        return (Bytes(text[..a.Index] + b.Value + text[(a.Index + a.Length)..b.Index] + a.Value + text[(b.Index + b.Length)..]), "end before start");
    }

    /// <summary>Copies a data row with its first date moved a few days, so that it overlaps its neighbour.</summary>
    private static (byte[], string) OverlappingRow(byte[] bytes, Random random, string _)
    {
        var lines = Lines(bytes);
        if (lines.Count < 2)
        {
            return (bytes, "overlapping row (none)");
        }
        int row = random.Next(1, lines.Count);
        var shifted = System.Text.RegularExpressions.Regex.Replace(lines[row], @"([0-9]{4})-([0-9]{2})-([0-9]{2})|([0-9]{2})/([0-9]{2})/([0-9]{4})", m =>
        {
            bool iso = m.Groups[1].Success;
            int y = int.Parse(iso ? m.Groups[1].Value : m.Groups[6].Value, CultureInfo.InvariantCulture);
            int mo = int.Parse(iso ? m.Groups[2].Value : m.Groups[5].Value, CultureInfo.InvariantCulture);
            int d = int.Parse(iso ? m.Groups[3].Value : m.Groups[4].Value, CultureInfo.InvariantCulture);
            if (mo is < 1 or > 12 || d < 1 || d > 28 || y is < 1 or > 9990)
            {
                return m.Value;
            }
            var date = new LocalDate(y, mo, d).PlusDays(random.Next(-20, 20));
            return iso ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        }, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(5));
        lines.Insert(random.Next(1, lines.Count + 1), shifted);
        return (Join(lines), "overlapping row");
    }

    private static (byte[], string) DuplicateRow(byte[] bytes, Random random, string _)
    {
        var lines = Lines(bytes);
        if (lines.Count == 0)
        {
            return (bytes, "duplicate row (none)");
        }
        lines.Insert(random.Next(lines.Count + 1), lines[random.Next(lines.Count)]);
        return (Join(lines), "duplicated row");
    }

    private static (byte[], string) DeepXml(byte[] bytes, Random random, string _)
    {
        var text = Text(bytes);
        int depth = random.Next(2) == 0 ? random.Next(10, 200) : random.Next(1_000, 20_000);
        string nested = string.Concat(Enumerable.Repeat("<N>", depth)) + "x" + string.Concat(Enumerable.Repeat("</N>", depth));
        int at = text.IndexOf("</Child>", StringComparison.Ordinal);
        at = at < 0 ? Boundary(text, random) : at;
        return (Bytes(text.Insert(at, nested)), "deeply nested XML");
    }

    private static (byte[], string) EnormousXml(byte[] bytes, Random random, string _)
    {
        var text = Text(bytes);
        int start = text.IndexOf("<Child>", StringComparison.Ordinal), end = text.IndexOf("</Child>", StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            // Not XML: an entity-expansion attempt in front, which must be refused, not expanded.
            return (Bytes("<?xml version=\"1.0\"?><!DOCTYPE Message [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n" + text), "entity expansion");
        }
        string child = text[start..(end + "</Child>".Length)];
        // At most 32 Mi characters of copies: a child an earlier mutation made huge (a deep nesting, a long text) would
        // otherwise overflow the capacity and the memory of the harness, not test the reader.
        int copies = Math.Min(random.Next(100, 1000), Math.Max(1, (32 << 20) / child.Length));
        var many = new StringBuilder(text.Length + (child.Length * (copies + 1)));
        many.Append(text, 0, start);
        for (int i = copies; i > 0; i--)
        {
            many.Append(child).Append('\n');
        }
        many.Append(text, start, text.Length - start);
        return (Bytes(many.ToString()), "enormous XML");
    }

    private static (byte[], string) Emptied(byte[] bytes, Random random, string _)
    {
        var lines = Lines(bytes);
        return random.Next(3) switch
        {
            0 => ([], "empty file"),
            1 => (Join(lines.Take(1)), "header only"),
            _ => (Bytes("\n\n,,,\n \n"), "blank lines"),
        };
    }

    private static (byte[], string) ExtraCells(byte[] bytes, Random random, string _)
    {
        var lines = Lines(bytes);
        if (lines.Count < 2)
        {
            return (bytes, "extra cells (none)");
        }
        int row = random.Next(1, lines.Count);
        lines[row] += random.Next(2) == 0 ? ",surplus" : ",,,";
        return (Join(lines), "extra cells");
    }

    private static (byte[], string) SwapCells(byte[] bytes, Random random, string _)
    {
        var lines = Lines(bytes);
        if (lines.Count < 2)
        {
            return (bytes, "swapped cells (none)");
        }
        int row = random.Next(1, lines.Count);
        var cells = lines[row].Split(',');
        int a = random.Next(cells.Length), b = random.Next(cells.Length);
        (cells[a], cells[b]) = (cells[b], cells[a]);
        lines[row] = string.Join(",", cells);
        return (Join(lines), "swapped cells");
    }

    private static (byte[], string) ControlCharacters(byte[] bytes, Random random, string _)
    {
        var text = Text(bytes);
        string[] junk = ["\0", "\u001b[31m", "\t", "\u2028", "\uFEFF", "=HYPERLINK(\"http://x\")", "&amp;", "<![CDATA[x]]>", "\uD800", "&#0;", "&#xD800;"];
        return (Bytes(text.Insert(random.Next(text.Length + 1), junk[random.Next(junk.Length)])), "control characters");
    }

    private static (byte[], string) EditColumns(byte[] bytes, Random random, string name, Func<string[], int, string[]> edit)
    {
        var lines = Lines(bytes);
        if (lines.Count == 0)
        {
            return (bytes, name + " (none)");
        }
        int width = lines[0].Split(',').Length;
        int column = random.Next(width);
        // Usually the whole table, sometimes the header only, so that rows and header disagree.
        bool headerOnly = random.Next(4) == 0;
        return (Join(lines.Select((l, i) => headerOnly && i > 0 ? l : string.Join(",", edit(l.Split(','), Math.Min(column, l.Split(',').Length - 1))))), name);
    }

    private static int Boundary(string text, Random random)
    {
        int at = random.Next(text.Length + 1);
        int comma = text.IndexOfAny([',', '>', '\n'], at);
        return comma < 0 ? at : comma + 1;
    }

    private static byte[] Insert(byte[] bytes, int at, byte[] inserted) => [.. bytes[..at], .. inserted, .. bytes[at..]];

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static List<string> Lines(byte[] bytes) => [.. Text(bytes).Split('\n').Where((l, i) => l.Length > 0 || i == 0)];

    private static byte[] Join(IEnumerable<string> lines) => Bytes(string.Join("\n", lines) + "\n");
}
