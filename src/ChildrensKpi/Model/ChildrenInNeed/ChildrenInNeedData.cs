using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// The children in need census records of one council, possibly over several years: children, referrals,
/// assessments, section 47 enquiries and child protection plans. Build it with the readers or from records.
/// </summary>
/// <remarks>The columns every indicator decides over (records grouped by child, dates as day numbers) are built once, on first use.</remarks>
public sealed class ChildrenInNeedData
{
    private readonly Lazy<ChildrenInNeedColumns> _columns;

    /// <summary>Creates the data set from records.</summary>
    /// <exception cref="ArgumentException">Two referrals share a child and date, or two plans a child and start date.</exception>
    public ChildrenInNeedData(
        IEnumerable<Referral> referrals,
        IEnumerable<Assessment>? assessments = null,
        IEnumerable<Section47Enquiry>? enquiries = null,
        IEnumerable<ProtectionPlan>? plans = null,
        IEnumerable<ChildInNeed>? children = null)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        Referrals = [.. referrals];
        Assessments = assessments is null ? [] : [.. assessments];
        Enquiries = enquiries is null ? [] : [.. enquiries];
        Plans = plans is null ? [] : [.. plans];
        Children = children is null ? [] : [.. children];
        Uniqueness.Require(Referrals.Select(r => (r.Child, r.Date)), nameof(referrals), "referral (child and date)", nameof(ChildrenInNeedData));
        Uniqueness.Require(Plans.Select(p => (p.Child, p.Start)), nameof(plans), "protection plan (child and start date)", nameof(ChildrenInNeedData));
        Uniqueness.Require(Children.Select(c => c.Id), nameof(children), "child", nameof(ChildrenInNeedData));
        _columns = new Lazy<ChildrenInNeedColumns>(() => ChildrenInNeedColumns.From(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// Records whose keys are unique already: the readers keep one record per key (child and date, child and start
    /// date, child) as they merge copies, so checking again would cost a set of a million keys per table for nothing.
    /// </summary>
    internal ChildrenInNeedData(ImmutableArray<Referral> referrals, ImmutableArray<Assessment> assessments,
        ImmutableArray<Section47Enquiry> enquiries, ImmutableArray<ProtectionPlan> plans, ImmutableArray<ChildInNeed> children)
    {
        Referrals = referrals;
        Assessments = assessments;
        Enquiries = enquiries;
        Plans = plans;
        Children = children;
        _columns = new Lazy<ChildrenInNeedColumns>(() => ChildrenInNeedColumns.From(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The records as columns, which every children in need indicator decides over; built on first use.</summary>
    internal ChildrenInNeedColumns Columns => _columns.Value;

    /// <summary>Referrals, as given.</summary>
    public ImmutableArray<Referral> Referrals { get; }

    /// <summary>Assessments of every type, as given.</summary>
    public ImmutableArray<Assessment> Assessments { get; }

    /// <summary>Section 47 enquiries, as given.</summary>
    public ImmutableArray<Section47Enquiry> Enquiries { get; }

    /// <summary>Child protection plans, as given.</summary>
    public ImmutableArray<ProtectionPlan> Plans { get; }

    /// <summary>Children's identifiers and characteristics, as given.</summary>
    public ImmutableArray<ChildInNeed> Children { get; }

    /// <summary>
    /// The collection years (1 April to 31 March) of the censuses the records came from, as their ReferenceDate (or the
    /// year the caller gave for tables naming none) says; empty when not known. What the records cover: the direction of
    /// travel compares with a previous year only when a census of it was given.
    /// </summary>
    public ImmutableArray<ReportingPeriod> CollectionYears { get; init; } = [];
}
