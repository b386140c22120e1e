using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// CPP10K: children subject of a child protection plan per 10,000 children aged under 18.
/// </summary>
/// <remarks>
/// <para>Numerator: children with a plan open at the end of the period (started on or before it, not ended on or before
/// it), each child once however many plans.</para>
/// <para>Denominator: the population aged 0–17 of the period's reporting year / 10,000.</para>
/// </remarks>
internal sealed class Cpp10kProtectionPlanRate : PerItemIndicator<ChildId>
{
    public override IndicatorDefinition Definition { get; } = new(
        "CPP10K",
        [],
        "Children subject of a child protection plan per 10,000 children",
        Polarity.Contextual,
        IndicatorUnit.Per10000,
        "Children subject of a child protection plan at 31 March",
        "Population aged 0–17 (ONS mid-year estimate) / 10,000",
        "DfE characteristics of children in need statistics (rate of children subject of a plan per 10,000 children).");

    public override IndicatorInputKinds Requires => IndicatorInputKinds.ChildrenInNeed | IndicatorInputKinds.Population;

    private protected override IEnumerable<ChildId> Items(ChildrenInNeedData data) => data.Plans.Select(p => p.Child).Distinct();

    private protected override ChildId ChildOf(ChildId item) => item;

    private protected override string? SubjectOf(ChildId item) => null;

    private protected override Decision Decide(ChildId item, ChildrenInNeedIndex index, ReportingPeriod period, ComputeOptions options, Why why) =>
        index.PlansOf(item).FirstOrDefault(p => p.IsOpenOn(period.End)) is { } plan
            ? Decision.Numerator(why, $"plan started {CinRules.Iso(plan.Start)} open on {CinRules.Iso(period.End)}")
            : Decision.Excluded(why, $"no plan open on {CinRules.Iso(period.End)}");

    private protected override decimal Denominator(IndicatorInputs inputs, ReportingPeriod period, int itemCount, ImmutableArray<string>.Builder notes) =>
        PopulationDenominator.For(inputs.Population, period, notes);

    private protected override string EmptyDenominatorNote(ReportingPeriod period) => PopulationDenominator.EmptyNote(period);
}
