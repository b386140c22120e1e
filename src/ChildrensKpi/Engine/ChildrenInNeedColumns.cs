using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ChildrensKpi;

/// <summary>
/// A <see cref="ChildrenInNeedData"/> as columns, built once and read by every children in need indicator: the children
/// in id order, and their referrals, assessments, section 47 enquiries and protection plans grouped by child (per-child
/// offsets, and each item's child beside it), dates as day numbers (<see cref="DayNumbers"/>), codes as bytes. The items of
/// a range of children are a range of items, so an indicator runs over a flat range and a partition of the children is a
/// partition of the items.
/// </summary>
/// <remarks>
/// Within a child, referrals are in date order and plans in start order (each is unique per child, so that order is
/// total); assessments and enquiries keep the order given, so ties between identical items are explained in the order
/// they were given. Assessments are grouped by type first, then child: each indicator counts one type. The columns hold
/// data and links (an enquiry's referral), never a decision.
/// </remarks>
internal sealed class ChildrenInNeedColumns
{
    /// <summary>Assessment types are 1 to 3 (<see cref="AssessmentType"/>); assessments are grouped by type, then child.</summary>
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

    /// <summary>The child (index into <see cref="Children"/>) of each referral.</summary>
    public int[] ReferralChild { get; private set; } = [];

    public int[] ReferralDate { get; private set; } = [];

    /// <summary>The initial conference recorded on the referral (older censuses), or <see cref="DayNumbers.None"/>.</summary>
    public int[] ReferralConference { get; private set; } = [];

    /// <summary>The referral's <c>CINclosureDate</c>, or <see cref="DayNumbers.Open"/> while open.</summary>
    public int[] ReferralClosure { get; private set; } = [];

    /// <summary>The referral's <c>ReferralNFA</c> (true: no further action; not given reads as false).</summary>
    public bool[] ReferralNoFurtherAction { get; private set; } = [];

    /// <summary>The referral's <c>PrimaryNeedCode</c> as recorded, or null.</summary>
    public string?[] ReferralPrimaryNeed { get; private set; } = [];

    /// <summary>Each child's <c>PersonBirthDate</c>, or <see cref="DayNumbers.None"/> when unborn or not given.</summary>
    public int[] ChildBirth { get; private set; } = [];

    /// <summary>Each child's disability codes as recorded (<see cref="ChildInNeed.Disabilities"/>); empty when none was given.</summary>
    public ImmutableArray<string>[] ChildDisabilities { get; private set; } = [];

    /// <summary>The types of the assessments that follow each referral (same child and referral date), one bit per type.</summary>
    public byte[] ReferralAssessedTypes { get; private set; } = [];

    /// <summary>Child <c>c</c>'s assessments of type <c>t</c> start at <c>AssessmentOffsets[(t - 1) * ChildCount + c]</c>.</summary>
    public int[] AssessmentOffsets { get; private set; } = [];

    public int[] AssessmentChild { get; private set; } = [];

    public int[] AssessmentReferral { get; private set; } = [];

    /// <summary>The assessment's start, or <see cref="DayNumbers.None"/>.</summary>
    public int[] AssessmentStart { get; private set; } = [];

    /// <summary>The assessment's authorisation, or <see cref="DayNumbers.None"/> while open.</summary>
    public int[] AssessmentAuthorised { get; private set; } = [];

    public int[] EnquiryOffsets { get; private set; } = [];

    public int[] EnquiryChild { get; private set; } = [];

    public int[] EnquiryStart { get; private set; } = [];

    /// <summary>The conference recorded on the enquiry, or <see cref="DayNumbers.None"/>.</summary>
    public int[] EnquiryConference { get; private set; } = [];

    public bool[] EnquiryConferenceNotRequired { get; private set; } = [];

    /// <summary>The index of the enquiry's referral (same child and referral date), or -1 when it is not in the data.</summary>
    public int[] EnquiryReferral { get; private set; } = [];

    public int[] PlanOffsets { get; private set; } = [];

    public int[] PlanChild { get; private set; } = [];

    /// <summary>The children with at least one plan, in order: for indicators whose unit is the child.</summary>
    public int[] PlanHolders { get; private set; } = [];

    public int[] PlanStart { get; private set; } = [];

    /// <summary>The plan's end, or <see cref="DayNumbers.Open"/> while open.</summary>
    public int[] PlanEnd { get; private set; } = [];

    /// <summary>The plan's <c>InitialCategoryOfAbuse</c> as recorded (NEG, PHY, SAB, EMO, MUL), or null.</summary>
    public string?[] PlanInitialCategory { get; private set; } = [];

    /// <summary><c>NumberOfPreviousCPP</c>, 0 when not given (only a positive number is read).</summary>
    public int[] PlanPreviousPlans { get; private set; } = [];

    /// <summary>Plan <c>p</c>'s reviews are <c>Reviews[ReviewOffsets[p]..ReviewOffsets[p + 1]]</c>, in date order.</summary>
    public int[] ReviewOffsets { get; private set; } = [];

    public int[] Reviews { get; private set; } = [];

    /// <summary>The referrals of children <paramref name="fromChild"/> (inclusive) to <paramref name="toChild"/> (exclusive); each child's in date order.</summary>
    public (int From, int To) ReferralsOf(int fromChild, int toChild) => (ReferralOffsets[fromChild], ReferralOffsets[toChild]);

    /// <summary>The assessments of <paramref name="type"/> of children <paramref name="fromChild"/> to <paramref name="toChild"/> (exclusive).</summary>
    public (int From, int To) AssessmentsOf(AssessmentType type, int fromChild, int toChild)
    {
        int group = ((int)type - 1) * ChildCount;
        return (AssessmentOffsets[group + fromChild], AssessmentOffsets[group + toChild]);
    }

    public (int From, int To) EnquiriesOf(int fromChild, int toChild) => (EnquiryOffsets[fromChild], EnquiryOffsets[toChild]);

    /// <summary>The plans of children <paramref name="fromChild"/> to <paramref name="toChild"/> (exclusive); each child's in start order.</summary>
    public (int From, int To) PlansOf(int fromChild, int toChild) => (PlanOffsets[fromChild], PlanOffsets[toChild]);

    /// <summary>The positions in <see cref="PlanHolders"/> of the children <paramref name="fromChild"/> to <paramref name="toChild"/> (exclusive) with a plan.</summary>
    public (int From, int To) PlanHoldersOf(int fromChild, int toChild) => (LowerBound(PlanHolders, fromChild), LowerBound(PlanHolders, toChild));

    /// <summary>Whether referral <paramref name="referral"/> was followed by an assessment of <paramref name="type"/>.</summary>
    public bool ReferralLedTo(int referral, AssessmentType type) => (ReferralAssessedTypes[referral] & TypeBit(type)) != 0;

    /// <summary>The columns of <paramref name="data"/>; built once per data set (it is run once, so it is compiled optimised at once).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ChildrenInNeedColumns From(ChildrenInNeedData data)
    {
        // Each record's child is looked up once, numbered in order of first appearance, then renumbered in id order.
        var first = new Dictionary<ChildId, int>();
        int[] referralChild = Number(first, data.Referrals, static r => r.Child);
        int[] assessmentChild = Number(first, data.Assessments, static a => a.Child);
        int[] enquiryChild = Number(first, data.Enquiries, static e => e.Child);
        int[] planChild = Number(first, data.Plans, static p => p.Child);
        var children = new ChildId[first.Count];
        var rank = new int[first.Count];
        foreach (var (id, n) in first)
        {
            children[n] = id;
            rank[n] = n;
        }
        Array.Sort(children, rank);
        var inOrder = new int[first.Count];
        for (int c = 0; c < rank.Length; c++)
        {
            inOrder[rank[c]] = c;
        }
        var columns = new ChildrenInNeedColumns(children);
        columns.AddReferrals(data.Referrals, Renumber(referralChild, inOrder));
        columns.AddAssessments(data.Assessments, Renumber(assessmentChild, inOrder));
        columns.AddEnquiries(data.Enquiries, Renumber(enquiryChild, inOrder));
        columns.AddPlans(data.Plans, Renumber(planChild, inOrder));
        columns.AddCharacteristics(data.Children, first, inOrder);
        return columns;
    }

    private static int[] Number<T>(Dictionary<ChildId, int> first, ImmutableArray<T> records, Func<T, ChildId> child)
    {
        var numbers = new int[records.Length];
        // A child's records are together as read, so most records name the child of the one before: no look-up.
        ChildId previous = default;
        int previousNumber = -1;
        for (int i = 0; i < numbers.Length; i++)
        {
            var id = child(records[i]);
            if (previousNumber < 0 || id != previous)
            {
                ref int n = ref CollectionsMarshal.GetValueRefOrAddDefault(first, id, out bool exists);
                if (!exists)
                {
                    n = first.Count - 1;
                }
                previous = id;
                previousNumber = n;
            }
            numbers[i] = previousNumber;
        }
        return numbers;
    }

    private static int[] Renumber(int[] numbers, int[] inOrder)
    {
        for (int i = 0; i < numbers.Length; i++)
        {
            numbers[i] = inOrder[numbers[i]];
        }
        return numbers;
    }

    private void AddReferrals(ImmutableArray<Referral> referrals, int[] child)
    {
        var order = GroupOrder(child, ChildCount, out var offsets);
        ReferralChild = Take(child, order);
        var dates = new int[order.Length];
        for (int k = 0; k < order.Length; k++)
        {
            dates[k] = DayNumbers.Of(referrals[order[k]].Date);
        }
        SortWithinGroups(offsets, dates, order);
        ReferralOffsets = offsets;
        ReferralDate = dates;
        ReferralConference = new int[order.Length];
        for (int k = 0; k < order.Length; k++)
        {
            ReferralConference[k] = DayNumbers.Of(referrals[order[k]].InitialConferenceDate, DayNumbers.None);
        }
        ReferralAssessedTypes = new byte[order.Length];
        ReferralClosure = new int[order.Length];
        ReferralNoFurtherAction = new bool[order.Length];
        ReferralPrimaryNeed = new string?[order.Length];
        for (int k = 0; k < order.Length; k++)
        {
            var r = referrals[order[k]];
            ReferralClosure[k] = DayNumbers.Of(r.ClosureDate, DayNumbers.Open);
            ReferralNoFurtherAction[k] = r.NoFurtherAction == true;
            ReferralPrimaryNeed[k] = r.PrimaryNeed;
        }
    }

    /// <summary>The births and disabilities of the children numbered in <paramref name="first"/> (then renumbered by <paramref name="inOrder"/>); a child with no other record has no place.</summary>
    private void AddCharacteristics(ImmutableArray<ChildInNeed> children, Dictionary<ChildId, int> first, int[] inOrder)
    {
        ChildBirth = new int[ChildCount];
        Array.Fill(ChildBirth, DayNumbers.None);
        ChildDisabilities = new ImmutableArray<string>[ChildCount];
        Array.Fill(ChildDisabilities, ImmutableArray<string>.Empty);
        foreach (var c in children)
        {
            if (first.TryGetValue(c.Id, out int n))
            {
                ChildBirth[inOrder[n]] = DayNumbers.Of(c.DateOfBirth, DayNumbers.None);
                ChildDisabilities[inOrder[n]] = c.Disabilities;
            }
        }
    }

    private void AddAssessments(ImmutableArray<Assessment> assessments, int[] child)
    {
        var groups = new int[assessments.Length];
        for (int i = 0; i < groups.Length; i++)
        {
            var type = assessments[i].Type;
            // An assessment of no known type is counted by no indicator, so it has no place in the columns.
            groups[i] = type is >= AssessmentType.Initial and <= AssessmentType.Single ? (((int)type - 1) * ChildCount) + child[i] : -1;
        }
        var order = GroupOrder(groups, ChildCount * AssessmentTypes, out var offsets);
        AssessmentOffsets = offsets;
        AssessmentChild = Take(child, order);
        AssessmentReferral = new int[order.Length];
        AssessmentStart = new int[order.Length];
        AssessmentAuthorised = new int[order.Length];
        for (int k = 0; k < order.Length; k++)
        {
            var a = assessments[order[k]];
            AssessmentReferral[k] = DayNumbers.Of(a.ReferralDate);
            AssessmentStart[k] = DayNumbers.Of(a.StartDate, DayNumbers.None);
            AssessmentAuthorised[k] = DayNumbers.Of(a.AuthorisationDate, DayNumbers.None);
            int referral = FindReferral(child[order[k]], AssessmentReferral[k]);
            if (referral >= 0)
            {
                ReferralAssessedTypes[referral] |= TypeBit(a.Type);
            }
        }
    }

    private void AddEnquiries(ImmutableArray<Section47Enquiry> enquiries, int[] child)
    {
        var order = GroupOrder(child, ChildCount, out var offsets);
        // Each child's enquiries in order of start, then referral (the two with the child make an enquiry's key), so that
        // no figure or explanation depends on the order the records came in.
        var keys = new long[order.Length];
        for (int k = 0; k < order.Length; k++)
        {
            var e = enquiries[order[k]];
            keys[k] = ((long)DayNumbers.Of(e.StartDate) << 32) | (uint)DayNumbers.Of(e.ReferralDate);
        }
        SortWithinGroups(offsets, keys, order);
        EnquiryOffsets = offsets;
        EnquiryChild = Take(child, order);
        EnquiryStart = new int[order.Length];
        EnquiryConference = new int[order.Length];
        EnquiryConferenceNotRequired = new bool[order.Length];
        EnquiryReferral = new int[order.Length];
        for (int k = 0; k < order.Length; k++)
        {
            var e = enquiries[order[k]];
            EnquiryStart[k] = DayNumbers.Of(e.StartDate);
            EnquiryConference[k] = DayNumbers.Of(e.InitialConferenceDate, DayNumbers.None);
            EnquiryConferenceNotRequired[k] = e.ConferenceNotRequired;
            EnquiryReferral[k] = FindReferral(child[order[k]], DayNumbers.Of(e.ReferralDate));
        }
    }

    private void AddPlans(ImmutableArray<ProtectionPlan> plans, int[] child)
    {
        var order = GroupOrder(child, ChildCount, out var offsets);
        var starts = new int[order.Length];
        for (int k = 0; k < order.Length; k++)
        {
            starts[k] = DayNumbers.Of(plans[order[k]].Start);
        }
        SortWithinGroups(offsets, starts, order);
        PlanOffsets = offsets;
        PlanChild = Take(child, order);
        PlanHolders = [.. Enumerable.Range(0, ChildCount).Where(c => offsets[c + 1] > offsets[c])];
        PlanStart = starts;
        PlanEnd = new int[order.Length];
        PlanInitialCategory = new string?[order.Length];
        PlanPreviousPlans = new int[order.Length];
        var reviewOffsets = new int[order.Length + 1];
        var reviews = new List<int>();
        for (int k = 0; k < order.Length; k++)
        {
            var plan = plans[order[k]];
            PlanEnd[k] = DayNumbers.Of(plan.End, DayNumbers.Open);
            PlanInitialCategory[k] = plan.InitialCategory;
            PlanPreviousPlans[k] = plan.NumberOfPreviousPlans ?? 0;
            // The model keeps a plan's reviews in date order without repeats.
            foreach (var review in plan.Reviews)
            {
                reviews.Add(DayNumbers.Of(review));
            }
            reviewOffsets[k + 1] = reviews.Count;
        }
        ReviewOffsets = reviewOffsets;
        Reviews = [.. reviews];
    }

    /// <summary>The values of <paramref name="column"/> in <paramref name="order"/>.</summary>
    private static int[] Take(int[] column, int[] order)
    {
        var taken = new int[order.Length];
        for (int k = 0; k < order.Length; k++)
        {
            taken[k] = column[order[k]];
        }
        return taken;
    }

    /// <summary>The first position in <paramref name="sorted"/> holding a value not less than <paramref name="value"/>.</summary>
    private static int LowerBound(int[] sorted, int value)
    {
        int found = Array.BinarySearch(sorted, value);
        return found >= 0 ? found : ~found;
    }

    /// <summary>The referral of <paramref name="child"/> dated <paramref name="date"/>, or -1.</summary>
    private int FindReferral(int child, int date)
    {
        var (from, to) = ReferralsOf(child, child + 1);
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
    private static void SortWithinGroups<TKey>(int[] offsets, TKey[] keys, int[] order)
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
