using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// CPP_BY_CATEGORY_NEG, _PHY, _SAB, _EMO, _MUL and _NOT_STATED: child protection plans starting in the year by their
/// initial category of abuse, as percentages of all plans starting in the year.
/// </summary>
/// <remarks>
/// <para>Source: DfE, <i>Characteristics of children in need</i> [S4], children who were the subject of a child protection
/// plan starting in the year by initial category of abuse (plans counted as events); indicators-current.md,
/// CPP_BY_CATEGORY. Polarity: contextual.</para>
/// <para>Denominator: plans with <c>CPPstartDate</c> in the period, each plan once (CPP_STARTS10K's numerator, one
/// decision: <see cref="CppStartsRate.StartedIn"/>). Numerator: those whose <c>InitialCategoryOfAbuse</c> is the group's
/// code; none given (or not one of the five codes) is "not stated" (<see cref="AbuseCategories.GroupOf"/>). The six
/// groups partition the denominator.</para>
/// </remarks>
internal sealed class CppStartsByCategory : PerItemIndicator
{
    private readonly string? _code;

    private CppStartsByCategory(string? code, string name)
    {
        _code = code;
        Definition = new("CPP_BY_CATEGORY_" + (code ?? "NOT_STATED"), [], "Child protection plans starting in the year: " + name,
            Polarity.Contextual, IndicatorUnit.Percent,
            code is null ? "Those with no InitialCategoryOfAbuse (not stated)" : $"Those with InitialCategoryOfAbuse {code}",
            "Child protection plans with CPPstartDate in the year (CPP_STARTS10K's numerator: each plan counts)",
            "DfE, Characteristics of children in need: child protection plans starting in the year by initial category of abuse.")
        { Group = IndicatorGroup.Current };
    }

    /// <summary>The six groups, in the order of <see cref="AbuseCategories.All"/>.</summary>
    public static ImmutableArray<CppStartsByCategory> All { get; } = [.. AbuseCategories.All.Select(c => new CppStartsByCategory(c.Code, c.Name))];

    public override IndicatorDefinition Definition { get; }

    public override IndicatorInputKinds Requires => IndicatorInputKinds.ChildrenInNeed;

    private protected override (int From, int To) ItemsOf(ChildrenInNeedColumns columns, int fromChild, int toChild) => columns.PlansOf(fromChild, toChild);

    private protected override int[] ChildOfItem(ChildrenInNeedColumns columns) => columns.PlanChild;

    private protected override string? SubjectOf(ChildrenInNeedColumns columns, int item) => $"plan {CinRules.Iso(columns.PlanStart[item])}";

    private protected override Decision Decide(ChildrenInNeedColumns columns, int child, int item, in PeriodDays period, ComputeOptions options, Why why)
    {
        var started = CppStartsRate.StartedIn(columns, item, period, why);
        if (!started.InNumerator)
        {
            return started;
        }
        var category = AbuseCategories.GroupOf(columns.PlanInitialCategory[item]);
        return category == _code
            ? Decision.Numerator(why, $"plan started in the period, initial category {category ?? "not stated"}")
            : Decision.DenominatorOnly(why, $"plan started in the period, initial category {category ?? "not stated"}");
    }

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        "No child protection plan started in the period, so there is no value.";
}
