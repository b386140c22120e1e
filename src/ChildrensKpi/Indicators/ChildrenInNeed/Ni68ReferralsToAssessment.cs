namespace ChildrensKpi;

/// <summary>
/// NI 68: referrals to children's social care going on to initial assessment.
/// </summary>
/// <remarks>
/// <para>Denominator: referrals dated in the period.</para>
/// <para>Numerator: those that led to an initial assessment, or from 2013 a single assessment (an assessment of the same
/// child with the same referral date), whenever it started or was authorised.</para>
/// </remarks>
internal sealed class Ni68ReferralsToAssessment : ReferralIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "NI68",
        [],
        "Referrals to children's social care going on to initial assessment",
        Polarity.Contextual,
        IndicatorUnit.Percent,
        "Referrals that led to an initial (or single) assessment",
        "Referrals with a referral date in the year",
        "National Indicator Set handbook of definitions (2008), NI 68; single assessments counted from 2013.");

    private protected override Decision DecideInPeriod(ChildrenInNeedColumns columns, int child, int item, Why why) =>
        columns.ReferralLedTo(item, AssessmentType.Initial) || columns.ReferralLedTo(item, AssessmentType.Single)
            ? Decision.Numerator(why, "led to an initial or single assessment")
            : Decision.DenominatorOnly(why, "no initial or single assessment of this referral");
}
