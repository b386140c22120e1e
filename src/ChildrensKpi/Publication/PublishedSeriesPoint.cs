using NodaTime;

namespace ChildrensKpi;

/// <summary>One month of a <see cref="PublishedSeries"/>: the month alone, the year to date and the rolling twelve months, each as it may be published.</summary>
/// <param name="MonthEnd">The last day of the month.</param>
/// <param name="Month">The month alone.</param>
/// <param name="YearToDate">From the start of the reporting year to the end of the month.</param>
/// <param name="Rolling12Months">The twelve months ending with the month.</param>
public sealed record PublishedSeriesPoint(LocalDate MonthEnd, PublishedIndicator Month, PublishedIndicator YearToDate, PublishedIndicator Rolling12Months);
