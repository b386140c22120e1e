namespace ChildrensKpi;

/// <summary>
/// NI 61: timeliness of placements of looked-after children for adoption following the decision that they should be.
/// </summary>
/// <remarks>
/// <para>Denominator: children who ceased to be looked after during the period through adoption (REC E11 or E12).</para>
/// <para>Numerator: those placed for adoption within 12 months of the decision that they should be (AD1 <c>DATE_INT</c>):
/// placed on or before the decision date plus 12 months (NodaTime month arithmetic).</para>
/// <para>Readings: the day placed is the start of the first episode of the adopted period of care with a placed-for-adoption
/// PLACE (A3–A6, legacy A1–A2) — for a foster carer who becomes the adopter (RNE T/U) that is the day the PLACE changed —
/// else the latest PlacedAdoption <c>DATE_PLACED</c> within that period of care. A child with no AD1 <c>DATE_INT</c> or
/// no day placed stays in the denominator only (the timeliness cannot be shown).</para>
/// </remarks>
internal sealed class Ni61AdoptionTimeliness : PerChildIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "NI61",
        [],
        "Timeliness of placement for adoption after the decision",
        Polarity.HigherIsBetter,
        IndicatorUnit.Percent,
        "Those placed for adoption (first A3–A6 episode, or PlacedAdoption DATE_PLACED) within 12 months of the decision that they should be (AD1 DATE_INT)",
        "Children who ceased to be looked after through adoption (REC E11 or E12) during the year",
        "National Indicator Set handbook of definitions (2008), NI 61.");

    internal override Decision Decide(ChildHistory child, ReportingPeriod period, Why why)
    {
        if (AdoptionRules.AdoptedDuring(child, period) is not { } adopted)
        {
            return Decision.Excluded(why, AdoptionRules.NotAdopted(child, period, why));
        }
        string what = AdoptionRules.Adopted(adopted);
        if (child.Adoption?.DecisionDate is not { } decision)
        {
            return Decision.DenominatorOnly(why, $"{what}; no AD1 DATE_INT (decision to place for adoption), so timeliness cannot be shown");
        }
        if (AdoptionRules.PlacedForAdoption(child, adopted, out string source) is not { } placed)
        {
            return Decision.DenominatorOnly(why, $"{what}; {source}, so timeliness cannot be shown");
        }
        var deadline = decision.PlusMonths(12);
        string? reason = why.Say($"{what}; decision {LookedAfterRules.Iso(decision)}; {source}");
        var result = placed <= deadline
            ? Decision.Numerator(why, $"{reason}, on or before {LookedAfterRules.Iso(deadline)} (within 12 months)")
            : Decision.DenominatorOnly(why, $"{reason}, after {LookedAfterRules.Iso(deadline)} (more than 12 months)");
        return adopted.StartsBeforeData ? result.BeginningBeforeData() : result;
    }

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        "No child ceased to be looked after through adoption in the period, so there is no value.";
}
