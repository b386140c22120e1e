namespace ChildrensKpi;

/// <summary>
/// ADOPT_A10 (adoption scorecard / ASGLB A10): average days from entering care to moving in with the adoptive family,
/// adjusted for foster carer adoptions.
/// </summary>
/// <remarks>
/// <para>Source: ASGLB survey 2020-21 (A10 added, A1 dropped from 2021-22); DfE adoption scorecard methodology (indicators-current.md,
/// "Adoption" [S5]).</para>
/// <para>Cohort and exclusions as <see cref="AdoptA1DaysToAdoptiveFamily"/>.</para>
/// <para>Numerator: as A1, except that when the adopters were the foster carers (AD1 FOSTER_CARE 1, or the placement for
/// adoption began with RNE T or U) the child moved in when the placement with them began: back over the episodes joined by
/// RNE L, T, U and temporary placements to the one that began it (S, P or B).</para>
/// <para>Reading: FOSTER_CARE 1 on a placement for adoption that began a placement of its own (RNE P or B) leaves the date
/// as A1's: there is no earlier placement with those carers in the episodes to count from.</para>
/// </remarks>
internal sealed class AdoptA10DaysToAdoptiveFamilyAdjusted : AdoptionScorecardIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        AdoptionScorecard.A10Id,
        ["scorecard A10", "ASGLB A10", "adoption scorecard A10"],
        "Average days from entering care to moving in with the adoptive family, adjusted for foster carer adoptions",
        Polarity.LowerIsBetter,
        IndicatorUnit.Days,
        "Sum of days from entering care to moving in with the adoptive family (for foster carer adoptions, the start of the placement with the carers)",
        "Children adopted in the period (REC E11, E12) who were placed for adoption before the order",
        AdoptionScorecard.Source + "; A10, adjusted for foster carer adoptions.")
    {
        Group = IndicatorGroup.Current,
    };

    private protected override Func<AdoptionThreshold, int>? ThresholdOf => t => t.A1Days;

    private protected override Decision DecideInCohort(ChildHistory child, ScorecardAdoption adoption, ComputeOptions options, Why why)
    {
        var movedIn = adoption.MovedInAdjusted;
        int days = AdoptionScorecard.Days(adoption.Entered, movedIn);
        return Decision.Measured(why, days,
            $"{adoption.Adopted}; entered care {LookedAfterRules.Iso(adoption.Entered)}, placed for adoption ({adoption.Placed.Placement}) {LookedAfterRules.Iso(adoption.MovedIn)}, {adoption.Adjustment}: {days} days");
    }
}
