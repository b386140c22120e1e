namespace ChildrensKpi;

/// <summary>
/// ADOPTA2 (adoption scorecard A2): average days from the placement order to the match with the adopters.
/// </summary>
/// <remarks>
/// <para>Denominator: children who ceased to be looked after during the period through adoption (REC E11 or E12) with a
/// placement order (an episode with LS E1, or legacy D1 freeing order, in the adopted period of care) and an AD1
/// <c>DATE_MATCH</c>.</para>
/// <para>Numerator: the sum of the days from the placement order (the start of the first E1 or D1 episode) to the match.
/// The value is the mean in days.</para>
/// <para>Readings: a child adopted with a placement order but no AD1 <c>DATE_MATCH</c> is excluded, with that reason: the
/// days cannot be counted, and counting the child as 0 days would flatter the mean.</para>
/// </remarks>
internal sealed class AdoptA2DaysFromPlacementOrderToMatch : PerChildIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "ADOPTA2",
        ["adoption scorecard A2"],
        "Average days from placement order to match",
        Polarity.LowerIsBetter,
        IndicatorUnit.Days,
        "Sum of days from the placement order (first LS E1 episode, or D1) to the match (AD1 DATE_MATCH)",
        "Children adopted in the period (REC E11 or E12) with a placement order and a match date",
        "DfE adoption scorecard, indicator A2.");

    internal override Decision Decide(ChildHistory child, ReportingPeriod period, Why why)
    {
        if (AdoptionRules.AdoptedDuring(child, period) is not { } adopted)
        {
            return Decision.Excluded(why, AdoptionRules.NotAdopted(child, period, why));
        }
        string what = AdoptionRules.Adopted(adopted);
        if (adopted.Episodes.Where(e => e.LegalStatus is LegalStatus.E1 or LegalStatus.D1).Cast<EpisodeView?>().FirstOrDefault() is not { } order)
        {
            return Decision.Excluded(why, $"{what}; no placement order (LS E1 or D1) in the period of care");
        }
        if (child.Adoption?.MatchDate is not { } match)
        {
            return Decision.Excluded(why, $"{what}; placement order ({order.LegalStatus}) {LookedAfterRules.Iso(order.Start)} but no AD1 DATE_MATCH, so the days cannot be counted");
        }
        int days = AdoptionRules.DaysBetween(order.Start, match);
        var decision = Decision.Measured(why, days,
            $"{what}; placement order ({order.LegalStatus}) {LookedAfterRules.Iso(order.Start)}, matched {LookedAfterRules.Iso(match)}: {days} days");
        return adopted.StartsBeforeData ? decision.BeginningBeforeData() : decision;
    }

    /// <summary>The match comes from AD1: it must cover the period as well as the episodes.</summary>
    internal override string? CoverageGap(IndicatorInputs inputs, ReportingPeriod period) =>
        DataCoverage.Adoptions(inputs.LookedAfter!, period) ?? base.CoverageGap(inputs, period);

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        "No child adopted in the period had a placement order and a match date, so there is no value.";
}
