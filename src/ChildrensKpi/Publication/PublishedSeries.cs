using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>An <see cref="IndicatorSeries"/> as it may be published: each point's figures under the same disclosure control as the year's.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Year">The reporting year.</param>
/// <param name="Points">Twelve points, one per month, in order.</param>
public sealed record PublishedSeries(IndicatorDefinition Indicator, ReportingPeriod Year, ImmutableArray<PublishedSeriesPoint> Points)
{
    /// <summary>The indicator for each earlier reporting year the inputs cover (<see cref="IndicatorSeries.EarlierYears"/>), oldest first, as it may be published.</summary>
    public ImmutableArray<PublishedIndicator> EarlierYears { get; init; } = [];
}
