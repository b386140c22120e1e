using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// CIN_BY_NEED_N1 … CIN_BY_NEED_N9, CIN_BY_NEED_NOT_STATED: children in need at 31 March by the primary need of the
/// episode they are counted on, as percentages of all children in need then.
/// </summary>
/// <remarks>
/// <para>Source: DfE, <i>Characteristics of children in need</i> [S4], children in need at 31 March by primary need at
/// assessment; indicators-current.md, CIN_BY_NEED. Polarity: contextual.</para>
/// <para>Denominator: CIN10K's numerator, the children in need at the period's end, each once
/// (<see cref="Cin10kChildrenInNeedRate.InNeed"/>). Numerator: those whose counted episode (the latest open one, the
/// reading of indicators-current.md) has the group's <c>PrimaryNeedCode</c>; an empty code or N0 is "not stated". The ten
/// groups partition the denominator.</para>
/// </remarks>
internal sealed class CinByPrimaryNeed : ChildrenInNeedAtEndShare
{
    private readonly string? _code;

    private CinByPrimaryNeed(string? code, string name)
    {
        _code = code;
        Definition = new(code is null ? "CIN_BY_NEED_NOT_STATED" : "CIN_BY_NEED_" + code, [], "Children in need at 31 March: " + name,
            Polarity.Contextual, IndicatorUnit.Percent,
            code is null ? "Those whose episode of need has no PrimaryNeedCode, or N0 (not stated)" : $"Those whose episode of need has PrimaryNeedCode {code}",
            "Children in need at 31 March (CIN10K's numerator: an episode open then, not NFA, under 18 or unborn, each child once)",
            "DfE, Characteristics of children in need: children in need at 31 March by primary need at assessment.")
        { Group = IndicatorGroup.Current };
    }

    /// <summary>The ten groups, in the order of the code list (N1–N9, then not stated).</summary>
    public static ImmutableArray<CinByPrimaryNeed> All { get; } =
    [
        new("N1", "abuse or neglect"), new("N2", "child's disability or illness"), new("N3", "parental disability or illness"),
        new("N4", "family in acute stress"), new("N5", "family dysfunction"), new("N6", "socially unacceptable behaviour"),
        new("N7", "low income"), new("N8", "absent parenting"), new("N9", "cases other than children in need"),
        new(null, "primary need not stated"),
    ];

    public override IndicatorDefinition Definition { get; }

    private protected override Decision Share(ChildrenInNeedColumns columns, int child, int item, in PeriodDays period, Why why)
    {
        // N0 is the code list's "not stated": the same group as no code.
        var need = columns.ReferralPrimaryNeed[item] is { } code && code != "N0" ? code : null;
        return need == _code
            ? Decision.Numerator(why, $"in need on {CinRules.Iso(period.Last)}, primary need {need ?? "not stated"}")
            : Decision.DenominatorOnly(why, $"in need on {CinRules.Iso(period.Last)}, primary need {need ?? "not stated"}");
    }
}
