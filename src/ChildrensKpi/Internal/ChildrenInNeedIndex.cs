using NodaTime;

namespace ChildrensKpi;

/// <summary>Lookups over a <see cref="ChildrenInNeedData"/> that several indicators need.</summary>
internal sealed class ChildrenInNeedIndex
{
    private static readonly Referral[] NoReferrals = [];
    private static readonly ProtectionPlan[] NoPlans = [];

    private readonly Dictionary<ChildId, Referral[]> _referralsByChild;
    private readonly Dictionary<(ChildId, LocalDate), Referral> _referrals;
    private readonly HashSet<(ChildId, LocalDate)> _assessedReferrals;
    private readonly Dictionary<ChildId, ProtectionPlan[]> _plansByChild;

    public ChildrenInNeedIndex(ChildrenInNeedData data)
    {
        _referralsByChild = data.Referrals.GroupBy(r => r.Child).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Date).ToArray());
        _referrals = data.Referrals.ToDictionary(r => (r.Child, r.Date));
        _assessedReferrals = [.. data.Assessments.Where(a => a.Type is AssessmentType.Initial or AssessmentType.Single).Select(a => (a.Child, a.ReferralDate))];
        _plansByChild = data.Plans.GroupBy(p => p.Child).ToDictionary(g => g.Key, g => g.OrderBy(p => p.Start).ToArray());
    }

    /// <summary>The child's referrals in date order.</summary>
    public Referral[] ReferralsOf(ChildId child) => _referralsByChild.GetValueOrDefault(child, NoReferrals);

    /// <summary>The child's plans in start order.</summary>
    public ProtectionPlan[] PlansOf(ChildId child) => _plansByChild.GetValueOrDefault(child, NoPlans);

    public Referral? FindReferral(ChildId child, LocalDate date) => _referrals.GetValueOrDefault((child, date));

    /// <summary>Whether the referral led to an initial or single assessment.</summary>
    public bool WasAssessed(ChildId child, LocalDate referralDate) => _assessedReferrals.Contains((child, referralDate));
}
