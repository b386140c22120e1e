namespace ChildrensKpi;

/// <summary>
/// ADOPT_A2 (adoption scorecard A2; formerly ADOPTA2): average days from the court's authority to place (placement or
/// freeing order) to the match with the adopters.
/// </summary>
/// <remarks>
/// <para>Source: DfE, <i>Adoption scorecards: methodology and guidance</i> (2018), A2; LG Inform metric 912 (indicators-current.md,
/// "Adoption" [S5]).</para>
/// <para>Denominator: ADOPT_A10's cohort (<see cref="AdoptA10DaysToAdoptiveFamilyAdjusted"/>) with a placement order (LS E1) or
/// legacy freeing order (D1) in the adopted period of care. Excluded, with the reason, besides A10's exclusions: no such order;
/// no AD1 row; an AD1 row without DATE_MATCH (the days cannot be counted, and counting 0 would flatter the mean).</para>
/// <para>Numerator: the sum of calendar days from the first E1 or D1 episode's DECOM in that period of care to AD1 DATE_MATCH;
/// 0 for a child matched before the order, as the scorecard counts it [S5]. The value is the mean.</para>
/// </remarks>
internal sealed class AdoptA2DaysFromPlacementOrderToMatch : AdoptionScorecardIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        AdoptionScorecard.A2Id,
        ["ADOPTA2", "scorecard A2", "adoption scorecard A2"],
        "Average days from court authority to place to the match with the adopters",
        Polarity.LowerIsBetter,
        IndicatorUnit.Days,
        "Sum of days from the placement order (first LS E1 or D1 episode) to the match (AD1 DATE_MATCH), 0 when matched earlier",
        "Children adopted in the period who were placed for adoption before the order, with a placement or freeing order and a match date",
        AdoptionScorecard.Source + "; A2.")
    {
        Group = IndicatorGroup.Current,
    };

    private protected override Func<AdoptionThreshold, int>? ThresholdOf => t => t.A2Days;

    private protected override Decision DecideInCohort(ChildHistory child, ScorecardAdoption adoption, ComputeOptions options, Why why)
    {
        if (adoption.Care.Episodes.Where(e => e.LegalStatus is LegalStatus.E1 or LegalStatus.D1).Cast<EpisodeView?>().FirstOrDefault() is not { } order)
        {
            return Decision.Excluded(why, $"{adoption.Adopted}; no placement order (LS E1) or freeing order (D1) in the period of care");
        }
        if (child.Adoption is null)
        {
            return Decision.Excluded(why, $"{adoption.Adopted}; placement order ({order.LegalStatus}) {LookedAfterRules.Iso(order.Start)} but no AD1 row, so the days to the match cannot be counted");
        }
        if (child.Adoption.MatchDate is not { } match)
        {
            return Decision.Excluded(why, $"{adoption.Adopted}; placement order ({order.LegalStatus}) {LookedAfterRules.Iso(order.Start)} but no AD1 DATE_MATCH, so the days cannot be counted");
        }
        if (match < order.Start)
        {
            return Decision.Measured(why, 0,
                $"{adoption.Adopted}; matched {LookedAfterRules.Iso(match)}, before the placement order ({order.LegalStatus}) {LookedAfterRules.Iso(order.Start)}: 0 days");
        }
        int days = AdoptionScorecard.Days(order.Start, match);
        return Decision.Measured(why, days,
            $"{adoption.Adopted}; placement order ({order.LegalStatus}) {LookedAfterRules.Iso(order.Start)}, matched {LookedAfterRules.Iso(match)}: {days} days");
    }

    /// <summary>The match comes from AD1: it must cover the period as well as the episodes.</summary>
    internal override string? CoverageGap(IndicatorInputs inputs, ReportingPeriod period) =>
        DataCoverage.Adoptions(inputs.LookedAfter!, period) ?? base.CoverageGap(inputs, period);

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        "No child of ADOPT_A10's cohort had a placement or freeing order and a match date, so there is no value.";
}
