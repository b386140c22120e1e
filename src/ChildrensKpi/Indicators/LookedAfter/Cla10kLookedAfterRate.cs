using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// CLA10K: children looked after per 10,000 children aged under 18.
/// </summary>
/// <remarks>
/// <para>Numerator: children looked after at the end of the period (short breaks V3/V4 ignored).</para>
/// <para>Denominator: the population aged 0–17 from the Population input, divided by 10,000.</para>
/// <para>Readings: the estimate used is the one whose <c>Year</c> is the reporting year containing the end of the
/// period (<see cref="ReportingPeriod.ReportingYear"/>, e.g. <c>2006-07</c>). Rows within ages 0–17 are summed; they must
/// cover each age exactly once, otherwise there is no value and a note says which ages are missing or repeated.
/// Each child's explanation marks the looked-after children as in both counts: the denominator is a population, not these children.</para>
/// </remarks>
internal sealed class Cla10kLookedAfterRate : PerChildIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "CLA10K",
        [],
        "Children looked after per 10,000 children aged under 18",
        Polarity.Contextual,
        IndicatorUnit.Per10000,
        "Children looked after at 31 March (short breaks V3/V4 ignored)",
        "Population aged 0–17 (ONS mid-year estimate) / 10,000",
        "DfE children looked after statistics (rate per 10,000 children aged under 18).");

    public override IndicatorInputKinds Requires => IndicatorInputKinds.LookedAfter | IndicatorInputKinds.Population;

    internal override Decision Decide(ChildHistory child, ReportingPeriod period, Why why) =>
        child.PeriodOpenOn(period.End) is null
            ? Decision.Excluded(why, LookedAfterRules.NotLookedAfter(child, period.End, why))
            : Decision.Numerator(why, $"looked after on {LookedAfterRules.Iso(period.End)}");

    private protected override decimal Denominator(IndicatorInputs inputs, ReportingPeriod period, int childCount, ImmutableArray<string>.Builder notes) =>
        PopulationDenominator.For(inputs.Population, period, notes);

    private protected override string EmptyDenominatorNote(ReportingPeriod period) => PopulationDenominator.EmptyNote(period);
}
