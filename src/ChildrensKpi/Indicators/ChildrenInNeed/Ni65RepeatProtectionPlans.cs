namespace ChildrensKpi;

/// <summary>
/// NI 65: children becoming the subject of a child protection plan for a second or subsequent time.
/// </summary>
/// <remarks>
/// <para>Denominator: plans that started during the period.</para>
/// <para>Numerator: those whose child had been the subject of a plan before, however long ago: an earlier plan in the
/// data (any file), or <c>NumberOfPreviousCPP</c> greater than 0 (plans before the data, or in another council).</para>
/// </remarks>
internal sealed class Ni65RepeatProtectionPlans : ProtectionPlanIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "NI65",
        [],
        "Children becoming the subject of a child protection plan for a second or subsequent time",
        Polarity.Contextual,
        IndicatorUnit.Percent,
        "Plans whose child had been the subject of a plan before, however long ago",
        "Plans that started during the year",
        "National Indicator Set handbook of definitions (2008), NI 65.");

    private protected override Decision Decide(ChildrenInNeedColumns columns, int child, int item, in PeriodDays period, ComputeOptions options, Why why)
    {
        int start = columns.PlanStart[item];
        if (!period.Contains(start))
        {
            return Decision.Excluded(why, CinRules.NotInPeriod(why, "started", start));
        }
        // A child's plans are in start order: the earliest is the first one named when there is any earlier plan.
        int first = columns.PlanStart[columns.PlanOffsets[child]];
        if (first < start)
        {
            return Decision.Numerator(why, $"earlier plan started {CinRules.Iso(first)}");
        }
        int previous = columns.PlanPreviousPlans[item];
        return previous > 0
            ? Decision.Numerator(why, $"NumberOfPreviousCPP {previous}")
            : Decision.DenominatorOnly(why, "first plan: no earlier plan and NumberOfPreviousCPP 0 or not given");
    }

    private protected override string EmptyDenominatorNote(ReportingPeriod period) => "No plan started in the period, so there is no value.";
}
