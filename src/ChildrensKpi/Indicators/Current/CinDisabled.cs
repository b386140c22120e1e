namespace ChildrensKpi;

/// <summary>CIN_DISABLED: children in need at 31 March with a disability, as a percentage of all children in need then.</summary>
/// <remarks>
/// <para>Source: DfE, <i>Characteristics of children in need</i> [S4], children in need at 31 March by disability;
/// indicators-current.md, CIN_DISABLED. Polarity: contextual.</para>
/// <para>Denominator: CIN10K's numerator, the children in need at the period's end, each once (one decision:
/// <see cref="Cin10kChildrenInNeedRate.InNeed"/>). Numerator: those with a <c>Disability</c> other than NONE
/// (<see cref="ChildInNeed.Disabilities"/>).</para>
/// <para>Readings: no <c>Disabilities</c> means no disability (indicators-current.md); a child's codes are those of every
/// census read (the reader unions them over the child's copies), so a disability recorded in any of them counts.</para>
/// </remarks>
internal sealed class CinDisabled : ChildrenInNeedAtEndShare
{
    /// <summary>The census's code for "no disability" (<c>disabilitytype</c>); every other code is a disability.</summary>
    private const string NoDisability = "NONE";

    public override IndicatorDefinition Definition { get; } = new(
        "CIN_DISABLED",
        [],
        "Children in need at 31 March with a disability",
        Polarity.Contextual,
        IndicatorUnit.Percent,
        "Those with a Disability other than NONE (no Disabilities recorded: no disability)",
        "Children in need at 31 March (CIN10K's numerator: an episode open then, not NFA, under 18 or unborn, each child once)",
        "DfE, Characteristics of children in need: children in need at 31 March with a disability.")
    { Group = IndicatorGroup.Current };

    private protected override Decision Share(ChildrenInNeedColumns columns, int child, int item, in PeriodDays period, Why why)
    {
        var codes = columns.ChildDisabilities[child];
        foreach (var code in codes)
        {
            if (!string.Equals(code, NoDisability, StringComparison.OrdinalIgnoreCase))
            {
                return Decision.Numerator(why, why.Explain ? $"in need on {CinRules.Iso(period.Last)}, disability {string.Join(", ", codes)}" : null);
            }
        }
        return Decision.DenominatorOnly(why, why.Explain
            ? $"in need on {CinRules.Iso(period.Last)}, {(codes.IsEmpty ? "no disability recorded" : "disability NONE")}"
            : null);
    }
}
