using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// CPP31_BY_CATEGORY_NEG, _PHY, _SAB, _EMO, _MUL and _NOT_STATED: children who were the subject of a child protection plan
/// at 31 March by the initial category of abuse of that plan, as percentages of all children subject of a plan then.
/// </summary>
/// <remarks>
/// <para>Source: DfE, <i>Characteristics of children in need</i> [S4], children who were the subject of a child protection
/// plan at 31 March by initial category of abuse; indicators-current.md, CPP_BY_CATEGORY (its breakdown of plans by
/// initial category, taken at 31 March as the DfE publishes it too). Polarity: contextual.</para>
/// <para>Denominator: children with a plan open at the period's end, each child once (CPP10K's numerator, one decision:
/// <see cref="Cpp10kProtectionPlanRate.SubjectOfPlan"/>). Numerator: those whose plan counted (the earliest open one, the
/// plan CPP10K names) has the group's <c>InitialCategoryOfAbuse</c>; none given is "not stated". The six groups partition
/// the denominator.</para>
/// </remarks>
internal sealed class Cpp31ByCategory : PerItemIndicator
{
    private readonly string? _code;

    private Cpp31ByCategory(string? code, string name)
    {
        _code = code;
        Definition = new("CPP31_BY_CATEGORY_" + (code ?? "NOT_STATED"), [], "Children subject of a child protection plan at 31 March: " + name,
            Polarity.Contextual, IndicatorUnit.Percent,
            code is null ? "Those whose plan has no InitialCategoryOfAbuse (not stated)" : $"Those whose plan has InitialCategoryOfAbuse {code}",
            "Children subject of a child protection plan at 31 March (CPP10K's numerator: each child once, on the earliest open plan)",
            "DfE, Characteristics of children in need: children subject of a child protection plan at 31 March by initial category of abuse.")
        { Group = IndicatorGroup.Current };
    }

    /// <summary>The six groups, in the order of <see cref="AbuseCategories.All"/>.</summary>
    public static ImmutableArray<Cpp31ByCategory> All { get; } = [.. AbuseCategories.All.Select(c => new Cpp31ByCategory(c.Code, c.Name))];

    public override IndicatorDefinition Definition { get; }

    public override IndicatorInputKinds Requires => IndicatorInputKinds.ChildrenInNeed;

    // The child is the unit, as in CPP10K: each child with a plan is one item.
    private protected override (int From, int To) ItemsOf(ChildrenInNeedColumns columns, int fromChild, int toChild) => columns.PlanHoldersOf(fromChild, toChild);

    private protected override int[] ChildOfItem(ChildrenInNeedColumns columns) => columns.PlanHolders;

    private protected override string? SubjectOf(ChildrenInNeedColumns columns, int item) => null;

    private protected override Decision Decide(ChildrenInNeedColumns columns, int child, int item, in PeriodDays period, ComputeOptions options, Why why)
    {
        var subject = Cpp10kProtectionPlanRate.SubjectOfPlan(columns, child, period, why, out int plan);
        if (!subject.InNumerator)
        {
            return subject;
        }
        var category = AbuseCategories.GroupOf(columns.PlanInitialCategory[plan]);
        return category == _code
            ? Decision.Numerator(why, $"plan started {CinRules.Iso(columns.PlanStart[plan])} open on {CinRules.Iso(period.Last)}, initial category {category ?? "not stated"}")
            : Decision.DenominatorOnly(why, $"plan started {CinRules.Iso(columns.PlanStart[plan])} open on {CinRules.Iso(period.Last)}, initial category {category ?? "not stated"}");
    }

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        $"No child was the subject of a child protection plan on {ReportingPeriod.Iso(period.End)}, so there is no value.";
}
