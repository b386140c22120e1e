using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>The rules of the ChildProtectionPlans table (one row per plan) and of its Reviews.</summary>
internal static class CinProtectionPlanRules
{
    private static ImmutableArray<CinProtectionPlanRow> Plans(CinReturnTables t) => t.Plans;

    /// <summary>8720: the start date missing (or not a date), or after the end of the census period (a plan may start before the year and run into it).</summary>
    public static CinCheck Rule8720 { get; } = new CinWithinCensusYear<CinProtectionPlanRow>("8720", Plans, p => p.StartDate, missingBreaks: true, onlyAfter: true);

    /// <summary>8930: an end date present and outside the census year.</summary>
    public static CinCheck Rule8930 { get; } = new CinWithinCensusYear<CinProtectionPlanRow>("8930", Plans, p => p.EndDate);

    /// <summary>8730: NumberOfPreviousCPP missing.</summary>
    public static CinCheck Rule8730 { get; } = new CinRowRule<CinProtectionPlanRow>("8730", Plans, (_, p) => p.NumberOfPreviousCpp is null, p => p.NumberOfPreviousCpp);

    /// <summary>8840: a plan starting and ending on the same day.</summary>
    public static CinCheck Rule8840 { get; } = new CinRowRule<CinProtectionPlanRow>("8840", Plans,
        (_, p) => p.StartDate.IsDate && p.EndDate.IsDate && p.StartDate.Day == p.EndDate.Day, p => p.EndDate.Text);

    /// <summary>8925: the end date before the start date.</summary>
    public static CinCheck Rule8925 { get; } = new CinRowRule<CinProtectionPlanRow>("8925", Plans,
        (_, p) => p.StartDate.IsDate && p.EndDate.IsDate && p.EndDate.Day < p.StartDate.Day, p => p.EndDate.Text);

    /// <summary>8841: a review of the plan on or before the plan's start date; the plan is flagged.</summary>
    public static CinCheck Rule8841 { get; } = new CinRowRule<CinProtectionPlanRow>("8841", Plans, (s, p) =>
        p.StartDate.IsDate && CinDetailsRules.Rows(s.Tables.Reviews, p.Reviews).Any(r => r.ReviewDate.IsDate && r.ReviewDate.Day <= p.StartDate.Day),
        p => p.StartDate.Text);

    /// <summary>8905: InitialCategoryOfAbuse missing or not exactly a code of the year's list.</summary>
    public static CinCheck Rule8905 { get; } = new CinRowRule<CinProtectionPlanRow>("8905", Plans,
        (s, p) => !s.IsCode("InitialCategoryOfAbuse", p.InitialCategoryOfAbuse), p => p.InitialCategoryOfAbuse);

    /// <summary>8910: LatestCategoryOfAbuse missing or not exactly a code of the year's list.</summary>
    public static CinCheck Rule8910 { get; } = new CinRowRule<CinProtectionPlanRow>("8910", Plans,
        (s, p) => !s.IsCode("LatestCategoryOfAbuse", p.LatestCategoryOfAbuse), p => p.LatestCategoryOfAbuse);

    /// <summary>8915: a plan starting after the child's date of death.</summary>
    public static CinCheck Rule8915 { get; } = new CinRowRule<CinProtectionPlanRow>("8915", Plans,
        (s, p) => After(p.StartDate, s.ChildOf(p.Child).PersonDeathDate), p => p.StartDate.Text);

    /// <summary>8920: a plan ending after the child's date of death.</summary>
    public static CinCheck Rule8920 { get; } = new CinRowRule<CinProtectionPlanRow>("8920", Plans,
        (s, p) => After(p.EndDate, s.ChildOf(p.Child).PersonDeathDate), p => p.EndDate.Text);

    /// <summary>8832: a plan in a CINdetails block that is a referral with no further action.</summary>
    public static CinCheck Rule8832 { get; } = new CinRowRule<CinProtectionPlanRow>("8832", Plans, (s, p) => s.DetailsOf(p.Details).IsNfa, p => p.StartDate.Text);

    /// <summary>8935: a child with more than one open plan (no end date); each open plan is flagged.</summary>
    public static CinCheck Rule8935 { get; } = new CinRowRule<CinProtectionPlanRow>("8935", Plans, (s, p) =>
        p.EndDate.IsMissing && OfChild(s, p.Child).Count(o => o.EndDate.IsMissing) > 1, p => p.StartDate.Text);

    /// <summary>
    /// 2885: a plan starting within the census year on a day that is not the date of an initial conference of its
    /// CINdetails block (the block's DateOfInitialCPC or one of its Section 47 enquiries'). A plan of a block with no
    /// conference at all is 2883's.
    /// </summary>
    public static CinCheck Rule2885 { get; } = new CinRowRule<CinProtectionPlanRow>("2885", Plans, (s, p) =>
    {
        var conferences = Conferences(s, s.DetailsOf(p.Details));
        return p.StartDate.IsDate && s.Tables.InPeriod(p.StartDate.Day) && conferences.Count > 0 && !conferences.Contains(p.StartDate.Day);
    }, p => p.StartDate.Text);

    /// <summary>
    /// 2883: a CINdetails block with more plans starting within the census year than initial conferences held within it
    /// (the block's DateOfInitialCPC and its enquiries'); every plan of the block starting in the year is flagged.
    /// </summary>
    public static CinCheck Rule2883 { get; } = new CinRowRule<CinProtectionPlanRow>("2883", Plans, (s, p) =>
    {
        if (!p.StartDate.IsDate || !s.Tables.InPeriod(p.StartDate.Day))
        {
            return false;
        }
        var details = s.DetailsOf(p.Details);
        int starting = CinDetailsRules.Rows(s.Tables.Plans, details.Plans).Count(o => o.StartDate.IsDate && s.Tables.InPeriod(o.StartDate.Day));
        return starting > Conferences(s, details).Count(s.Tables.InPeriod);
    }, p => p.StartDate.Text);

    /// <summary>8842Q: a review with no date (a Reviews block without a CPPreviewDate, or an empty one).</summary>
    public static CinCheck Rule8842Q { get; } = new CinRowRule<CinReviewRow>("8842Q", t => t.Reviews, (_, r) => r.ReviewDate.IsMissing, r => r.ReviewDate.Text);

    internal static bool After(CinDay date, CinDay death) => date.IsDate && death.IsDate && date.Day > death.Day;

    private static IEnumerable<CinProtectionPlanRow> OfChild(CinRuleScope s, int child)
    {
        var c = s.ChildOf(child);
        return CinDetailsRules.Rows(s.Tables.Details, c.FirstDetails..(c.FirstDetails + c.DetailsCount))
            .SelectMany(d => CinDetailsRules.Rows(s.Tables.Plans, d.Plans));
    }

    private static List<int> Conferences(CinRuleScope s, CinDetailsRow details)
    {
        var days = new List<int>();
        if (details.DateOfInitialCpc.IsDate)
        {
            days.Add(details.DateOfInitialCpc.Day);
        }
        days.AddRange(CinDetailsRules.Rows(s.Tables.Section47, details.Section47).Where(e => e.DateOfInitialCpc.IsDate).Select(e => e.DateOfInitialCpc.Day));
        return days;
    }

    public static IEnumerable<CinCheck> All =>
    [
        Rule8720, Rule8930, Rule8730, Rule8840, Rule8925, Rule8841, Rule8905, Rule8910, Rule8915, Rule8920, Rule8832, Rule8935, Rule2885,
        Rule2883, Rule8842Q,
        new CinOverlaps<CinProtectionPlanRow>("8940", t => t.Plans, p => p.StartDate, p => p.EndDate, p => p.Child),
        new CinBeforeReferral<CinProtectionPlanRow>("1105", t => t.Plans, d => d.Plans, p => p.StartDate),
    ];
}
