namespace ChildrensKpi;

/// <summary>
/// One group of a breakdown as it may be published (<see cref="Breakdown.Publish"/>): its figures under the same
/// disclosure control as an indicator's, with the groups and the indicator's own figures protected together.
/// </summary>
/// <param name="Group">The group (e.g. <c>16+</c>, <c>Female</c>, <c>WBRI</c>, <c>Unknown</c>).</param>
/// <param name="Figures">The group's numerator, denominator and value, each null when withheld, and why (<see cref="PublishedIndicator.Withheld"/>).</param>
public sealed record PublishedBreakdownGroup(string Group, PublishedIndicator Figures);
