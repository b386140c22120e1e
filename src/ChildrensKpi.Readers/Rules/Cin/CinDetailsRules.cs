using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>The rules of the CINdetails table (one row per referral episode), with what its nested rows hold.</summary>
internal static class CinDetailsRules
{
    private static ImmutableArray<CinDetailsRow> Details(CinReturnTables t) => t.Details;

    /// <summary>8600: referral date missing (or not a date) or after the end of the census period.</summary>
    public static CinCheck Rule8600 { get; } = new CinWithinCensusYear<CinDetailsRow>("8600", Details, d => d.ReferralDate, missingBreaks: true, onlyAfter: true);

    /// <summary>8620: a closure date present and outside the census year.</summary>
    public static CinCheck Rule8620 { get; } = new CinWithinCensusYear<CinDetailsRow>("8620", Details, d => d.ClosureDate);

    /// <summary>8568: ReferralNFA missing or not a boolean (true, false, 1, 0).</summary>
    public static CinCheck Rule8568 { get; } = new CinRowRule<CinDetailsRow>("8568", Details,
        (_, d) => !CinFlags.IsTrue(d.ReferralNfa) && !CinFlags.IsFalse(d.ReferralNfa), d => d.ReferralNfa);

    /// <summary>8610: PrimaryNeedCode missing on a referral that led to further action (ReferralNFA false).</summary>
    public static CinCheck Rule8610 { get; } = new CinRowRule<CinDetailsRow>("8610", Details,
        (_, d) => CinFlags.IsFalse(d.ReferralNfa) && d.PrimaryNeedCode is null, d => d.ReferralNfa);

    /// <summary>8640: a ReasonForClosure present and not exactly a code of the year's list.</summary>
    public static CinCheck Rule8640 { get; } = new CinRowRule<CinDetailsRow>("8640", Details,
        (s, d) => d.ReasonForClosure is not null && !s.IsCode("ReasonForClosure", d.ReasonForClosure), d => d.ReasonForClosure);

    /// <summary>8650: a PrimaryNeedCode present and not exactly a code of the year's list (a missing one is 8610's).</summary>
    public static CinCheck Rule8650 { get; } = new CinRowRule<CinDetailsRow>("8650", Details,
        (s, d) => d.PrimaryNeedCode is not null && !s.IsCode("PrimaryNeedCode", d.PrimaryNeedCode), d => d.PrimaryNeedCode);

    /// <summary>8866: ReferralSource missing or not exactly a code of the year's list.</summary>
    public static CinCheck Rule8866 { get; } = new CinRowRule<CinDetailsRow>("8866", Details,
        (s, d) => !s.IsCode("ReferralSource", d.ReferralSource), d => d.ReferralSource);

    /// <summary>8805: a closure date without a reason for closure.</summary>
    public static CinCheck Rule8805 { get; } = new CinRowRule<CinDetailsRow>("8805", Details,
        (_, d) => !d.ClosureDate.IsMissing && d.ReasonForClosure is null, d => d.ClosureDate.Text);

    /// <summary>8810: a reason for closure without a closure date.</summary>
    public static CinCheck Rule8810 { get; } = new CinRowRule<CinDetailsRow>("8810", Details,
        (_, d) => d.ReasonForClosure is not null && d.ClosureDate.IsMissing, d => d.ReasonForClosure);

    /// <summary>8630: the closure date before the referral date of the same block.</summary>
    public static CinCheck Rule8630 { get; } = new CinRowRule<CinDetailsRow>("8630", Details,
        (_, d) => d.ClosureDate.IsDate && d.ReferralDate.IsDate && d.ClosureDate.Day < d.ReferralDate.Day, d => d.ClosureDate.Text);

    /// <summary>8825Q: closed with RC8 or RC9 (closed after assessment) and no Assessments in the block.</summary>
    public static CinCheck Rule8825Q { get; } = new CinRowRule<CinDetailsRow>("8825Q", Details,
        (s, d) => d.ReasonForClosure is "RC8" or "RC9" && d.Assessments.GetOffsetAndLength(s.Tables.Assessments.Length).Length == 0,
        d => d.ReasonForClosure);

    /// <summary>
    /// 2990: closed with RC8 or RC9 ("closed after assessment, no further action" or "referred to early help") but
    /// with activity beyond the assessment: a CIN plan, a Section 47 enquiry, a child protection plan, or an initial
    /// conference at CINdetails level. The assessment itself is not activity here (the reason says there was one).
    /// </summary>
    public static CinCheck Rule2990 { get; } = new CinRowRule<CinDetailsRow>("2990", Details, (s, d) =>
        d.ReasonForClosure is "RC8" or "RC9"
        && (!d.DateOfInitialCpc.IsMissing || Any(d.PlanDates, s.Tables.PlanDates.Length) || Any(d.Section47, s.Tables.Section47.Length)
            || Any(d.Plans, s.Tables.Plans.Length)),
        d => d.ReasonForClosure);

    /// <summary>2991Q: a Section 47 enquiry in a block with no assessment.</summary>
    public static CinCheck Rule2991Q { get; } = new CinRowRule<CinDetailsRow>("2991Q", Details, (s, d) =>
        Any(d.Section47, s.Tables.Section47.Length) && !Any(d.Assessments, s.Tables.Assessments.Length), d => d.ReferralDate.Text);

    /// <summary>
    /// 8831: a referral with no further action (ReferralNFA true) with activity: an assessment start or authorisation
    /// date, a Section 47 start date, or an initial conference (at CINdetails or Section 47 level).
    /// </summary>
    public static CinCheck Rule8831 { get; } = new CinRowRule<CinDetailsRow>("8831", Details, (s, d) =>
        d.IsNfa && (!d.DateOfInitialCpc.IsMissing
            || Rows(s.Tables.Assessments, d.Assessments).Any(a => !a.StartDate.IsMissing || !a.AuthorisationDate.IsMissing)
            || Rows(s.Tables.Section47, d.Section47).Any(e => !e.StartDate.IsMissing || !e.DateOfInitialCpc.IsMissing)),
        d => d.ReferralNfa);

    /// <summary>
    /// 8606: a referral date more than 40 weeks (280 days) before the date of birth, or the expected date of birth
    /// when there is no date of birth.
    /// </summary>
    public static CinCheck Rule8606 { get; } = new CinRowRule<CinDetailsRow>("8606", Details, (s, d) =>
    {
        var child = s.ChildOf(d.Child);
        var birth = child.PersonBirthDate.IsDate ? child.PersonBirthDate : child.ExpectedPersonBirthDate;
        return d.ReferralDate.IsDate && birth.IsDate && d.ReferralDate.Day < birth.Day - 280;
    }, d => d.ReferralDate.Text);

    /// <summary>
    /// 8569Q: a referral with no further action whose referral date is before the working day before the census
    /// period starts. The working day is ChildrensKpi's England and Wales calendar (<see cref="WorkingDayCalendar.EnglandAndWales"/>).
    /// </summary>
    public static CinCheck Rule8569Q { get; } = new CinRowRule<CinDetailsRow>("8569Q", Details, (s, d) =>
        d.IsNfa && d.ReferralDate.IsDate && s.Tables.HasPeriod && d.ReferralDate.Day < CinWorkingDays.WorkingDayBefore(s.Tables.PeriodStart),
        d => d.ReferralDate.Text);

    /// <summary>
    /// 8867: a closed episode (closure date present) with an assessment that has no authorisation date. The
    /// assessment and its block are both flagged.
    /// </summary>
    public static CinCheck Rule8867 { get; } = new CinNestedRule<CinAssessmentRow>("8867", t => t.Assessments, d => d.Assessments,
        (d, a) => !d.ClosureDate.IsMissing && a.AuthorisationDate.IsMissing, a => a.StartDate.Text);

    /// <summary>
    /// 8868: a closed episode with a Section 47 enquiry that has neither a date of initial conference nor
    /// ICPCnotRequired true. The enquiry and its block are both flagged.
    /// </summary>
    public static CinCheck Rule8868 { get; } = new CinNestedRule<CinSection47Row>("8868", t => t.Section47, d => d.Section47,
        (d, e) => !d.ClosureDate.IsMissing && e.DateOfInitialCpc.IsMissing && !CinFlags.IsTrue(e.IcpcNotRequired), e => e.StartDate.Text);

    internal static bool Any(Range range, int length) => range.GetOffsetAndLength(length).Length > 0;

    internal static IEnumerable<T> Rows<T>(ImmutableArray<T> rows, Range range)
    {
        var (offset, length) = range.GetOffsetAndLength(rows.Length);
        for (int i = offset; i < offset + length; i++)
        {
            yield return rows[i];
        }
    }

    public static IEnumerable<CinCheck> All =>
    [
        Rule8600, Rule8620, Rule8568, Rule8610, Rule8640, Rule8650, Rule8866, Rule8805, Rule8810, Rule8630, Rule8825Q, Rule2990,
        Rule2991Q, Rule8831, Rule8606, Rule8569Q, Rule8867, Rule8868, new CinChildDeathRule("8555Q"), new CinChildDeathRule("8585Q"),
        new CinOpenEpisodes("8815"), new CinOpenEpisodes("8816"), new CinOverlaps<CinDetailsRow>("8820", t => t.Details, d => d.ReferralDate, d => d.ClosureDate, d => d.Child),
    ];
}
