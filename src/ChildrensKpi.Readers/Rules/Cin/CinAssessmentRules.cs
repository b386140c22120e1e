using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>The rules of the Assessments table (with its factors), one row per assessment.</summary>
internal static class CinAssessmentRules
{
    private static ImmutableArray<CinAssessmentRow> Assessments(CinReturnTables t) => t.Assessments;

    /// <summary>8608: the start date after the authorisation (end) date.</summary>
    public static CinCheck Rule8608 { get; } = new CinRowRule<CinAssessmentRow>("8608", Assessments,
        (_, a) => a.StartDate.IsDate && a.AuthorisationDate.IsDate && a.StartDate.Day > a.AuthorisationDate.Day, a => a.StartDate.Text);

    /// <summary>8614: factors recorded for an assessment with no authorisation date (not completed).</summary>
    public static CinCheck Rule8614 { get; } = new CinRowRule<CinAssessmentRow>("8614", Assessments,
        (_, a) => a.AuthorisationDate.IsMissing && a.Factors.Length > 0, a => string.Join(",", a.Factors));

    /// <summary>8696: an authorisation date present and outside the census year.</summary>
    public static CinCheck Rule8696 { get; } = new CinWithinCensusYear<CinAssessmentRow>("8696", Assessments, a => a.AuthorisationDate);

    /// <summary>8736: an assessment not completed (no authorisation date) whose start date is outside the census year.</summary>
    public static CinCheck Rule8736 { get; } = new CinWithinCensusYear<CinAssessmentRow>("8736", Assessments, a => a.StartDate,
        applies: a => a.AuthorisationDate.IsMissing);

    /// <summary>
    /// 8670Q: an assessment with no authorisation date that started more than 45 working days before the end of the
    /// census year: the working days after the start up to and including the reference date exceed 45.
    /// </summary>
    public static CinCheck Rule8670Q { get; } = new CinRowRule<CinAssessmentRow>("8670Q", Assessments, (s, a) =>
        a.AuthorisationDate.IsMissing && a.StartDate.IsDate && s.Tables.HasPeriod && CinWorkingDays.MoreThanBefore(a.StartDate.Day, s.Tables.PeriodEnd, 45),
        a => a.StartDate.Text);

    /// <summary>8869: factor 21 (no factors identified) with any other factor.</summary>
    public static CinCheck Rule8869 { get; } = new CinRowRule<CinAssessmentRow>("8869", Assessments,
        (_, a) => a.Factors.Contains("21") && a.Factors.Any(f => f != "21"), a => string.Join(",", a.Factors));

    /// <summary>8897Q: a completed assessment (authorisation date present) with no factors.</summary>
    public static CinCheck Rule8897Q { get; } = new CinRowRule<CinAssessmentRow>("8897Q", Assessments,
        (_, a) => !a.AuthorisationDate.IsMissing && a.Factors.Length == 0, a => a.AuthorisationDate.Text);

    /// <summary>8898: the same factor code twice in one assessment.</summary>
    public static CinCheck Rule8898 { get; } = new CinRowRule<CinAssessmentRow>("8898", Assessments,
        (_, a) => a.Factors.Distinct(StringComparer.Ordinal).Count() < a.Factors.Length, a => string.Join(",", a.Factors));

    /// <summary>8945Q: factor 18A used (18B or 18C should be).</summary>
    public static CinCheck Rule8945Q { get; } = new CinRowRule<CinAssessmentRow>("8945Q", Assessments, (_, a) => a.Factors.Contains("18A"), _ => "18A");

    /// <summary>8950Q: factor 19A used (19B or 19C should be).</summary>
    public static CinCheck Rule8950Q { get; } = new CinRowRule<CinAssessmentRow>("8950Q", Assessments, (_, a) => a.Factors.Contains("19A"), _ => "19A");

    /// <summary>
    /// 8873Q: the episode's only assessment is completed with factor 21 (no factors identified), and the episode is
    /// closed with a reason other than RC8 or RC9. An open episode (no reason yet) is not flagged: the reason is asked
    /// of a closure.
    /// </summary>
    public static CinCheck Rule8873Q { get; } = new CinRowRule<CinAssessmentRow>("8873Q", Assessments, (s, a) =>
    {
        var details = s.DetailsOf(a.Details);
        return details.Assessments.GetOffsetAndLength(s.Tables.Assessments.Length).Length == 1 && !a.AuthorisationDate.IsMissing
            && a.Factors.Contains("21") && details.ReasonForClosure is { } reason && reason is not ("RC8" or "RC9");
    }, a => a.Factors.IsEmpty ? null : string.Join(",", a.Factors));

    /// <summary>8896: two or more assessments with no authorisation date in one CINdetails block; each is flagged.</summary>
    public static CinCheck Rule8896 { get; } = new CinRowRule<CinAssessmentRow>("8896", Assessments, (s, a) =>
        a.AuthorisationDate.IsMissing
        && CinDetailsRules.Rows(s.Tables.Assessments, s.DetailsOf(a.Details).Assessments).Count(o => o.AuthorisationDate.IsMissing) > 1,
        a => a.StartDate.Text);

    /// <summary>
    /// 8863Q: an assessment starting while another of the same child is ongoing: on or after the other's start and
    /// before its authorisation date (or with none). The assessment that starts within the other is flagged; two that
    /// start on the same day are both flagged.
    /// </summary>
    public static CinCheck Rule8863Q { get; } = new CinRowRule<CinAssessmentRow>("8863Q", Assessments, (s, a) =>
    {
        if (!a.StartDate.IsDate)
        {
            return false;
        }
        var child = s.ChildOf(a.Child);
        int from = child.DetailsCount == 0 ? 0 : s.Tables.Details[child.FirstDetails].Assessments.Start.Value;
        int to = child.DetailsCount == 0 ? 0 : s.Tables.Details[child.FirstDetails + child.DetailsCount - 1].Assessments.End.Value;
        for (int i = from; i < to; i++)
        {
            var other = s.Tables.Assessments[i];
            if (!ReferenceEquals(other, a) && other.StartDate.IsDate && other.StartDate.Day <= a.StartDate.Day
                && (!other.AuthorisationDate.IsDate || a.StartDate.Day < other.AuthorisationDate.Day))
            {
                return true;
            }
        }
        return false;
    }, a => a.StartDate.Text);

    public static IEnumerable<CinCheck> All =>
    [
        Rule8608, Rule8614, Rule8696, Rule8736, Rule8670Q, Rule8869, Rule8897Q, Rule8898, Rule8945Q, Rule8950Q, Rule8873Q, Rule8896, Rule8863Q,
        new CinBeforeReferral<CinAssessmentRow>("1103", t => t.Assessments, d => d.Assessments, a => a.StartDate),
    ];
}
