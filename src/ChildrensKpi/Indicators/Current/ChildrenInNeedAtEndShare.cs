namespace ChildrensKpi;

/// <summary>
/// A share of the children in need at the period's end (CIN10K's numerator, each child once, by its one decision
/// <see cref="Cin10kChildrenInNeedRate.InNeed"/>): CIN_BY_NEED's groups and CIN_DISABLED. The population, the referrals it
/// is found from and the note when it is empty are written here once; each measure says only which of those children
/// are in its numerator.
/// </summary>
internal abstract class ChildrenInNeedAtEndShare : PerItemIndicator
{
    public sealed override IndicatorInputKinds Requires => IndicatorInputKinds.ChildrenInNeed;

    private protected sealed override (int From, int To) ItemsOf(ChildrenInNeedColumns columns, int fromChild, int toChild) => columns.ReferralsOf(fromChild, toChild);

    private protected sealed override int[] ChildOfItem(ChildrenInNeedColumns columns) => columns.ReferralChild;

    private protected sealed override string? SubjectOf(ChildrenInNeedColumns columns, int item) => $"referral {CinRules.Iso(columns.ReferralDate[item])}";

    private protected sealed override Decision Decide(ChildrenInNeedColumns columns, int child, int item, in PeriodDays period, ComputeOptions options, Why why)
    {
        var inNeed = Cin10kChildrenInNeedRate.InNeed(columns, child, item, period, why);
        return inNeed.InNumerator ? Share(columns, child, item, period, why) : inNeed;
    }

    /// <summary>Where a child in need at the period's end (by its referral <paramref name="item"/>) stands: numerator or denominator only.</summary>
    private protected abstract Decision Share(ChildrenInNeedColumns columns, int child, int item, in PeriodDays period, Why why);

    private protected sealed override string EmptyDenominatorNote(ReportingPeriod period) =>
        $"No child was in need on {ReportingPeriod.Iso(period.End)}, so there is no value.";
}
