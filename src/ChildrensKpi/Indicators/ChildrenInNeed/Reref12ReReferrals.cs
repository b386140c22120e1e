namespace ChildrensKpi;

/// <summary>
/// REREF12: referrals within 12 months of a previous referral of the same child.
/// </summary>
/// <remarks>
/// <para>Denominator: referrals dated in the period.</para>
/// <para>Numerator: those where the same child had an earlier referral (strictly earlier date) dated on or after the
/// referral date minus 12 calendar months: exactly 12 months to the day counts (15 June 2006 after 15 June 2005 is a
/// re-referral; 29 February minus 12 months is 28 February). Earlier referrals count whatever files they came from.</para>
/// </remarks>
internal sealed class Reref12ReReferrals : ReferralIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "REREF12",
        [],
        "Re-referrals within 12 months",
        Polarity.LowerIsBetter,
        IndicatorUnit.Percent,
        "Referrals where the child had a previous referral in the 12 months before (12 months to the day counts)",
        "Referrals with a referral date in the year",
        "DfE characteristics of children in need statistics (re-referrals within 12 months of a previous referral).");

    private protected override Decision DecideInPeriod(Referral item, ChildrenInNeedIndex index, Why why)
    {
        var since = item.Date.PlusMonths(-12);
        Referral? previous = null;
        foreach (var referral in index.ReferralsOf(item.Child))
        {
            if (referral.Date < item.Date)
            {
                previous = referral;
            }
        }
        if (previous is null)
        {
            return Decision.DenominatorOnly(why, "no earlier referral of this child");
        }
        return previous.Date >= since
            ? Decision.Numerator(why, $"previous referral {CinRules.Iso(previous.Date)}, on or after {CinRules.Iso(since)} (within 12 months)")
            : Decision.DenominatorOnly(why, $"previous referral {CinRules.Iso(previous.Date)}, before {CinRules.Iso(since)} (more than 12 months)");
    }
}
