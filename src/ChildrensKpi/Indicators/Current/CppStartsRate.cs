using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>CPP_STARTS10K: child protection plans starting in the year per 10,000 children aged 0–17.</summary>
/// <remarks>
/// <para>Source: DfE, <i>Characteristics of children in need</i> [S4]: children who became the subject of a plan in
/// the year, counted as events (each plan once), per 10,000 children. Polarity: contextual.</para>
/// <para>Numerator: plans with <c>CPPstartDate</c> in the period. Denominator: the population aged 0–17 / 10,000.</para>
/// </remarks>
internal sealed class CppStartsRate : PerItemIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "CPP_STARTS10K",
        [],
        "Child protection plans starting per 10,000 children",
        Polarity.Contextual,
        IndicatorUnit.Per10000,
        "Child protection plans with CPPstartDate in the year (each plan counts)",
        "Population aged 0–17 (ONS mid-year estimate) / 10,000",
        "DfE, Characteristics of children in need: child protection plans starting in the year per 10,000 children (counted as events).")
    { Group = IndicatorGroup.Current };

    public override IndicatorInputKinds Requires => IndicatorInputKinds.ChildrenInNeed | IndicatorInputKinds.Population;

    private protected override (int From, int To) ItemsOf(ChildrenInNeedColumns columns, int fromChild, int toChild) => columns.PlansOf(fromChild, toChild);

    private protected override int[] ChildOfItem(ChildrenInNeedColumns columns) => columns.PlanChild;

    private protected override string? SubjectOf(ChildrenInNeedColumns columns, int item) => $"plan {CinRules.Iso(columns.PlanStart[item])}";

    private protected override Decision Decide(ChildrenInNeedColumns columns, int child, int item, in PeriodDays period, ComputeOptions options, Why why) =>
        StartedIn(columns, item, period, why);

    /// <summary>
    /// Whether plan <paramref name="plan"/> started in the period (in the numerator), or why not: the one decision of a plan
    /// starting in the year, which its breakdown by initial category (CPP_BY_CATEGORY_*) shares.
    /// </summary>
    internal static Decision StartedIn(ChildrenInNeedColumns columns, int plan, in PeriodDays period, Why why) =>
        period.Contains(columns.PlanStart[plan])
            ? Decision.Numerator(why, "plan started in the period")
            : Decision.Excluded(why, CinRules.NotInPeriod(why, "started", columns.PlanStart[plan]));

    private protected override decimal Denominator(IndicatorInputs inputs, ReportingPeriod period, int itemCount, ImmutableArray<string>.Builder notes) =>
        PopulationDenominator.For(inputs.Population, period, notes);

    private protected override string EmptyDenominatorNote(ReportingPeriod period) => PopulationDenominator.EmptyNote(period);
}
