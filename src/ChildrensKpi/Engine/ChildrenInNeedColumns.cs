namespace ChildrensKpi;

/// <summary>
/// A <see cref="ChildrenInNeedData"/> as columns, built once and read by every children in need indicator: the children
/// in id order, and their referrals, assessments, section 47 enquiries and protection plans grouped by child (per-child
/// offsets), dates as day numbers (<see cref="DayNumbers"/>), codes as bytes.
/// </summary>
/// <remarks>
/// Within a child, referrals are in date order and plans in start order (each is unique per child, so that order is
/// total); assessments (grouped by type too) and enquiries keep the order given, so ties between identical items are
/// explained in the order they were given. The columns hold data and links (an enquiry's referral), never a decision.
/// </remarks>
internal sealed class ChildrenInNeedColumns
{
    /// <summary>Assessment types are 1 to 3 (<see cref="AssessmentType"/>); each child's assessments are grouped by type.</summary>
    private const int AssessmentTypes = 3;

    private ChildrenInNeedColumns(ChildId[] children)
    {
        Children = children;
    }

    /// <summary>Every child with a referral, assessment, enquiry or plan, in <see cref="ChildId"/> order.</summary>
    public ChildId[] Children { get; }

    public int ChildCount => Children.Length;

    /// <summary>Referral <c>i</c> of child <c>c</c> is at <c>ReferralOffsets[c] &lt;= i &lt; ReferralOffsets[c + 1]</c>.</summary>
    public int[] ReferralOffsets { get; private set; } = [];

    public int[] ReferralDate { get; private set; } = [];

    /// <summary>The initial conference recorded on the referral (older censuses), or <see cref="DayNumbers.None"/>.</summary>
    public int[] ReferralConference { get; private set; } = [];

    /// <summary>The types of the assessments that follow each referral (same child and referral date), one bit per type.</summary>
    public byte[] ReferralAssessedTypes { get; private set; } = [];

    /// <summary>Child <c>c</c>'s assessments of type <c>t</c> start at <c>AssessmentOffsets[c * 3 + t - 1]</c>.</summary>
    public int[] AssessmentOffsets { get; private set; } = [];

    public int[] AssessmentReferral { get; private set; } = [];

    /// <summary>The assessment's start, or <see cref="DayNumbers.None"/>.</summary>
    public int[] AssessmentStart { get; private set; } = [];

    /// <summary>The assessment's authorisation, or <see cref="DayNumbers.None"/> while open.</summary>
    public int[] AssessmentAuthorised { get; private set; } = [];

    public int[] EnquiryOffsets { get; private set; } = [];

    public int[] EnquiryStart { get; private set; } = [];

    /// <summary>The conference recorded on the enquiry, or <see cref="DayNumbers.None"/>.</summary>
    public int[] EnquiryConference { get; private set; } = [];

    public bool[] EnquiryConferenceNotRequired { get; private set; } = [];

    /// <summary>The index of the enquiry's referral (same child and referral date), or -1 when it is not in the data.</summary>
    public int[] EnquiryReferral { get; private set; } = [];

    public int[] PlanOffsets { get; private set; } = [];

    public int[] PlanStart { get; private set; } = [];

    /// <summary>The plan's end, or <see cref="DayNumbers.Open"/> while open.</summary>
    public int[] PlanEnd { get; private set; } = [];

    /// <summary><c>NumberOfPreviousCPP</c>, 0 when not given (only a positive number is read).</summary>
    public int[] PlanPreviousPlans { get; private set; } = [];

    /// <summary>Plan <c>p</c>'s reviews are <c>Reviews[ReviewOffsets[p]..ReviewOffsets[p + 1]]</c>, in date order.</summary>
    public int[] ReviewOffsets { get; private set; } = [];

    public int[] Reviews { get; private set; } = [];

    /// <summary>The child's referrals, in date order.</summary>
    public (int From, int To) ReferralsOf(int child) => (ReferralOffsets[child], ReferralOffsets[child + 1]);

    /// <summary>The child's assessments of <paramref name="type"/>, in the order given.</summary>
    public (int From, int To) AssessmentsOf(int child, AssessmentType type)
    {
        int group = (child * AssessmentTypes) + (int)type - 1;
        return (AssessmentOffsets[group], AssessmentOffsets[group + 1]);
    }

    public (int From, int To) EnquiriesOf(int child) => (EnquiryOffsets[child], EnquiryOffsets[child + 1]);

    /// <summary>The child's plans, in start order.</summary>
    public (int From, int To) PlansOf(int child) => (PlanOffsets[child], PlanOffsets[child + 1]);

    /// <summary>Whether referral <paramref name="referral"/> was followed by an assessment of <paramref name="type"/>.</summary>
    public bool ReferralLedTo(int referral, AssessmentType type) => (ReferralAssessedTypes[referral] & TypeBit(type)) != 0;

    public static ChildrenInNeedColumns From(ChildrenInNeedData data)
    {
        var children = ChildrenOf(data);
        var number = new Dictionary<ChildId, int>(children.Length);
        for (int c = 0; c < children.Length; c++)
        {
            number[children[c]] = c;
        }
        var columns = new ChildrenInNeedColumns(children);
        columns.AddReferrals(data, number);
        columns.AddAssessments(data, number);
        columns.AddEnquiries(data, number);
        columns.AddPlans(data, number);
        return columns;
    }

    private static ChildId[] ChildrenOf(ChildrenInNeedData data)
    {
        var ids = new HashSet<ChildId>();
        ids.UnionWith(data.Referrals.Select(r => r.Child));
        ids.UnionWith(data.Assessments.Select(a => a.Child));
        ids.UnionWith(data.Enquiries.Select(e => e.Child));
        ids.UnionWith(data.Plans.Select(p => p.Child));
        var children = ids.ToArray();
        Array.Sort(children);
        return children;
    }

    private void AddReferrals(ChildrenInNeedData data, Dictionary<ChildId, int> number)
    {
        var referrals = data.Referrals;
        var order = GroupOrder([.. referrals.Select(r => number[r.Child])], ChildCount, out var offsets);
        var dates = order.Select(i => DayNumbers.Of(referrals[i].Date)).ToArray();
        SortWithinGroups(offsets, dates, order);
        ReferralOffsets = offsets;
        ReferralDate = dates;
        ReferralConference = [.. order.Select(i => DayNumbers.Of(referrals[i].InitialConferenceDate, DayNumbers.None))];
        ReferralAssessedTypes = new byte[order.Length];
    }

    private void AddAssessments(ChildrenInNeedData data, Dictionary<ChildId, int> number)
    {
        var assessments = data.Assessments;
        // An assessment of no known type is counted by no indicator, so it has no place in the columns.
        var groups = assessments.Select(a => a.Type is >= AssessmentType.Initial and <= AssessmentType.Single
            ? (number[a.Child] * AssessmentTypes) + (int)a.Type - 1
            : -1).ToArray();
        var order = GroupOrder(groups, ChildCount * AssessmentTypes, out var offsets);
        AssessmentOffsets = offsets;
        AssessmentReferral = [.. order.Select(i => DayNumbers.Of(assessments[i].ReferralDate))];
        AssessmentStart = [.. order.Select(i => DayNumbers.Of(assessments[i].StartDate, DayNumbers.None))];
        AssessmentAuthorised = [.. order.Select(i => DayNumbers.Of(assessments[i].AuthorisationDate, DayNumbers.None))];
        foreach (int i in order)
        {
            int referral = FindReferral(number[assessments[i].Child], DayNumbers.Of(assessments[i].ReferralDate));
            if (referral >= 0)
            {
                ReferralAssessedTypes[referral] |= TypeBit(assessments[i].Type);
            }
        }
    }

    private void AddEnquiries(ChildrenInNeedData data, Dictionary<ChildId, int> number)
    {
        var enquiries = data.Enquiries;
        var order = GroupOrder([.. enquiries.Select(e => number[e.Child])], ChildCount, out var offsets);
        EnquiryOffsets = offsets;
        EnquiryStart = [.. order.Select(i => DayNumbers.Of(enquiries[i].StartDate))];
        EnquiryConference = [.. order.Select(i => DayNumbers.Of(enquiries[i].InitialConferenceDate, DayNumbers.None))];
        EnquiryConferenceNotRequired = [.. order.Select(i => enquiries[i].ConferenceNotRequired)];
        EnquiryReferral = [.. order.Select(i => FindReferral(number[enquiries[i].Child], DayNumbers.Of(enquiries[i].ReferralDate)))];
    }

    private void AddPlans(ChildrenInNeedData data, Dictionary<ChildId, int> number)
    {
        var plans = data.Plans;
        var order = GroupOrder([.. plans.Select(p => number[p.Child])], ChildCount, out var offsets);
        var starts = order.Select(i => DayNumbers.Of(plans[i].Start)).ToArray();
        SortWithinGroups(offsets, starts, order);
        PlanOffsets = offsets;
        PlanStart = starts;
        PlanEnd = [.. order.Select(i => DayNumbers.Of(plans[i].End, DayNumbers.Open))];
        PlanPreviousPlans = [.. order.Select(i => plans[i].NumberOfPreviousPlans ?? 0)];
        var reviewOffsets = new int[order.Length + 1];
        var reviews = new List<int>();
        for (int p = 0; p < order.Length; p++)
        {
            // The model keeps a plan's reviews in date order without repeats.
            reviews.AddRange(plans[order[p]].Reviews.Select(DayNumbers.Of));
            reviewOffsets[p + 1] = reviews.Count;
        }
        ReviewOffsets = reviewOffsets;
        Reviews = [.. reviews];
    }

    /// <summary>The referral of <paramref name="child"/> dated <paramref name="date"/>, or -1.</summary>
    private int FindReferral(int child, int date)
    {
        var (from, to) = ReferralsOf(child);
        int found = Array.BinarySearch(ReferralDate, from, to - from, date);
        return found >= 0 ? found : -1;
    }

    private static byte TypeBit(AssessmentType type) => (byte)(1 << (int)type);

    /// <summary>
    /// A stable counting sort: the item indexes in group order (items of one group in the order given; group -1 left
    /// out), and the offset of each group's first item (<paramref name="offsets"/>[g + 1] is one past its last).
    /// </summary>
    private static int[] GroupOrder(int[] groups, int groupCount, out int[] offsets)
    {
        offsets = new int[groupCount + 1];
        foreach (int g in groups)
        {
            if (g >= 0)
            {
                offsets[g + 1]++;
            }
        }
        for (int g = 0; g < groupCount; g++)
        {
            offsets[g + 1] += offsets[g];
        }
        var order = new int[offsets[groupCount]];
        var next = offsets[..^1];
        for (int i = 0; i < groups.Length; i++)
        {
            if (groups[i] >= 0)
            {
                order[next[groups[i]]++] = i;
            }
        }
        return order;
    }

    /// <summary>Sorts each group's items by <paramref name="keys"/> (unique within a group), keeping <paramref name="order"/> beside them.</summary>
    private static void SortWithinGroups(int[] offsets, int[] keys, int[] order)
    {
        for (int g = 0; g + 1 < offsets.Length; g++)
        {
            int length = offsets[g + 1] - offsets[g];
            if (length > 1)
            {
                Array.Sort(keys, order, offsets[g], length);
            }
        }
    }
}
