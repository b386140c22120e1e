using ChildrensKpi.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using FsCheck.Xunit;

namespace ChildrensKpi.Tests.Excel;

/// <summary>The workbook as the Open XML SDK reads it back: valid Office Open XML, text never a formula, Excel's naming rules.</summary>
public class WorkbookWriterTests
{
    private static WorkbookSheet Sheet(string name, params string?[] texts) =>
        new(name, [new WorkbookColumn("Text", 20)], texts.Select(t => (IReadOnlyList<WorkbookCell>)[WorkbookCell.Text(t)]));

    private static MemoryStream Written(params WorkbookSheet[] sheets)
    {
        var stream = new MemoryStream();
        WorkbookWriter.Write(stream, sheets);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void Write_EveryKindOfCell_IsValidOpenXml()
    {
        var sheet = new WorkbookSheet("Kinds", [new("Text", 10), new("Number", 10), new("Percent", 10), new("Date", 12), new("Flag", 6), new("RAG", 8)],
        [
            [WorkbookCell.Text("=A1"), WorkbookCell.Count(26), WorkbookCell.Value(IndicatorUnit.Percent, 15.9m), WorkbookCell.Date(new LocalDate(2007, 3, 31)), WorkbookCell.Boolean(true), WorkbookCell.Rag(Rag.Amber)],
            [WorkbookCell.Empty, WorkbookCell.Count(2.5m), WorkbookCell.Value(IndicatorUnit.Money, 512m), WorkbookCell.Date(new LocalDate(1899, 1, 1))],
        ])
        { InternalUse = "Internal use only & not for sharing" };
        using var stream = Written(sheet, Sheet("Second", "plain"));
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public void Write_TextStartingWithFormulaCharacters_IsQuotedTextAndNoCellHasAFormula()
    {
        string[] texts = ["=HYPERLINK(\"http://x\")", "+44 20", "-3", "@SUM(A1)", "plain"];
        using var stream = Written(Sheet("Texts", texts));
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var cells = workbook.WorksheetParts.Single().Worksheet.Descendants<Cell>().Skip(1).ToList();

        Assert.Empty(workbook.WorksheetParts.Single().Worksheet.Descendants<CellFormula>());
        Assert.Equal(texts, cells.Select(c => c.InlineString!.InnerText));
        Assert.All(cells, c => Assert.Equal(CellValues.InlineString, c.DataType!.Value));
        // Excel's quote prefix (what typing '=A1 gives): editing the cell keeps it text. Plain text has none.
        Assert.Equal([true, true, true, true, false], cells.Select(c => c.StyleIndex is { } s && formats[(int)s.Value].QuotePrefix?.Value == true));
    }

    /// <summary>Any text is written as text and read back unchanged, save what XML cannot hold (as U+FFFD) and line ends (as Excel's <c>\n</c>).</summary>
    [Property(MaxTest = 60)]
    public bool Write_AnyText_ReadsBackAsTheSameTextNeverAFormula(string? text)
    {
        text ??= "";
        using var stream = Written(Sheet("Any", text));
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var worksheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var cell = worksheet.Descendants<Cell>().Skip(1).SingleOrDefault();
        string lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        string expected = new([.. lines.Select((c, i) => char.IsControl(c) && c is not ('\t' or '\n') || char.IsSurrogate(c) && !Paired(lines, i) || c is '\uFFFE' or '\uFFFF' ? '\uFFFD' : c)]);
        return !worksheet.Descendants<CellFormula>().Any()
            && (text.Length == 0 ? cell is null : cell!.DataType!.Value == CellValues.InlineString && cell.InlineString!.InnerText == expected);
    }

    private static bool Paired(string text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) : i > 0 && char.IsHighSurrogate(text[i - 1]);

    [Fact]
    public void Write_EverySheet_HasItsHeaderFrozenAndFiltered()
    {
        var sheet = new WorkbookSheet("Figures", [new("Id", 10), new("Value", 12)], [[WorkbookCell.Text("NI62"), WorkbookCell.Count(26)], [WorkbookCell.Text("NI63")]]);
        using var stream = Written(sheet);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var worksheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;

        var pane = worksheet.Descendants<Pane>().Single();
        Assert.Equal((1d, "A2", PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.TopLeftCell!.Value, pane.State!.Value));
        // Header and two rows, two columns: A1:B3.
        Assert.Equal("A1:B3", worksheet.Descendants<AutoFilter>().Single().Reference!.Value);
        Assert.Equal([10d, 12d], worksheet.Descendants<Column>().Select(c => c.Width!.Value));
    }

    [Fact]
    public void Write_TwoSheetsNamedAlikeIgnoringCase_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => Written(Sheet("Summary"), Sheet("SUMMARY")));

        Assert.StartsWith("Two sheets are named 'SUMMARY'; Excel needs each name once (ignoring case).", e.Message);
    }

    [Fact]
    public void Write_RowWiderThanItsColumns_Throws()
    {
        var sheet = new WorkbookSheet("Narrow", [new("Only", 10)], [[WorkbookCell.Text("a"), WorkbookCell.Text("b")]]);

        var e = Assert.Throws<ArgumentException>(() => Written(sheet));

        Assert.StartsWith("Row 2 of sheet 'Narrow' has 2 cells for 1 columns.", e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a name longer than thirty-one chars")]
    [InlineData("NI62/63")]
    [InlineData("'quoted'")]
    public void Sheet_NameExcelRefuses_Throws(string name)
    {
        var e = Assert.Throws<ArgumentException>(() => Sheet(name));

        Assert.StartsWith($"'{name}' is not a sheet name Excel accepts: 1 to 31 characters, none of [ ] : * ? / \\, not starting or ending with an apostrophe.", e.Message);
    }

    [Fact]
    public void NameFor_IdWithForbiddenCharacters_IsReplacedAndCut()
    {
        Assert.Equal("PAF C18-A", WorkbookSheet.NameFor("PAF C18/A"));
        Assert.Equal(new string('x', 31), WorkbookSheet.NameFor(new string('x', 40)));
    }

    [Theory]
    // Base 26 without a zero: Z is 26, AA 27, AZ 52, BA 53, ZZ 26 × 26 + 26 = 702, AAA 703.
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(52, "AZ")]
    [InlineData(53, "BA")]
    [InlineData(702, "ZZ")]
    [InlineData(703, "AAA")]
    public void ColumnName_Number_IsExcelsLetters(int number, string letters) => Assert.Equal(letters, WorkbookWriter.ColumnName(number));
}
