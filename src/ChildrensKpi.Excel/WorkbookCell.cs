using NodaTime;

namespace ChildrensKpi.Excel;

/// <summary>
/// One cell's value and format. Text is always written as a string, never as a formula: text that Excel would run as
/// one when typed (starting with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>) is also marked with Excel's quote prefix,
/// so that editing the cell keeps it text.
/// </summary>
public readonly record struct WorkbookCell
{
    // Excel's day 0 for dates from 1 March 1900 (its serial numbers count 1900 as a leap year, so earlier dates differ).
    private static readonly LocalDate SerialZero = new(1899, 12, 30);
    private static readonly LocalDate FirstSerialDate = new(1900, 3, 1);

    private WorkbookCell(CellKind kind, string? text, decimal number, CellStyle style)
    {
        Kind = kind;
        TextValue = text;
        NumberValue = number;
        Style = style;
    }

    /// <summary>An empty cell.</summary>
    public static WorkbookCell Empty => default;

    internal CellKind Kind { get; }

    internal string? TextValue { get; }

    internal decimal NumberValue { get; }

    internal CellStyle Style { get; }

    /// <summary>A text cell; empty when <paramref name="text"/> is null or empty.</summary>
    public static WorkbookCell Text(string? text) => string.IsNullOrEmpty(text)
        ? Empty
        : new(CellKind.Text, text, 0, text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? CellStyle.QuotedText : CellStyle.General);

    /// <summary>A number shown as <paramref name="format"/> says.</summary>
    public static WorkbookCell Number(decimal number, NumberFormat format) => new(CellKind.Number, null, number, format switch
    {
        NumberFormat.Whole => CellStyle.Whole,
        NumberFormat.TwoDecimals => CellStyle.TwoDecimals,
        NumberFormat.OneDecimal => CellStyle.OneDecimal,
        NumberFormat.Percent => CellStyle.Percent,
        NumberFormat.Pounds => CellStyle.Pounds,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a number format."),
    });

    /// <summary>A count: whole numbers as <see cref="NumberFormat.Whole"/>, a count with a fraction (a sum of days, of part-years) to two places.</summary>
    public static WorkbookCell Count(decimal count) =>
        Number(count, count == decimal.Truncate(count) ? NumberFormat.Whole : NumberFormat.TwoDecimals);

    /// <summary>
    /// An indicator's value as its unit reads: a percentage (15.9) as the fraction 0.159 formatted <c>0.0%</c>, a rate per
    /// 10,000 to one place, days and counts whole, a ratio to two places, money in pounds.
    /// </summary>
    public static WorkbookCell Value(IndicatorUnit unit, decimal value) => unit switch
    {
        IndicatorUnit.Percent => Number(value / 100m, NumberFormat.Percent),
        IndicatorUnit.Per10000 => Number(value, NumberFormat.OneDecimal),
        IndicatorUnit.Days => Number(value, NumberFormat.Whole),
        IndicatorUnit.Ratio => Number(value, NumberFormat.TwoDecimals),
        IndicatorUnit.Money => Number(value, NumberFormat.Pounds),
        IndicatorUnit.Count => Number(value, NumberFormat.Whole),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not an indicator unit."),
    };

    /// <summary>A date, as an Excel date (<c>d mmm yyyy</c>) from 1 March 1900, and as ISO text before then (where Excel's serial numbers are wrong).</summary>
    public static WorkbookCell Date(LocalDate date) => date < FirstSerialDate
        ? new(CellKind.Text, NodaTime.Text.LocalDatePattern.Iso.Format(date), 0, CellStyle.General)
        : new(CellKind.Number, null, Period.DaysBetween(SerialZero, date), CellStyle.Date);

    /// <summary>TRUE or FALSE, as Excel's logical values.</summary>
    public static WorkbookCell Boolean(bool value) => new(CellKind.Boolean, null, value ? 1 : 0, CellStyle.General);

    /// <summary>A RAG rating as its word (<c>Red</c>, <c>Amber</c>, <c>Green</c>) on its colour (Excel's Bad, Neutral and Good fills).</summary>
    public static WorkbookCell Rag(Rag rag) => new(CellKind.Text, rag.ToString(), 0, rag switch
    {
        ChildrensKpi.Rag.Red => CellStyle.RagRed,
        ChildrensKpi.Rag.Amber => CellStyle.RagAmber,
        ChildrensKpi.Rag.Green => CellStyle.RagGreen,
        _ => throw new ArgumentOutOfRangeException(nameof(rag), rag, "Not a RAG rating."),
    });

    /// <summary>A header cell (bold, shaded).</summary>
    internal static WorkbookCell Header(string text) => new(CellKind.Text, text, 0, CellStyle.Header);
}

