using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>The tables a council judges its indicators against: targets, bands and comparators. Nothing is hard-coded.</summary>
public sealed record PerformanceInputs
{
    /// <summary>No tables: only the direction of travel can be judged.</summary>
    public static PerformanceInputs None { get; } = new();

    /// <summary>Targets by indicator and year.</summary>
    public ImmutableArray<IndicatorTarget> Targets { get; init; } = [];

    /// <summary>Band thresholds by indicator and year.</summary>
    public ImmutableArray<BandThreshold> Bands { get; init; } = [];

    /// <summary>Other authorities' values (and England's) by indicator and year.</summary>
    public ImmutableArray<ComparatorValue> Comparators { get; init; } = [];

    /// <summary>
    /// The Comparators rows for <paramref name="indicator"/> (by its id or an alias) in <paramref name="reportingYear"/>
    /// (written <c>2006-07</c>), in table order: what the judgements rank against, and what charts draw beside it.
    /// </summary>
    public IEnumerable<ComparatorValue> ComparatorsFor(IndicatorDefinition indicator, string reportingYear)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(reportingYear);
        return Comparators.Where(c => c.Year.Trim() == reportingYear && indicator.IsNamed(c.Indicator));
    }
}
