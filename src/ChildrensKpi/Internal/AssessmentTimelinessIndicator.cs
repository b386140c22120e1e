using System.Collections.Immutable;
using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// NI 59, NI 60 and the 45-day single assessment: assessments of one type authorised in the period, counted on time
/// when authorised within a number of working days of a start date.
/// </summary>
internal abstract class AssessmentTimelinessIndicator : PerItemIndicator<Assessment>
{
    private protected abstract AssessmentType Type { get; }

    private protected abstract int Timescale(ReportingPeriod period, ComputeOptions options);

    /// <summary>Whether the clock starts at the referral; otherwise at the assessment's own start.</summary>
    private protected abstract bool TimedFromReferral(ComputeOptions options);

    /// <summary>The assessment type counted, for the columnar engine.</summary>
    internal AssessmentType CountedType => Type;

    /// <summary>The timescale in working days, for the columnar engine.</summary>
    internal int TimescaleFor(ReportingPeriod period, ComputeOptions options) => Timescale(period, options);

    /// <summary>Whether the clock starts at the referral, for the columnar engine.</summary>
    internal bool ClockFromReferral(ComputeOptions options) => TimedFromReferral(options);

    /// <summary>The date the clock starts from and its name, or null (with the reason) when the assessment lacks it.</summary>
    private (LocalDate? Start, string Name) ClockStart(Assessment assessment, ComputeOptions options) =>
        TimedFromReferral(options) ? (assessment.ReferralDate, "referral") : (assessment.StartDate, "assessment start");

    private protected override IEnumerable<Assessment> Items(ChildrenInNeedData data) => data.Assessments.Where(a => a.Type == Type);

    private protected override ChildId ChildOf(Assessment item) => item.Child;

    private protected override string? SubjectOf(Assessment item) =>
        $"{Type.ToString().ToLowerInvariant()} assessment of referral {CinRules.Iso(item.ReferralDate)}" +
        (item.StartDate is { } start ? $" started {CinRules.Iso(start)}" : "");

    private protected override Decision Decide(Assessment item, ChildrenInNeedIndex index, ReportingPeriod period, ComputeOptions options, Why why)
    {
        if (item.AuthorisationDate is not { } authorised)
        {
            return Decision.Excluded(why, "not authorised: still open, not counted");
        }
        if (!period.Contains(authorised))
        {
            return Decision.Excluded(why, CinRules.NotInPeriod(why, "authorised", authorised));
        }
        if (authorised < item.ReferralDate)
        {
            return Decision.Excluded(why, $"authorised {CinRules.Iso(authorised)}, before the referral {CinRules.Iso(item.ReferralDate)} (data error)");
        }
        var (start, name) = ClockStart(item, options);
        return start is null
            ? Decision.Excluded(why, $"no {name}, so its timeliness cannot be measured")
            : CinRules.Timeliness(why, options.WorkingDays, start.Value, name, authorised, "authorised", Timescale(period, options));
    }

    private protected override void AddNotes(ImmutableArray<string>.Builder notes, ReportingPeriod period, ComputeOptions options) =>
        notes.Add(CinRules.CalendarNote(options.WorkingDays, Timescale(period, options)));

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        $"No {Type.ToString().ToLowerInvariant()} assessment was authorised in the period, so there is no value.";
}
