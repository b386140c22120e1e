using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChildrensKpi.Excel;

/// <summary>The one stylesheet of every workbook: a cell format per <see cref="CellStyle"/>, at the index of its value.</summary>
internal static class WorkbookStyles
{
    // Custom number formats start at 164; 0 to 163 are Excel's built-in ones (3 is #,##0, 4 is #,##0.00).
    private const uint PercentFormat = 164;
    private const uint OneDecimalFormat = 165;
    private const uint PoundsFormat = 166;
    private const uint DateFormat = 167;

    public static Stylesheet Create()
    {
        var numberFormats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = PercentFormat, FormatCode = "0.0%" },
            new NumberingFormat { NumberFormatId = OneDecimalFormat, FormatCode = "0.0" },
            new NumberingFormat { NumberFormatId = PoundsFormat, FormatCode = "\"£\"#,##0.00" },
            new NumberingFormat { NumberFormatId = DateFormat, FormatCode = "d mmm yyyy" });
        // Fonts: 0 normal, 1 bold, then the dark red, brown and green of Excel's Bad, Neutral and Good styles.
        var fonts = new Fonts(Font(null, bold: false), Font(null, bold: true), Font("FF9C0006", bold: false), Font("FF9C5700", bold: false), Font("FF006100", bold: false));
        // Fills 0 and 1 are required by Excel (none, gray125); then the header's and the RAG colours.
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFD9E1F2"), Solid("FFFFC7CE"), Solid("FFFFEB9C"), Solid("FFC6EFCE"));
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()));

        var formats = new CellFormat[Enum.GetValues<CellStyle>().Length];
        formats[(int)CellStyle.General] = Format(0, 0, 0);
        formats[(int)CellStyle.Header] = Format(0, 1, 2);
        formats[(int)CellStyle.QuotedText] = Format(0, 0, 0, quotePrefix: true);
        formats[(int)CellStyle.Whole] = Format(3, 0, 0);
        formats[(int)CellStyle.TwoDecimals] = Format(4, 0, 0);
        formats[(int)CellStyle.OneDecimal] = Format(OneDecimalFormat, 0, 0);
        formats[(int)CellStyle.Percent] = Format(PercentFormat, 0, 0);
        formats[(int)CellStyle.Pounds] = Format(PoundsFormat, 0, 0);
        formats[(int)CellStyle.Date] = Format(DateFormat, 0, 0);
        formats[(int)CellStyle.RagRed] = Format(0, 2, 3);
        formats[(int)CellStyle.RagAmber] = Format(0, 3, 4);
        formats[(int)CellStyle.RagGreen] = Format(0, 4, 5);

        return new Stylesheet(
            numberFormats,
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }),
            new CellFormats(formats),
            new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }

    private static Font Font(string? colour, bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }
        font.Append(new FontSize { Val = 11 });
        if (colour is not null)
        {
            font.Append(new Color { Rgb = colour });
        }
        font.Append(new FontName { Val = "Calibri" });
        return font;
    }

    private static Fill Solid(string colour) =>
        new(new PatternFill(new ForegroundColor { Rgb = colour }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static CellFormat Format(uint numberFormat, uint font, uint fill, bool quotePrefix = false)
    {
        var format = new CellFormat { NumberFormatId = numberFormat, FontId = font, FillId = fill, BorderId = 0, FormatId = 0 };
        if (numberFormat != 0)
        {
            format.ApplyNumberFormat = true;
        }
        if (font != 0)
        {
            format.ApplyFont = true;
        }
        if (fill != 0)
        {
            format.ApplyFill = true;
        }
        if (quotePrefix)
        {
            format.QuotePrefix = true;
        }
        return format;
    }
}
