namespace ChildrensKpi;

/// <summary>
/// PAF B7: children looked after in foster placements or placed for adoption.
/// </summary>
/// <remarks>
/// <para>Denominator: children looked after at the end of the period (short breaks V3/V4 ignored), aged under 16 then,
/// excluding those placed with parents (P1) on that day.</para>
/// <para>Numerator: those in a foster placement (U1–U6, legacy F1–F6) or placed for adoption (A3–A6, legacy A1–A2) on that day.</para>
/// <para>Readings: the placement type is that of the child's current placement at the end of the period (the PLACE of the
/// episode open then), except that a child in a temporary placement (T0–T4) is classified by the placement it is a break
/// from (indicators.md, "Temporary placements"): the placement before it in the period of care, else the temporary one. Age is in completed years
/// from the date of birth (Header, else OC3, else OC2); a child without one is excluded.</para>
/// </remarks>
internal sealed class PafB7FosterOrAdoptivePlacements : PerChildIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "PAFB7",
        ["PAF B7"],
        "Children looked after in foster placements or placed for adoption",
        Polarity.HigherIsBetter,
        IndicatorUnit.Percent,
        "Those in foster placements (U1–U6, legacy F1–F6) or placed for adoption (A3–A6, legacy A1–A2) at 31 March",
        "Children looked after at 31 March aged under 16, excluding those placed with parents (P1)",
        "PAF definitions (CSCI), B7. The placement is the PLACE of the episode open on 31 March; a temporary placement (T0–T4) is read as the placement it is a break from.");

    internal override Decision Decide(ChildHistory child, ReportingPeriod period, Why why)
    {
        var end = period.End;
        if (child.PeriodOpenOn(end) is not { } current)
        {
            return Decision.Excluded(why, LookedAfterRules.NotLookedAfter(child, end, why));
        }
        if (LookedAfterRules.AgeOn(child, end, out int age) is { } noAge)
        {
            return Decision.Excluded(why, noAge);
        }
        if (age >= 16)
        {
            return Decision.Excluded(why, $"aged {age} on {LookedAfterRules.Iso(end)} (16 or over)");
        }
        var place = current.Placements[current.CurrentPlacementOn(end)].TypeOn(end);
        return place.Family() switch
        {
            PlacementFamily.PlacedWithParents => Decision.Excluded(why, $"placed with parents (P1) on {LookedAfterRules.Iso(end)}"),
            PlacementFamily.Foster => Decision.Numerator(why, $"in a foster placement ({place}) on {LookedAfterRules.Iso(end)}"),
            PlacementFamily.PlacedForAdoption => Decision.Numerator(why, $"placed for adoption ({place}) on {LookedAfterRules.Iso(end)}"),
            _ => Decision.DenominatorOnly(why, $"placement {place} on {LookedAfterRules.Iso(end)} is neither foster nor placed for adoption"),
        };
    }

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        $"No child under 16 was looked after (other than placed with parents) on {LookedAfterRules.Iso(period.End)}, so there is no value.";
}
