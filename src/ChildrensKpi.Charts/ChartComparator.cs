using NodaTime;

namespace ChildrensKpi.Charts;

/// <summary>
/// Another authority's value of the charted indicator for one reporting year (a Comparators row), or England's, placed at
/// the year's 31 March: the point where the authority's own rolling 12 months is that year's figure.
/// </summary>
/// <param name="YearEnd">The last day of the reporting year the value is for.</param>
/// <param name="Authority">The authority's name, or <c>England</c>.</param>
/// <param name="Value">Its value, in the indicator's unit.</param>
/// <param name="IsNational">Whether this is England's figure (drawn as a line), not a comparator authority's (drawn as a marker).</param>
public sealed record ChartComparator(LocalDate YearEnd, string Authority, decimal Value, bool IsNational);
