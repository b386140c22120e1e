namespace ChildrensKpi;

/// <summary>REF_NFA: referrals in the year with no further action.</summary>
/// <remarks>
/// <para>Source: DfE, <i>Characteristics of children in need</i> [S4], "referrals resulting in no further action".
/// Polarity: contextual.</para>
/// <para>Denominator: referrals with <c>CINreferralDate</c> in the period, as REF10K counts them. Numerator: those with
/// <c>ReferralNFA</c> true (not given reads as not NFA).</para>
/// </remarks>
internal sealed class RefNfaReferralsWithNoFurtherAction : ReferralIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "REF_NFA",
        [],
        "Referrals with no further action",
        Polarity.Contextual,
        IndicatorUnit.Percent,
        "Those with ReferralNFA true",
        "Referrals with a referral date in the year (as REF10K)",
        "DfE, Characteristics of children in need: referrals resulting in no further action.")
    { Group = IndicatorGroup.Current };

    private protected override Decision DecideInPeriod(ChildrenInNeedColumns columns, int child, int item, Why why) =>
        columns.ReferralNoFurtherAction[item]
            ? Decision.Numerator(why, "referred in the period; no further action (ReferralNFA)")
            : Decision.DenominatorOnly(why, "referred in the period; not a referral with no further action");
}
