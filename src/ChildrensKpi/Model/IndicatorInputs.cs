using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// Everything an indicator may be computed from. Each indicator uses the parts it needs and says which
/// are missing (<see cref="Indicator.MissingInputs"/>).
/// </summary>
public sealed record IndicatorInputs
{
    /// <summary>SSDA903 records (children looked after); <see langword="null"/> when not given.</summary>
    public LookedAfterData? LookedAfter { get; init; }

    /// <summary>Children in need census records; <see langword="null"/> when not given.</summary>
    public ChildrenInNeedData? ChildrenInNeed { get; init; }

    /// <summary>Population estimates for rates per 10,000 children; empty when not given.</summary>
    public ImmutableArray<PopulationEstimate> Population { get; init; } = [];

    /// <summary>Gross expenditure on foster and residential placements (Finance input); empty when not given.</summary>
    public ImmutableArray<ServiceExpenditure> Finance { get; init; } = [];

    /// <summary>Social work staffing by team and date (Workforce input); empty when not given.</summary>
    public ImmutableArray<TeamWorkforce> Workforce { get; init; } = [];
}
