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

    private protected override Decision DecideInPeriod(ChildrenInNeedColumns columns, int child, int item, Why why)
    {
        // A child's referrals are in date order, one per date: the latest earlier referral is the one before.
        if (item == columns.ReferralOffsets[child])
        {
            return Decision.DenominatorOnly(why, "no earlier referral of this child");
        }
        int previous = columns.ReferralDate[item - 1];
        int since = DayNumbers.PlusMonths(columns.ReferralDate[item], -12);
        return previous >= since
            ? Decision.Numerator(why, $"previous referral {CinRules.Iso(previous)}, on or after {CinRules.Iso(since)} (within 12 months)")
            : Decision.DenominatorOnly(why, $"previous referral {CinRules.Iso(previous)}, before {CinRules.Iso(since)} (more than 12 months)");
    }
}
