using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>The rules of the CINplanDates table (one row per CIN plan), alone and against the child protection plans.</summary>
internal static class CinPlanDatesRules
{
    private static ImmutableArray<CinPlanDatesRow> PlanDates(CinReturnTables t) => t.PlanDates;

    /// <summary>4000: a CIN plan in a CINdetails block that is a referral with no further action.</summary>
    public static CinCheck Rule4000 { get; } = new CinRowRule<CinPlanDatesRow>("4000", PlanDates, (s, p) => s.DetailsOf(p.Details).IsNfa, p => p.StartDate.Text);

    /// <summary>4010: the start date missing (or not a date), or after the end of the census period.</summary>
    public static CinCheck Rule4010 { get; } = new CinWithinCensusYear<CinPlanDatesRow>("4010", PlanDates, p => p.StartDate, missingBreaks: true, onlyAfter: true);

    /// <summary>4013: an end date present and outside the census year.</summary>
    public static CinCheck Rule4013 { get; } = new CinWithinCensusYear<CinPlanDatesRow>("4013", PlanDates, p => p.EndDate);

    /// <summary>4011: the end date before the start date.</summary>
    public static CinCheck Rule4011 { get; } = new CinRowRule<CinPlanDatesRow>("4011", PlanDates,
        (_, p) => p.StartDate.IsDate && p.EndDate.IsDate && p.EndDate.Day < p.StartDate.Day, p => p.EndDate.Text);

    /// <summary>4012Q: a CIN plan starting and ending on the same day.</summary>
    public static CinCheck Rule4012Q { get; } = new CinRowRule<CinPlanDatesRow>("4012Q", PlanDates,
        (_, p) => p.StartDate.IsDate && p.EndDate.IsDate && p.EndDate.Day == p.StartDate.Day, p => p.EndDate.Text);

    /// <summary>4008: a CIN plan starting after the child's date of death (the DfE lists it under ChildIdentifiers; the CIN plan is the row flagged).</summary>
    public static CinCheck Rule4008 { get; } = new CinRowRule<CinPlanDatesRow>("4008", PlanDates,
        (s, p) => CinProtectionPlanRules.After(p.StartDate, s.ChildOf(p.Child).PersonDeathDate), p => p.StartDate.Text);

    /// <summary>4009Q: a CIN plan ending after the child's date of death.</summary>
    public static CinCheck Rule4009Q { get; } = new CinRowRule<CinPlanDatesRow>("4009Q", PlanDates,
        (s, p) => CinProtectionPlanRules.After(p.EndDate, s.ChildOf(p.Child).PersonDeathDate), p => p.EndDate.Text);

    /// <summary>4004: a child with more than one open CIN plan (no end date); each is flagged.</summary>
    public static CinCheck Rule4004 { get; } = new CinRowRule<CinPlanDatesRow>("4004", PlanDates, (s, p) =>
    {
        if (!p.EndDate.IsMissing)
        {
            return false;
        }
        var c = s.ChildOf(p.Child);
        return CinDetailsRules.Rows(s.Tables.Details, c.FirstDetails..(c.FirstDetails + c.DetailsCount))
            .SelectMany(d => CinDetailsRules.Rows(s.Tables.PlanDates, d.PlanDates)).Count(o => o.EndDate.IsMissing) > 1;
    }, p => p.StartDate.Text);

    /// <summary>
    /// 4001: a CIN plan and a child protection plan of the same CINdetails block both still open (neither has an end
    /// date): they run concurrently to the end of the year. The CIN plan is flagged. (Starts inside the other plan are 4016 and 4017.)
    /// </summary>
    public static CinCheck Rule4001 { get; } = new CinRowRule<CinPlanDatesRow>("4001", PlanDates, (s, p) =>
        p.EndDate.IsMissing && CinDetailsRules.Rows(s.Tables.Plans, s.DetailsOf(p.Details).Plans).Any(c => c.EndDate.IsMissing), p => p.StartDate.Text);

    /// <summary>4003: a review of a child protection plan held while a CIN plan of the same block is open (on or after its start, before its end or with none). The review is flagged.</summary>
    public static CinCheck Rule4003 { get; } = new CinRowRule<CinReviewRow>("4003", t => t.Reviews, (s, r) =>
        r.ReviewDate.IsDate && CinDetailsRules.Rows(s.Tables.PlanDates, s.DetailsOf(r.Details).PlanDates).Any(p =>
            p.StartDate.IsDate && p.StartDate.Day <= r.ReviewDate.Day && (!p.EndDate.IsDate || r.ReviewDate.Day < p.EndDate.Day)),
        r => r.ReviewDate.Text);

    public static IEnumerable<CinCheck> All =>
    [
        Rule4000, Rule4010, Rule4013, Rule4011, Rule4012Q, Rule4008, Rule4009Q, Rule4004, Rule4001, Rule4003,
        new CinOverlaps<CinPlanDatesRow>("4014", t => t.PlanDates, p => p.StartDate, p => p.EndDate, p => p.Child),
        new CinBeforeReferral<CinPlanDatesRow>("4015", t => t.PlanDates, d => d.PlanDates, p => p.StartDate),
        new CinPlanWithinProtection("4016"), new CinPlanWithinProtection("4017"),
    ];
}
