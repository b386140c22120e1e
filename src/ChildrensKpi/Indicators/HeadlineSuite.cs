using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// The headline suite — NI62, NI63, NI147, NI148 (SSDA903) and NI59, NI60, CIN45 (children in need) — computed together.
/// </summary>
/// <remarks>
/// Each member is computed by its one definition, as <see cref="Indicator.Compute(IndicatorInputs, ReportingPeriod, ComputeOptions?)"/>
/// does; the columns the definitions read are built once per <see cref="LookedAfterData"/> and
/// <see cref="ChildrenInNeedData"/>, on first use, and shared by later computations.
/// </remarks>
public static class HeadlineSuite
{
    /// <summary>The indicators of the suite, in the order results are returned.</summary>
    public static ImmutableArray<Indicator> Members { get; } =
        [Indicators.NI62, Indicators.NI63, Indicators.NI147, Indicators.NI148, Indicators.NI59, Indicators.NI60, Indicators.CIN45];

    /// <summary>
    /// Computes every member of the suite whose inputs are given: the SSDA903 four when <see cref="IndicatorInputs.LookedAfter"/>
    /// is, the children in need three when <see cref="IndicatorInputs.ChildrenInNeed"/> is; in <see cref="Members"/> order.
    /// </summary>
    /// <param name="inputs">The records.</param>
    /// <param name="period">The period; "at 31 March" in the definitions means its last day.</param>
    /// <param name="options">How to compute; <see cref="ComputeOptions.Default"/> (which explains) when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is null.</exception>
    public static ImmutableArray<IndicatorResult> Compute(IndicatorInputs inputs, ReportingPeriod period, ComputeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        options ??= ComputeOptions.Default;
        return [.. Members.Where(m => m.MissingInputs(inputs) == IndicatorInputKinds.None).Select(m => m.Compute(inputs, period, options))];
    }
}
