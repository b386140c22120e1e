namespace ChildrensKpi;

/// <summary>
/// CLA_FOSTER, CLA_PLACED_ADOPT, CLA_WITH_PARENTS, CLA_INDEP, CLA_RESIDENTIAL, CLA_PLACE_OTHER: children looked after at
/// 31 March by the type of their placement, as percentages of all looked after then.
/// </summary>
/// <remarks>
/// <para>Source: DfE, <i>Children looked after in England including adoptions</i> [S1], "CLA on 31 March by
/// characteristics" (placement). Polarity: higher is better for foster placements, contextual for the rest.</para>
/// <para>Denominator: children looked after at the end of the period (V3/V4 ignored). Numerator: those whose placement
/// is in the group: the <c>PLACE</c> of the episode open that day, a temporary one (T0–T4) reading as the latest
/// placement before it in the period of care, and none before it: Other (<see cref="CarePeriod.CurrentPlacementOn"/>).
/// The six groups partition the denominator.</para>
/// </remarks>
internal sealed class ClaPlacementAt31March : PerChildIndicator
{
    private readonly PlacementGroup _group;

    private ClaPlacementAt31March(string id, PlacementGroup group, string name, string codes, Polarity polarity)
    {
        _group = group;
        Definition = new(id, [], "At 31 March: " + name, polarity, IndicatorUnit.Percent,
            $"Those whose placement at 31 March is {codes} (a temporary placement T0–T4 reads as the placement before it)",
            "Children looked after at 31 March (short breaks V3/V4 ignored)",
            "DfE, Children looked after in England including adoptions, CLA on 31 March by characteristics (placement type); groups of indicators-current.md.")
        { Group = IndicatorGroup.Current };
    }

    public static ClaPlacementAt31March Foster { get; } = new("CLA_FOSTER", PlacementGroup.Foster, "foster placement", "U1–U6 (legacy F1–F6)", Polarity.HigherIsBetter);

    public static ClaPlacementAt31March PlacedForAdoption { get; } = new("CLA_PLACED_ADOPT", PlacementGroup.PlacedForAdoption, "placed for adoption", "A3–A6 (legacy A1, A2)", Polarity.Contextual);

    public static ClaPlacementAt31March WithParents { get; } = new("CLA_WITH_PARENTS", PlacementGroup.WithParents, "placed with parents", "P1", Polarity.Contextual);

    public static ClaPlacementAt31March IndependentLiving { get; } = new("CLA_INDEP", PlacementGroup.IndependentLiving, "independent or semi-independent living",
        "P2, H5 (to the 2024 schema) or K3 (2025 on)", Polarity.Contextual);

    public static ClaPlacementAt31March Residential { get; } = new("CLA_RESIDENTIAL", PlacementGroup.Residential, "residential", "K1, K2, R1, R2, R3, R5 or S1", Polarity.Contextual);

    public static ClaPlacementAt31March Other { get; } = new("CLA_PLACE_OTHER", PlacementGroup.Other, "other placement",
        "P3, Z1, Z11–Z14, or temporary with no placement before it", Polarity.Contextual);

    public override IndicatorDefinition Definition { get; }

    internal override Decision Decide(ChildHistory child, ReportingPeriod period, Why why)
    {
        var end = period.End;
        if (child.PeriodOpenOn(end) is not { } current)
        {
            return Decision.Excluded(why, LookedAfterRules.NotLookedAfter(child, end, why));
        }
        // The one reading of a temporary placement (CarePeriod.CurrentPlacementOn): the placement it is a break from.
        var placement = current.Placements[current.CurrentPlacementOn(end)];
        var type = placement.TypeOn(end);
        var group = placement.IsCounted ? PlacementGroups.Of(type) : PlacementGroup.Other;
        string? reason = why.Explain
            ? placement.IsCounted ? $"placement {type} (from {LookedAfterRules.Iso(placement.Start)}) on {LookedAfterRules.Iso(end)}"
                : $"only temporary placements (T0–T4) in the period of care on {LookedAfterRules.Iso(end)}, read as other"
            : null;
        return group == _group ? Decision.Numerator(why, reason) : Decision.DenominatorOnly(why, reason);
    }

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        $"No child was looked after on {LookedAfterRules.Iso(period.End)}, so there is no value.";
}
