namespace ChildrensKpi;

/// <summary>
/// ADOPT_A3 (adoption scorecard A3): children who moved in with their adoptive family within the threshold of entering care
/// (less than 14 months by default).
/// </summary>
/// <remarks>
/// <para>Source: DfE, <i>Adoption scorecards: methodology and guidance</i> (2018), A3: "less than 14 months" (indicators-current.md,
/// "Adoption" [S5]).</para>
/// <para>Denominator: as ADOPT_A10 (<see cref="AdoptA10DaysToAdoptiveFamilyAdjusted"/>), with the same exclusions.</para>
/// <para>Numerator: those whose moved-in date is before entering care + <see cref="ComputeOptions.A3Months"/> months (default 14;
/// a month from the 31st ends on the month's last day); moved in adjusted for foster carer adoptions as A10 when
/// <see cref="ComputeOptions.A3Adjusted"/> (default), else unadjusted as A1.</para>
/// </remarks>
internal sealed class AdoptA3MovedInWithinThreshold : AdoptionScorecardIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        AdoptionScorecard.A3Id,
        ["scorecard A3", "adoption scorecard A3"],
        "Children who moved in with their adoptive family within the threshold of entering care",
        Polarity.HigherIsBetter,
        IndicatorUnit.Percent,
        "Those who moved in with the adoptive family before entering care + A3Months months (default 14)",
        "Children adopted in the period (REC E11, E12) who were placed for adoption before the order",
        AdoptionScorecard.Source + "; A3.")
    {
        Group = IndicatorGroup.Current,
    };

    private protected override Decision DecideInCohort(ChildHistory child, ScorecardAdoption adoption, ComputeOptions options, Why why)
    {
        var movedIn = options.A3Adjusted ? adoption.MovedInAdjusted : adoption.MovedIn;
        var limit = adoption.Entered.PlusMonths(options.A3Months);
        string how = options.A3Adjusted ? $"adjusted, {adoption.Adjustment}" : "unadjusted";
        return movedIn < limit
            ? Decision.Numerator(why, $"{adoption.Adopted}; entered care {LookedAfterRules.Iso(adoption.Entered)}, moved in {LookedAfterRules.Iso(movedIn)} ({how}), before {LookedAfterRules.Iso(limit)} ({options.A3Months} months)")
            : Decision.DenominatorOnly(why, $"{adoption.Adopted}; entered care {LookedAfterRules.Iso(adoption.Entered)}, moved in {LookedAfterRules.Iso(movedIn)} ({how}), not before {LookedAfterRules.Iso(limit)} ({options.A3Months} months)");
    }
}
