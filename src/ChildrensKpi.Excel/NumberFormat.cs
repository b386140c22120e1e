namespace ChildrensKpi.Excel;

/// <summary>How a number cell is shown in Excel; the cell holds the number unrounded, so that sums and filters work on it.</summary>
public enum NumberFormat
{
    /// <summary>A whole number with thousands separators: <c>#,##0</c>.</summary>
    Whole,

    /// <summary>Two decimal places with thousands separators: <c>#,##0.00</c> (a count that is a sum of parts, a ratio).</summary>
    TwoDecimals,

    /// <summary>One decimal place: <c>0.0</c> (a rate per 10,000).</summary>
    OneDecimal,

    /// <summary>A fraction shown as a percentage to one decimal place: <c>0.0%</c> (0.159 shows as 15.9%).</summary>
    Percent,

    /// <summary>Pounds and pence: <c>£#,##0.00</c>.</summary>
    Pounds,
}
