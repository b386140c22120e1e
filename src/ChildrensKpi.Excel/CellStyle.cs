namespace ChildrensKpi.Excel;

/// <summary>The cell formats of every workbook, in the order of the stylesheet's <c>cellXfs</c> (<see cref="WorkbookStyles"/>): the value is the style index.</summary>
internal enum CellStyle : uint
{
    General = 0,
    Header,
    QuotedText,
    Whole,
    TwoDecimals,
    OneDecimal,
    Percent,
    Pounds,
    Date,
    RagRed,
    RagAmber,
    RagGreen,
}
