namespace ChildrensKpi;

/// <summary>An indicator's counts for one group of children.</summary>
/// <param name="Group">The group (e.g. <c>10–15</c>, <c>Female</c>, <c>WBRI</c>, or <c>Unknown</c>).</param>
/// <param name="Numerator">Children (or items) of the group in the numerator.</param>
/// <param name="Denominator">Children (or items) of the group in the denominator.</param>
/// <param name="Value">The group's value in the indicator's unit; null when its denominator is 0 or the indicator is a
/// rate per 10,000 (the population is not known by group).</param>
public sealed record BreakdownGroup(string Group, int Numerator, int Denominator, decimal? Value);
