namespace ChildrensKpi;

/// <summary>
/// ADOPTA1 (adoption scorecard A1): average days from entering care to moving in with the adoptive family.
/// </summary>
/// <remarks>
/// <para>Denominator: children who ceased to be looked after during the period through adoption (REC E11 or E12).</para>
/// <para>Numerator: the sum, over them, of the days from the start of the adopted period of care to the start of the
/// adoptive placement. The value is the mean in days (the scorecard publishes a 3-year average: pass a 3-year period).</para>
/// <para>Readings: the adoptive placement is the placement the child was adopted from, the last of the period of care (a
/// temporary placement, T0–T4, is not a placement; one within the adoptive placement does not end it); a
/// placement begins only at RNE S, P or B, so when foster carers become the adopters (RNE T/U) the child moved in with
/// the adoptive family when the foster placement began. A history beginning part way through the period of care is flagged:
/// the days are then too few.</para>
/// </remarks>
internal sealed class AdoptA1DaysToAdoptiveFamily : PerChildIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "ADOPTA1",
        ["adoption scorecard A1"],
        "Average days from entering care to moving in with the adoptive family",
        Polarity.LowerIsBetter,
        IndicatorUnit.Days,
        "Sum of days from the start of the period of care to the start of the adoptive placement",
        "Children adopted in the period (REC E11 or E12)",
        "DfE adoption scorecard, indicator A1 (published as a 3-year average).");

    internal override Decision Decide(ChildHistory child, ReportingPeriod period, Why why)
    {
        if (AdoptionRules.AdoptedDuring(child, period) is not { } adopted)
        {
            return Decision.Excluded(why, AdoptionRules.NotAdopted(child, period, why));
        }
        var placement = adopted.Placements[adopted.LastCountedPlacement()];
        int days = AdoptionRules.DaysBetween(adopted.Start, placement.Start);
        var decision = Decision.Measured(why, days,
            $"{AdoptionRules.Adopted(adopted)}; entered care {LookedAfterRules.Iso(adopted.Start)}, moved in with the adoptive family ({placement.Type}) {LookedAfterRules.Iso(placement.Start)}: {days} days");
        return adopted.StartsBeforeData ? decision.BeginningBeforeData() : decision;
    }

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        "No child ceased to be looked after through adoption in the period, so there is no value.";
}
