namespace ChildrensKpi;

/// <summary>The referral indicators (REF10K, REREF12, NI68): referrals dated in the period, one explanation each.</summary>
internal abstract class ReferralIndicator : PerItemIndicator<Referral>
{
    private protected override IEnumerable<Referral> Items(ChildrenInNeedData data) => data.Referrals;

    private protected override ChildId ChildOf(Referral item) => item.Child;

    private protected override string? SubjectOf(Referral item) => $"referral {CinRules.Iso(item.Date)}";

    private protected sealed override Decision Decide(Referral item, ChildrenInNeedIndex index, ReportingPeriod period, ComputeOptions options, Why why) =>
        period.Contains(item.Date) ? DecideInPeriod(item, index, why) : Decision.Excluded(why, CinRules.NotInPeriod(why, "referred", item.Date));

    /// <summary>Where a referral dated in the period stands.</summary>
    private protected abstract Decision DecideInPeriod(Referral item, ChildrenInNeedIndex index, Why why);

    private protected override string EmptyDenominatorNote(ReportingPeriod period) => "No referral is dated in the period, so there is no value.";
}
