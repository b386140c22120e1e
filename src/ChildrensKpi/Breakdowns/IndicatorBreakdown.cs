using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>One indicator's result broken down by one characteristic of its children (<see cref="KpiRequest.Breakdowns"/>), as computed (nothing withheld).</summary>
/// <param name="Indicator">The indicator's id (e.g. <c>NI62</c>), one of <see cref="ComputeReport.Results"/>.</param>
/// <param name="Dimension">What the children are grouped by.</param>
/// <param name="Groups">The groups (<see cref="Breakdown.Compute"/>), which add up to the result's numerator and denominator.</param>
public sealed record IndicatorBreakdown(string Indicator, BreakdownDimension Dimension, ImmutableArray<BreakdownGroup> Groups);
