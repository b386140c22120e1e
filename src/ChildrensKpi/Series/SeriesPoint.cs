using NodaTime;

namespace ChildrensKpi;

/// <summary>One month of an indicator's series: the month alone, the year to date, and the twelve months to its end.</summary>
/// <param name="MonthEnd">The last day of the month.</param>
/// <param name="Month">The indicator for the calendar month.</param>
/// <param name="YearToDate">The indicator from the start of the year to the month's end.</param>
/// <param name="Rolling12Months">The indicator for the twelve months ending at the month's end.</param>
public sealed record SeriesPoint(LocalDate MonthEnd, IndicatorResult Month, IndicatorResult YearToDate, IndicatorResult Rolling12Months);
