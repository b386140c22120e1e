using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChildrensKpi.Excel;

/// <summary>
/// Writes sheets as one Excel workbook (Office Open XML, <c>.xlsx</c>) with Microsoft's Open XML SDK: each sheet streamed
/// row by row (<see cref="OpenXmlWriter"/>), its header row frozen and filtered, its columns at their widths. Every text
/// is an inline string and no cell has a formula, so nothing in the workbook runs when it is opened.
/// </summary>
public static class WorkbookWriter
{
    // Excel's limits: a cell holds at most 32,767 characters; a sheet has at most 1,048,576 rows.
    private const int MaxCellText = 32_767;
    private const int MaxRows = 1_048_576;

    /// <summary>Writes <paramref name="sheets"/>, in order, as a workbook into <paramref name="stream"/> (left open).</summary>
    /// <exception cref="ArgumentException">There is no sheet, two sheets share a name (Excel ignores case), or a row has more cells than its sheet has columns.</exception>
    /// <exception cref="InvalidOperationException">A sheet has more rows than Excel can open.</exception>
    public static void Write(Stream stream, IEnumerable<WorkbookSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sheets);
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Create();

        var sheetList = new Sheets();
        var filters = new DefinedNames();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        uint sheetId = 0;
        foreach (var sheet in sheets)
        {
            ArgumentNullException.ThrowIfNull(sheet, nameof(sheets));
            if (!names.Add(sheet.Name))
            {
                throw new ArgumentException($"Two sheets are named '{sheet.Name}'; Excel needs each name once (ignoring case).", nameof(sheets));
            }
            var part = workbookPart.AddNewPart<WorksheetPart>();
            int lastRow = WriteSheet(part, sheet, selected: sheetId == 0);
            sheetList.Append(new Sheet { Name = sheet.Name, SheetId = ++sheetId, Id = workbookPart.GetIdOfPart(part) });
            // The hidden name Excel itself keeps for a sheet's filter range.
            filters.Append(new DefinedName($"{Quoted(sheet.Name)}!$A$1:${ColumnName(sheet.Columns.Length)}${lastRow}")
            {
                Name = "_xlnm._FilterDatabase",
                LocalSheetId = sheetId - 1,
                Hidden = true,
            });
        }
        if (sheetId == 0)
        {
            throw new ArgumentException("A workbook needs at least one sheet.", nameof(sheets));
        }
        workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView()), sheetList, filters);
    }

    /// <summary>Writes one sheet; the number of its last row.</summary>
    private static int WriteSheet(WorksheetPart part, WorkbookSheet sheet, bool selected)
    {
        int columns = sheet.Columns.Length;
        string lastColumn = ColumnName(columns);
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        if (sheet.InternalUse is not null)
        {
            writer.WriteElement(new SheetProperties(new TabColor { Rgb = "FFC00000" }));
        }
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        {
            WorkbookViewId = 0,
            TabSelected = selected,
        }));
        writer.WriteElement(new Columns(sheet.Columns.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })));

        writer.WriteStartElement(new SheetData());
        var names = Enumerable.Range(1, columns).Select(ColumnName).ToArray();
        WriteRow(writer, 1, [.. sheet.Columns.Select(c => WorkbookCell.Header(c.Header))], names);
        int row = 1;
        foreach (var cells in sheet.Rows)
        {
            ArgumentNullException.ThrowIfNull(cells, nameof(sheet));
            if (cells.Count > columns)
            {
                throw new ArgumentException($"Row {row + 1} of sheet '{sheet.Name}' has {cells.Count} cells for {columns} columns.", nameof(sheet));
            }
            if (++row > MaxRows)
            {
                throw new InvalidOperationException($"Sheet '{sheet.Name}' has more than the {MaxRows:N0} rows Excel can open (header included); write CSV or Parquet instead.");
            }
            WriteRow(writer, row, cells, names);
        }
        writer.WriteEndElement();

        writer.WriteElement(new AutoFilter { Reference = $"A1:{lastColumn}{row}" });
        if (sheet.InternalUse is { } warning)
        {
            string header = "&C&\"-,Bold\"" + warning.Replace("&", "&&", StringComparison.Ordinal);
            writer.WriteElement(new HeaderFooter(new OddHeader(header), new OddFooter(header)));
        }
        writer.WriteEndElement();
        return row;
    }

    private static void WriteRow(OpenXmlWriter writer, int row, IReadOnlyList<WorkbookCell> cells, string[] columnNames)
    {
        var element = new Row { RowIndex = (uint)row };
        string number = row.ToString(CultureInfo.InvariantCulture);
        for (int i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (cell.Kind == CellKind.Empty)
            {
                continue;
            }
            var written = new Cell { CellReference = columnNames[i] + number };
            if (cell.Style != CellStyle.General)
            {
                written.StyleIndex = (uint)cell.Style;
            }
            switch (cell.Kind)
            {
                case CellKind.Text:
                    written.DataType = CellValues.InlineString;
                    written.InlineString = new InlineString(new Text(XmlSafe(cell.TextValue!)) { Space = SpaceProcessingModeValues.Preserve });
                    break;
                case CellKind.Boolean:
                    written.DataType = CellValues.Boolean;
                    written.CellValue = new CellValue(cell.NumberValue != 0 ? "1" : "0");
                    break;
                default:
                    written.CellValue = new CellValue(cell.NumberValue.ToString(CultureInfo.InvariantCulture));
                    break;
            }
            element.Append(written);
        }
        writer.WriteElement(element);
    }

    /// <summary>
    /// The text with line ends as Excel's <c>\n</c> (XML would change a lone <c>\r</c> anyway), what XML 1.0 cannot hold
    /// replaced by U+FFFD, and cut to what a cell holds: input files can hold anything.
    /// </summary>
    private static string XmlSafe(string text)
    {
        if (text.Contains('\r', StringComparison.Ordinal))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }
        if (text.Length > MaxCellText)
        {
            text = string.Concat(text.AsSpan(0, MaxCellText - 1), "…");
        }
        if (!text.Any(c => char.IsControl(c) && c is not ('\t' or '\n') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF'))
        {
            return text;
        }
        var safe = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                safe.Append(c).Append(text[++i]);
            }
            else
            {
                safe.Append(char.IsControl(c) && c is not ('\t' or '\n') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' ? '\uFFFD' : c);
            }
        }
        return safe.ToString();
    }

    /// <summary>The letters of column <paramref name="number"/> (1 is A, 27 is AA).</summary>
    internal static string ColumnName(int number)
    {
        var name = new StringBuilder();
        for (; number > 0; number = (number - 1) / 26)
        {
            name.Insert(0, (char)('A' + ((number - 1) % 26)));
        }
        return name.ToString();
    }

    private static string Quoted(string sheetName) => "'" + sheetName.Replace("'", "''", StringComparison.Ordinal) + "'";
}
