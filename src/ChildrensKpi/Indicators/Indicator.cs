using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// A performance indicator that can be computed: its <see cref="Definition"/> and its calculation.
/// The instances are in <see cref="Indicators"/>.
/// </summary>
public abstract class Indicator
{
    private protected Indicator()
    {
    }

    /// <summary>What the indicator is.</summary>
    public abstract IndicatorDefinition Definition { get; }

    /// <summary>The inputs the indicator is computed from.</summary>
    public abstract IndicatorInputKinds Requires { get; }

    /// <summary>The kinds of input the indicator needs that <paramref name="inputs"/> lacks; <see cref="IndicatorInputKinds.None"/> when it can be computed.</summary>
    public IndicatorInputKinds MissingInputs(IndicatorInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var available = IndicatorInputKinds.None;
        if (inputs.LookedAfter is not null)
        {
            available |= IndicatorInputKinds.LookedAfter;
        }
        if (inputs.ChildrenInNeed is not null)
        {
            available |= IndicatorInputKinds.ChildrenInNeed;
        }
        if (!inputs.Population.IsDefaultOrEmpty)
        {
            available |= IndicatorInputKinds.Population;
        }
        if (!inputs.Finance.IsDefaultOrEmpty)
        {
            available |= IndicatorInputKinds.Finance;
        }
        if (!inputs.Workforce.IsDefaultOrEmpty)
        {
            available |= IndicatorInputKinds.Workforce;
        }
        return Requires & ~available;
    }

    /// <summary>
    /// Why <paramref name="inputs"/> do not cover <paramref name="period"/> well enough to compute the indicator for it,
    /// naming what would (the earlier return); null when they do. The direction of travel compares with a previous period
    /// only when this is null (<see cref="ComputeReport.Compute"/>).
    /// </summary>
    internal virtual string? CoverageGap(IndicatorInputs inputs, ReportingPeriod period) => DataCoverage.Gap(inputs, Requires, period);

    /// <summary>Computes the indicator for <paramref name="period"/>.</summary>
    /// <param name="inputs">The records to compute from.</param>
    /// <param name="period">The period; "at 31 March" in the definitions means its last day.</param>
    /// <param name="options">How to compute; <see cref="ComputeOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> lacks an input the indicator needs (see <see cref="MissingInputs"/>).</exception>
    public IndicatorResult Compute(IndicatorInputs inputs, ReportingPeriod period, ComputeOptions? options = null)
    {
        RequireInputs(inputs);
        return ComputeCore(inputs, period, options ?? ComputeOptions.Default);
    }

    /// <summary>Computes an indicator that needs only SSDA903 records, explaining every child.</summary>
    /// <exception cref="ArgumentException">The indicator needs more than SSDA903 records.</exception>
    public IndicatorResult Compute(LookedAfterData data, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Compute(new IndicatorInputs { LookedAfter = data }, period);
    }

    /// <summary>
    /// Computes the indicator for several periods at once (e.g. each month, year to date and rolling twelve months):
    /// the records are read once and each child or item is decided for every period.
    /// </summary>
    /// <returns>One result per period, in the order given.</returns>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> lacks an input the indicator needs.</exception>
    public ImmutableArray<IndicatorResult> ComputeMany(IndicatorInputs inputs, IEnumerable<ReportingPeriod> periods, ComputeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(periods);
        RequireInputs(inputs);
        return ComputeManyCore(inputs, [.. periods], options ?? ComputeOptions.Default);
    }

    private protected virtual IndicatorResult ComputeCore(IndicatorInputs inputs, ReportingPeriod period, ComputeOptions options) =>
        ComputeManyCore(inputs, [period], options)[0];

    private protected virtual ImmutableArray<IndicatorResult> ComputeManyCore(IndicatorInputs inputs, ImmutableArray<ReportingPeriod> periods, ComputeOptions options) =>
        [.. periods.Select(period => ComputeCore(inputs, period, options))];

    private void RequireInputs(IndicatorInputs inputs)
    {
        var missing = MissingInputs(inputs);
        if (missing != IndicatorInputKinds.None)
        {
            throw new ArgumentException($"{Definition.Id} needs {missing}, which the inputs lack.", nameof(inputs));
        }
    }

    /// <summary>The indicator's id.</summary>
    public override string ToString() => Definition.Id;
}
