using ChildrensKpi.Readers;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChildrensKpi.Tests.Readers.Forms;

/// <summary>
/// Hand-made workbooks with what Excel writes: shared and inline strings, numbers, serial dates in a date-formatted cell
/// and dates as text, cells left out, formatted blank rows and columns, a value past the header, a sheet that is no
/// table, an empty sheet, and the 1904 date system.
/// </summary>
public sealed class WorkbookSheetsTests
{
    // Excel's serials for 1 April 2016: =DATE(2016,4,1) is 42461 in the 1900 system; the 1904 system counts 1,462 days
    // fewer (Microsoft, "Differences between the 1900 and the 1904 date system"), 40999.
    private const int April2016 = 42461;
    private const int April2016In1904 = 40999;

    private static Cell Shared(string reference, int index) => new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index) };

    private static Cell Inline(string reference, string text) => new() { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };

    private static Cell Number(string reference, double value, uint style = 0) => new() { CellReference = reference, CellValue = new CellValue(value), StyleIndex = style };

    private static Cell Blank(string reference) => new() { CellReference = reference, StyleIndex = 2 };

    private static InputFile Workbook(string name, bool date1904, params (string Sheet, Row[] Rows)[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new WorkbookProperties { Date1904 = date1904 }, new Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            // Style 1: custom format 164, "dd/mm/yyyy"; style 2: a fill only (a formatted blank cell).
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }),
                new Fonts(new Font()), new Fills(new Fill(), new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }, new CellFormat { FillId = 1 }));
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(new SharedStringItem(new Text("CHILD")), new SharedStringItem(new Text("S")),
                new SharedStringItem(new Run(new Text("C")), new Run(new Text("2"))));
            uint id = 1;
            foreach (var (sheet, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(new SheetData(rows));
                workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet });
            }
        }
        var bytes = stream.ToArray();
        return new InputFile(name, () => new MemoryStream(bytes, writable: false));
    }

    private static Row Row(uint number, params Cell[] cells) => new(cells) { RowIndex = number };

    [Fact]
    public void Read_WorkbookAsExcelWritesIt_ReadsEachCellFormAndLocatesEachRejection()
    {
        var book = Workbook("return_2016-17.xlsx", false,
            ("Eps",
            [
                // The header: a shared string, inline strings, and a formatted blank cell after the last (no column).
                Row(1, Shared("A1", 0), Inline("B1", "DECOM"), Inline("C1", "RNE"), Inline("D1", "LS"), Inline("E1", "PLACE"), Inline("F1", "DEC"), Inline("G1", "REC"), Blank("H1")),
                // A number id, a serial date in a date cell, a date as text.
                Row(2, Number("A2", 566910), Number("B2", April2016, style: 1), Shared("C2", 1), Inline("D2", "C2"), Inline("E2", "U1"), Inline("F2", "01/09/2016"), Inline("G2", "E41")),
                // A formatted blank row: not a row.
                Row(3, Blank("A3"), Blank("B3")),
                // RNE (C4) left out, as Excel leaves an empty cell out: the row is rejected at C4. The id is rich text, "C" "2".
                Row(4, Shared("A4", 2), Inline("B4", "01/05/2016"), Inline("D4", "C2"), Inline("E4", "U1"), Inline("F4", "01/06/2016"), Inline("G4", "E41")),
                // A value in J5, past the header's seven columns.
                Row(5, Inline("A5", "C3"), Inline("B5", "01/05/2016"), Inline("C5", "S"), Inline("D5", "C2"), Inline("E5", "U1"), Inline("J5", "stray")),
                Row(9, Blank("A9")),
            ]),
            ("Notes", [Row(1, Inline("A1", "Prepared by the data team")), Row(2, Inline("A2", "Do not share"))]),
            ("Empty", []));

        var read = Ssda903Reader.Read([book]);

        var episodes = read.Account.Files.Single(f => f.Table == "Episodes");
        Assert.Equal(("return_2016-17.xlsx", new RowCounts(3, 1, 0, 2)), (episodes.Path, episodes.Rows));
        var kept = Assert.Single(read.Data.Episodes);
        Assert.Equal(("566910", new NodaTime.LocalDate(2016, 4, 1), new NodaTime.LocalDate(2016, 9, 1)), (kept.Child.Value, kept.Start, kept.End!.Value));
        Assert.Equal([(4L, "Eps!C4"), (5L, "Eps!J5")], read.Account.Rejections.Select(r => (r.Line, r.Column)));
        // The notes sheet is no table: accounted as unrecognised, its rows excluded; the empty sheet is nothing.
        var notes = read.Account.Files.Single(f => f.Table == "unrecognised");
        Assert.Equal(("return_2016-17.xlsx", 1L), (notes.Path, notes.Rows.Excluded));
        Assert.Equal(2, read.Account.Files.Length);
    }

    [Theory]
    [InlineData(false, April2016)]
    [InlineData(true, April2016In1904)]
    public void Read_SerialDateInEitherDateSystem_IsTheDayItShows(bool date1904, int serial)
    {
        var book = Workbook("header.xlsx", date1904,
            ("Header", [Row(1, Shared("A1", 0), Inline("B1", "SEX"), Inline("C1", "DOB"), Inline("D1", "ETHNIC")), Row(2, Inline("A2", "C1"), Number("B2", 1), Number("C2", serial, style: 1), Inline("D2", "WBRI"))]));

        var read = Ssda903Reader.Read([book]);

        Assert.Equal(new NodaTime.LocalDate(2016, 4, 1), Assert.Single(read.Data.Children).DateOfBirth);
    }

    [Fact]
    public void Read_NotAWorkbook_IsExcludedWithItsReason()
    {
        // A zip's signature and nothing more.
        var read = Ssda903Reader.Read([new InputFile("broken.xlsx", () => new MemoryStream("PK\u0003\u0004garbage"u8.ToArray()))]);

        var file = Assert.Single(read.Account.Files);
        Assert.Equal(("broken.xlsx", "unrecognised"), (file.Path, file.Table));
        Assert.StartsWith("not a readable Excel workbook", Assert.Single(read.Account.Exclusions).Reason, StringComparison.Ordinal);
    }
}
