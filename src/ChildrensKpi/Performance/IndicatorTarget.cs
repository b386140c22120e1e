namespace ChildrensKpi;

/// <summary>A council's target for an indicator in a reporting year (Targets input).</summary>
/// <param name="Indicator">The indicator id or alias (e.g. <c>NI62</c>).</param>
/// <param name="Year">The reporting year, written <c>2006-07</c>.</param>
/// <param name="Target">The target value, in the indicator's unit (a percentage as 15 for 15%).</param>
public sealed record IndicatorTarget(string Indicator, string Year, decimal Target);
