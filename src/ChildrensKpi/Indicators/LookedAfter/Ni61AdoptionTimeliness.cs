namespace ChildrensKpi;

/// <summary>
/// NI 61: timeliness of placements of looked-after children for adoption following the decision that they should be.
/// </summary>
/// <remarks>
/// <para>Denominator: children who ceased to be looked after during the period through adoption (REC E11 or E12).</para>
/// <para>Numerator: those placed for adoption within 12 months of the decision that they should be: placed on or before the
/// decision date plus 12 months (NodaTime month arithmetic).</para>
/// <para>Readings (indicators.md, NI61): the decision is AD1 <c>DATE_INT</c>; where AD1 lacks it, PlacedAdoption
/// <c>DATE_PLACED</c>, which despite its name is the date of that decision (DfE rules 115, 552). The day placed is the start of
/// the placement the child was adopted from, the last run of placed-for-adoption episodes (A3–A6, legacy A1–A2) before the
/// E11/E12 end, temporary episodes within it skipped: an earlier placement for adoption that disrupted does not count; for a
/// foster carer who becomes the adopter (RNE T/U) it is the day the PLACE changed. A child with no decision date or not
/// adopted from a placed-for-adoption episode stays in the denominator only (the timeliness cannot be shown).</para>
/// </remarks>
internal sealed class Ni61AdoptionTimeliness : PerChildIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "NI61",
        [],
        "Timeliness of placement for adoption after the decision",
        Polarity.HigherIsBetter,
        IndicatorUnit.Percent,
        "Those placed for adoption (the start of the A3–A6 placement they were adopted from) within 12 months of the decision that they should be (AD1 DATE_INT, else PlacedAdoption DATE_PLACED)",
        "Children who ceased to be looked after through adoption (REC E11 or E12) during the year",
        "National Indicator Set handbook of definitions (2008), NI 61.");

    internal override Decision Decide(ChildHistory child, ReportingPeriod period, Why why)
    {
        if (AdoptionRules.AdoptedDuring(child, period) is not { } adopted)
        {
            return Decision.Excluded(why, AdoptionRules.NotAdopted(child, period, why));
        }
        string what = AdoptionRules.Adopted(adopted);
        if (AdoptionRules.DecisionToPlace(child, adopted, out string decided) is not { } decision)
        {
            return Decision.DenominatorOnly(why, $"{what}; {decided}, so timeliness cannot be shown");
        }
        if (AdoptionRules.PlacedForAdoption(adopted, out string source) is not { } placed)
        {
            return Decision.DenominatorOnly(why, $"{what}; {source}, so timeliness cannot be shown");
        }
        var deadline = decision.PlusMonths(12);
        string? reason = why.Say($"{what}; {decided}; {source}");
        var result = placed <= deadline
            ? Decision.Numerator(why, $"{reason}, on or before {LookedAfterRules.Iso(deadline)} (within 12 months)")
            : Decision.DenominatorOnly(why, $"{reason}, after {LookedAfterRules.Iso(deadline)} (more than 12 months)");
        return adopted.StartsBeforeData ? result.BeginningBeforeData() : result;
    }

    /// <summary>The decision comes from AD1: it must cover the period as well as the episodes.</summary>
    internal override string? CoverageGap(IndicatorInputs inputs, ReportingPeriod period) =>
        DataCoverage.Adoptions(inputs.LookedAfter!, period) ?? base.CoverageGap(inputs, period);

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        "No child ceased to be looked after through adoption in the period, so there is no value.";
}
