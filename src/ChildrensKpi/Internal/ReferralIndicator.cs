namespace ChildrensKpi;

/// <summary>The referral indicators (REF10K, REREF12, NI68): referrals dated in the period, one explanation each.</summary>
internal abstract class ReferralIndicator : PerItemIndicator
{
    private protected override (int From, int To) ItemsOf(ChildrenInNeedColumns columns, int fromChild, int toChild) => columns.ReferralsOf(fromChild, toChild);

    private protected override int[] ChildOfItem(ChildrenInNeedColumns columns) => columns.ReferralChild;

    private protected override string? SubjectOf(ChildrenInNeedColumns columns, int item) => $"referral {CinRules.Iso(columns.ReferralDate[item])}";

    private protected sealed override Decision Decide(ChildrenInNeedColumns columns, int child, int item, in PeriodDays period, ComputeOptions options, Why why) =>
        period.Contains(columns.ReferralDate[item])
            ? DecideInPeriod(columns, child, item, why)
            : Decision.Excluded(why, CinRules.NotInPeriod(why, "referred", columns.ReferralDate[item]));

    /// <summary>Where a referral dated in the period stands.</summary>
    private protected abstract Decision DecideInPeriod(ChildrenInNeedColumns columns, int child, int item, Why why);

    private protected override string EmptyDenominatorNote(ReportingPeriod period) => "No referral is dated in the period, so there is no value.";
}
