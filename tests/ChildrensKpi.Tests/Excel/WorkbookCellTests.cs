using ChildrensKpi.Excel;

namespace ChildrensKpi.Tests.Excel;

public class WorkbookCellTests
{
    [Theory]
    // Excel counts days from 30 December 1899 (so that 1 March 1900 is 61, past its phantom 29 February 1900).
    // 2007-01-01 is 39083 (Excel's own =DATE(2007,1,1)); 31 March is 31 + 28 + 30 = 89 days later: 39172.
    [InlineData(2007, 3, 31, 39172)]
    [InlineData(2007, 1, 1, 39083)]
    [InlineData(1900, 3, 1, 61)]
    public void Date_FromMarch1900_IsExcelsSerialNumber(int year, int month, int day, int serial)
    {
        var cell = WorkbookCell.Date(new LocalDate(year, month, day));

        Assert.Equal((CellKind.Number, (decimal)serial, CellStyle.Date), (cell.Kind, cell.NumberValue, cell.Style));
    }

    [Fact]
    public void Date_BeforeMarch1900_IsIsoText()
    {
        var cell = WorkbookCell.Date(new LocalDate(1900, 2, 28));

        Assert.Equal((CellKind.Text, "1900-02-28"), (cell.Kind, cell.TextValue));
    }

    [Theory]
    // A percentage is held as its fraction, so that 0.0% shows it: 15.9% is 0.159.
    [InlineData(IndicatorUnit.Percent, 15.9, 0.159, "Percent")]
    [InlineData(IndicatorUnit.Per10000, 35.9, 35.9, "OneDecimal")]
    [InlineData(IndicatorUnit.Days, 120.4, 120.4, "Whole")]
    [InlineData(IndicatorUnit.Ratio, 1.25, 1.25, "TwoDecimals")]
    [InlineData(IndicatorUnit.Money, 512, 512, "Pounds")]
    public void Value_Unit_IsHeldUnroundedInItsFormat(IndicatorUnit unit, double value, double held, string style)
    {
        var cell = WorkbookCell.Value(unit, (decimal)value);

        Assert.Equal(((decimal)held, style), (cell.NumberValue, cell.Style.ToString()));
    }

    [Fact]
    public void Count_WholeOrNot_IsWholeOrTwoPlaces()
    {
        Assert.Equal(CellStyle.Whole, WorkbookCell.Count(26).Style);
        Assert.Equal(CellStyle.TwoDecimals, WorkbookCell.Count(26.5m).Style);
    }

    [Fact]
    public void Text_EmptyOrNull_IsAnEmptyCell()
    {
        Assert.Equal(WorkbookCell.Empty, WorkbookCell.Text(null));
        Assert.Equal(WorkbookCell.Empty, WorkbookCell.Text(""));
    }

    [Fact]
    public void Rag_Rating_IsItsWordOnItsColour()
    {
        Assert.Equal(("Red", CellStyle.RagRed), (WorkbookCell.Rag(Rag.Red).TextValue, WorkbookCell.Rag(Rag.Red).Style));
        Assert.Equal(("Amber", CellStyle.RagAmber), (WorkbookCell.Rag(Rag.Amber).TextValue, WorkbookCell.Rag(Rag.Amber).Style));
        Assert.Equal(("Green", CellStyle.RagGreen), (WorkbookCell.Rag(Rag.Green).TextValue, WorkbookCell.Rag(Rag.Green).Style));
    }
}
