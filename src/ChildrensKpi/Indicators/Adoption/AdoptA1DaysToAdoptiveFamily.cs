namespace ChildrensKpi;

/// <summary>
/// ADOPT_A1 (adoption scorecard A1; formerly ADOPTA1): average days from entering care to moving in with the adoptive
/// family, unadjusted for foster carer adoptions.
/// </summary>
/// <remarks>
/// <para>Source: DfE, <i>Adoption scorecards: methodology and guidance</i> (2018), A1 (indicators-current.md, "Adoption" [S5]).</para>
/// <para>Denominator: children adopted in the period (REC E11, E12; the scorecard's period is the three years ending 31 March,
/// passed by the caller) who were placed for adoption before the order. Excluded, with the reason: not placed for adoption
/// before the order; the start of the period of care not in the data (never assumed).</para>
/// <para>Numerator: the sum of calendar days from entering care (the start of the period of care that ended in the adoption)
/// to moving in: the start of the last unbroken run of A3–A6 (legacy A1, A2) episodes before the adoption. The value is the
/// mean.</para>
/// <para>Reading: the scorecard's A1 is unadjusted; ASGLB replaced it by A10 (<see cref="AdoptA10DaysToAdoptiveFamilyAdjusted"/>)
/// from 2021-22, so A10 is the current headline.</para>
/// </remarks>
internal sealed class AdoptA1DaysToAdoptiveFamily : AdoptionScorecardIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        AdoptionScorecard.A1Id,
        ["ADOPTA1", "scorecard A1", "adoption scorecard A1"],
        "Average days from entering care to moving in with the adoptive family, unadjusted",
        Polarity.LowerIsBetter,
        IndicatorUnit.Days,
        "Sum of days from entering care to the start of the placement for adoption (the last run of A3–A6 or A1–A2 episodes)",
        "Children adopted in the period (REC E11, E12) who were placed for adoption before the order",
        AdoptionScorecard.Source + "; A1, unadjusted.")
    {
        Group = IndicatorGroup.Current,
    };

    private protected override Func<AdoptionThreshold, int>? ThresholdOf => t => t.A1Days;

    private protected override Decision DecideInCohort(ChildHistory child, ScorecardAdoption adoption, ComputeOptions options, Why why)
    {
        int days = AdoptionScorecard.Days(adoption.Entered, adoption.MovedIn);
        return Decision.Measured(why, days,
            $"{adoption.Adopted}; entered care {LookedAfterRules.Iso(adoption.Entered)}, placed for adoption ({adoption.Placed.Placement}) {LookedAfterRules.Iso(adoption.MovedIn)}: {days} days");
    }
}
