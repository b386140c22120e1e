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
internal sealed class Cpp10kProtectionPlanRate : PerItemIndicator
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

    // The child is the unit: each child with a plan is one item.
    private protected override (int From, int To) ItemsOf(ChildrenInNeedColumns columns, int fromChild, int toChild) => columns.PlanHoldersOf(fromChild, toChild);

    private protected override int[] ChildOfItem(ChildrenInNeedColumns columns) => columns.PlanHolders;

    private protected override string? SubjectOf(ChildrenInNeedColumns columns, int item) => null;

    private protected override Decision Decide(ChildrenInNeedColumns columns, int child, int item, in PeriodDays period, ComputeOptions options, Why why) =>
        SubjectOfPlan(columns, child, period, why, out _);

    /// <summary>
    /// Whether <paramref name="child"/> is the subject of a plan at the period's end (in the numerator), or why not, and the
    /// plan it is counted on (<paramref name="plan"/>, -1 when none): the one decision of CPP10K, which its breakdown by
    /// initial category (CPP31_BY_CATEGORY_*) shares.
    /// </summary>
    internal static Decision SubjectOfPlan(ChildrenInNeedColumns columns, int child, in PeriodDays period, Why why, out int plan)
    {
        // Plans in start order: the earliest open one is named.
        var (from, to) = columns.PlansOf(child, child + 1);
        for (plan = from; plan < to; plan++)
        {
            if (OpenSpan.IsOpenOn(columns.PlanStart[plan], columns.PlanEnd[plan], period.Last))
            {
                return Decision.Numerator(why, $"plan started {CinRules.Iso(columns.PlanStart[plan])} open on {CinRules.Iso(period.Last)}");
            }
        }
        plan = -1;
        return Decision.Excluded(why, $"no plan open on {CinRules.Iso(period.Last)}");
    }

    private protected override decimal Denominator(IndicatorInputs inputs, ReportingPeriod period, int itemCount, ImmutableArray<string>.Builder notes) =>
        PopulationDenominator.For(inputs.Population, period, notes);

    private protected override string EmptyDenominatorNote(ReportingPeriod period) => PopulationDenominator.EmptyNote(period);
}
