using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// One breakdown of an indicator as it may be published (<see cref="PublishedIndicator.Breakdowns"/>): its groups under
/// <see cref="Breakdown.Publish"/>'s control, protected together with the indicator's own published figures.
/// </summary>
/// <param name="Dimension">What the children are grouped by.</param>
/// <param name="Groups">Each group's figures, withheld ones null.</param>
public sealed record PublishedBreakdown(BreakdownDimension Dimension, ImmutableArray<PublishedBreakdownGroup> Groups);
