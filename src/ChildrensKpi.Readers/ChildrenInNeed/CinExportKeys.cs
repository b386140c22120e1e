using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>
/// The positional ids of the CIN validator's table export: a child's <c>CINdetailsID</c> names one of its referrals, and
/// a <c>CPPID</c> one plan of that referral. The export's Assessments, Section47 and Reviews rows carry only the ids, so
/// they find their referral date and plan start here, registered as the CINdetails and ChildProtectionPlans rows are read.
/// </summary>
internal sealed class CinExportKeys
{
    private readonly Dictionary<(ChildId Child, string Referral), LocalDate> _referrals = [];
    private readonly Dictionary<(ChildId Child, string Referral, string Plan), LocalDate> _plans = [];

    /// <summary>Registers a referral whose date was readable, whether or not the referral itself was used: its nested rows are still the child's.</summary>
    public void AddReferral(ChildId child, string id, LocalDate date) => _referrals.TryAdd((child, id), date);

    public void AddPlan(ChildId child, string referral, string plan, LocalDate start) => _plans.TryAdd((child, referral, plan), start);

    /// <summary>The referral date a row's CINdetailsID names, or its rejection.</summary>
    public Rejection? TryReferral(ChildId child, in CinField id, out LocalDate date)
    {
        date = default;
        if (id.Text is null)
        {
            return id.Reject($"{id.Name} must not be empty");
        }
        return _referrals.TryGetValue((child, id.Text), out date) ? null
            : id.Reject($"no CINdetails row for LAchildID {child} with CINdetailsID {id.Text}") with { ChildId = child.Value };
    }

    /// <summary>The plan start a row's CINdetailsID and CPPID name, or its rejection.</summary>
    public Rejection? TryPlan(ChildId child, in CinField referral, in CinField plan, out LocalDate start)
    {
        start = default;
        if (referral.Text is null || plan.Text is null)
        {
            var missing = referral.Text is null ? referral : plan;
            return missing.Reject($"{missing.Name} must not be empty");
        }
        return _plans.TryGetValue((child, referral.Text, plan.Text), out start) ? null
            : plan.Reject($"no ChildProtectionPlans row for LAchildID {child} with CINdetailsID {referral.Text} and CPPID {plan.Text}") with { ChildId = child.Value };
    }
}
