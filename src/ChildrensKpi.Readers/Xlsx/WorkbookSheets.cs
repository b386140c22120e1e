using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>
/// Takes the sheets out of an Excel workbook (<c>.xlsx</c>), one <see cref="TablePart"/> per sheet holding rows, each then
/// recognised by its header row as a CSV file is and read through the same sinks.
/// </summary>
/// <remarks>
/// <para>Read with the Open XML SDK (DocumentFormat.OpenXml, MIT, Microsoft's), row by row through its SAX reader, so that
/// a sheet is never held whole. A sheet's header is its first row with a value; columns end at the header's last value,
/// so blank trailing columns are not columns, and a value written past them rejects its row as a CSV row with too many
/// cells is. Rows without a value (blank or merely formatted, often thousands below the data) are not rows. A cell is its
/// text: a shared or inline string as written; a number in a date-formatted cell (a built-in date format, or a custom one
/// with a day or year) is the date it stands for, as <c>dd/mm/yyyy</c> (serial 1 is 1 January 1900, or 2 January 1904 in a
/// workbook on the 1904 system; a time of day is dropped); a whole number without its <c>.0</c>; any other number, a
/// boolean (1 or 0) or an error (<c>#N/A</c>) as stored. Cells the file leaves out are empty: each cell's reference
/// (<c>C7</c>) gives its column. Rejections name the sheet and cell (<c>Episodes!C7</c>) and the sheet's row as the line.</para>
/// <para>A file that is not a readable workbook, or has no sheet with a value, is refused (accounted as unrecognised with
/// the reason), never the whole read.</para>
/// </remarks>
internal static class WorkbookSheets
{
    // The built-in number formats that show a date (ECMA-376 part 1, 18.8.30, with the East Asian ones).
    private static readonly NumberFormatRange[] BuiltInDates = [new(14, 22), new(27, 36), new(45, 47), new(50, 58)];

    private readonly record struct NumberFormatRange(uint From, uint To);

    /// <summary>Takes the sheets out of <paramref name="file"/>; refused when it is not a workbook with rows.</summary>
    /// <exception cref="InputFileException">The file cannot be opened.</exception>
    public static FormRead Read(InputFile file)
    {
        Stream stream;
        try
        {
            stream = file.Open();
            if (!stream.CanSeek)
            {
                // A zip is read from its end: an upload's stream is copied first.
                var copy = new MemoryStream();
                using (stream)
                {
                    stream.CopyTo(copy);
                }
                copy.Position = 0;
                stream = copy;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(file.Name, $"Cannot read '{file.Name}': {e.Message}", e);
        }
        using (stream)
        {
            try
            {
                using var document = SpreadsheetDocument.Open(stream, isEditable: false);
                return Sheets(file, document);
            }
            catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException
                or InvalidOperationException or FormatException or OverflowException or KeyNotFoundException or ArgumentException)
            {
                return FormRead.Refused($"not a readable Excel workbook: {e.Message}", 1);
            }
        }
    }

    private static FormRead Sheets(InputFile file, SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("the package has no workbook");
        var strings = SharedStrings(workbook);
        var dateStyles = DateStyles(workbook);
        bool date1904 = workbook.Workbook?.WorkbookProperties?.Date1904?.Value == true;
        var epoch = date1904 ? new LocalDate(1904, 1, 1) : new LocalDate(1899, 12, 30);
        var parts = ImmutableArray.CreateBuilder<TablePart>();
        foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart worksheet)
            {
                continue; // a chart sheet holds no rows
            }
            var cells = new CellText(strings, dateStyles, epoch);
            if (ReadSheet(file, sheet.Name?.Value ?? id, worksheet, cells) is { } part)
            {
                parts.Add(part);
            }
        }
        return parts.Count == 0 ? FormRead.Refused("an Excel workbook with no sheet holding a value", 1) : new FormRead(parts.ToImmutable(), [], null, 0);
    }

    private static TablePart? ReadSheet(InputFile file, string sheetName, WorksheetPart worksheet, CellText cells)
    {
        TablePartText? text = null;
        SheetOrigins? origins = null;
        int width = 0;
        uint rowNumber = 0;
        using var reader = OpenXmlReader.Create(worksheet);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }
            var row = (Row)reader.LoadCurrentElement()!;
            rowNumber = row.RowIndex?.Value ?? rowNumber + 1;
            var values = Values(row, cells);
            if (values.Count == 0)
            {
                continue;
            }
            if (text is null)
            {
                width = values.Count;
                string[] header = [.. values.Select(v => v ?? "")];
                text = new TablePartText(header);
                origins = new SheetOrigins(sheetName, rowNumber, header);
                continue;
            }
            origins!.Add(text.Add(values.Count >= width ? values : [.. values, .. new string?[width - values.Count]]), rowNumber);
        }
        return text is null ? null : new TablePart(text.ToFile($"{file.Name} (sheet {sheetName})"), file.Name, origins!);
    }

    /// <summary>The row's values by column, up to its last value; empty when it has none.</summary>
    private static List<string?> Values(Row row, CellText cells)
    {
        var values = new List<string?>();
        int column = -1, last = -1;
        foreach (var cell in row.Elements<Cell>())
        {
            column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : column + 1;
            string? value = cells.Text(cell);
            if (column < values.Count)
            {
                values[column] = value; // a cell written twice: the later wins, as Excel reads it
            }
            else
            {
                while (values.Count < column)
                {
                    values.Add(null);
                }
                values.Add(value);
            }
            if (!string.IsNullOrWhiteSpace(value))
            {
                last = Math.Max(last, column);
            }
        }
        values.RemoveRange(last + 1, values.Count - last - 1);
        return values;
    }

    /// <summary>The 0-based column of a cell reference (<c>C7</c> is 2).</summary>
    internal static int ColumnIndex(string reference)
    {
        int index = 0, i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            index = checked((index * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1));
        }
        // Excel's last column is XFD (16,384): a reference past it is not a cell.
        return i == 0 || index > 16_384 ? throw new FormatException($"'{reference}' is not a cell reference") : index - 1;
    }

    /// <summary>The letters of a 0-based column (2 is <c>C</c>).</summary>
    internal static string ColumnLetters(int index)
    {
        var letters = new System.Text.StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((n - 1) % 26)));
        }
        return letters.ToString();
    }

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var table = workbook.SharedStringTablePart?.SharedStringTable;
        if (table is null)
        {
            return [];
        }
        // A rich-text item is its runs' text; phonetic guides (rPh) are not part of the value.
        return [.. table.Elements<SharedStringItem>().Select(item => item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text)))];
    }

    /// <summary>For each cell style (by index), whether its number format shows a date.</summary>
    private static bool[] DateStyles(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is not { } formats)
        {
            return [];
        }
        var custom = (stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? "");
        return [.. formats.Elements<CellFormat>().Select(f => f.NumberFormatId?.Value is { } id && IsDateFormat(id, custom))];
    }

    private static bool IsDateFormat(uint id, Dictionary<uint, string> custom)
    {
        if (custom.TryGetValue(id, out var code))
        {
            return IsDateCode(code);
        }
        return BuiltInDates.Any(r => id >= r.From && id <= r.To);
    }

    /// <summary>A format code that shows a day or a year (a time of day alone, <c>h:mm</c>, is not a date).</summary>
    internal static bool IsDateCode(string code)
    {
        bool quoted = false, bracketed = false;
        for (int i = 0; i < code.Length; i++)
        {
            char c = code[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (quoted)
            {
                continue;
            }
            else if (c == '\\')
            {
                i++; // an escaped character is shown as itself
            }
            else if (c == '[')
            {
                bracketed = true; // a colour or a locale: [Red], [$-809]
            }
            else if (c == ']')
            {
                bracketed = false;
            }
            else if (!bracketed && (c is 'd' or 'D' or 'y' or 'Y'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A cell's value as text, as <see cref="WorkbookSheets"/> says.</summary>
    private sealed class CellText(List<string> strings, bool[] dateStyles, LocalDate epoch)
    {
        // The most characters Excel puts in a cell.
        private const int MaxCellChars = 32_767;

        // The last day Excel shows, 31 December 9999 (serial 2,958,465).
        private const double LastSerial = 2_958_465;

        public string? Text(Cell cell)
        {
            var text = Value(cell);
            // Past Excel's own limit no application wrote the cell: the file is refused, not read into memory row by row.
            return text is { Length: > MaxCellChars }
                ? throw new InvalidDataException($"cell {cell.CellReference?.Value} holds {text.Length:N0} characters, past Excel's {MaxCellChars:N0}")
                : text;
        }

        private string? Value(Cell cell)
        {
            var type = cell.DataType?.Value;
            if (type == CellValues.InlineString)
            {
                var inline = cell.InlineString;
                return inline is null ? null : inline.Text?.Text ?? string.Concat(inline.Elements<Run>().Select(r => r.Text?.Text));
            }
            string? raw = cell.CellValue?.Text;
            if (raw is null)
            {
                return null;
            }
            if (type == CellValues.SharedString)
            {
                return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out int at) && at < strings.Count
                    ? strings[at]
                    : throw new InvalidDataException($"cell {cell.CellReference?.Value} points at shared string {raw}, which the workbook does not have");
            }
            if (type is not null && type != CellValues.Number)
            {
                return raw; // a boolean, an error, a formula's text
            }
            if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out double number))
            {
                return raw;
            }
            uint style = cell.StyleIndex?.Value ?? 0;
            if (style < dateStyles.Length && dateStyles[style] && number >= 1 && number <= LastSerial)
            {
                return epoch.PlusDays((int)Math.Floor(number)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            }
            // An id typed as a number is stored as one (566910): written back without an exponent or a .0.
            return number == Math.Floor(number) && Math.Abs(number) < 1e15
                ? ((long)number).ToString(CultureInfo.InvariantCulture)
                : raw;
        }
    }

    /// <summary>Each CSV line's sheet row, and each column's letter, to name a rejected value's cell.</summary>
    private sealed class SheetOrigins : IPartOrigins
    {
        private readonly string _sheet;
        private readonly uint _headerRow;
        private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<long, uint> _rows = [];

        public SheetOrigins(string sheet, uint headerRow, string[] header)
        {
            _sheet = sheet.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '_') ? $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'" : sheet;
            _headerRow = headerRow;
            for (int i = 0; i < header.Length; i++)
            {
                _columns.TryAdd(header[i].Trim(), i);
            }
        }

        public void Add(long csvLine, uint row) => _rows[csvLine] = row;

        public long Line(long line) => _rows.TryGetValue(line, out var row) ? row : _headerRow;

        public string Row(long line) => $"sheet {_sheet}";

        public string Column(long line, string column)
        {
            long row = Line(line);
            return _columns.TryGetValue(column, out int i) || CsvFileReader.TryPosition(column, out i)
                ? $"{_sheet}!{ColumnLetters(i)}{row}"
                : $"{_sheet}!{column}";
        }
    }
}
