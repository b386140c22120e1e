using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// NI 59, NI 60 and the 45-day single assessment: assessments of one type authorised in the period, counted on time
/// when authorised within a number of working days of a start date.
/// </summary>
internal abstract class AssessmentTimelinessIndicator : PerItemIndicator
{
    private protected abstract AssessmentType Type { get; }

    private protected abstract int Timescale(ReportingPeriod period, ComputeOptions options);

    /// <summary>Whether the clock starts at the referral; otherwise at the assessment's own start.</summary>
    private protected abstract bool TimedFromReferral(ComputeOptions options);

    /// <summary>The timescale in working days, for the benchmarks' independent implementations to use the same parameters.</summary>
    internal int TimescaleFor(ReportingPeriod period, ComputeOptions options) => Timescale(period, options);

    /// <summary>Whether the clock starts at the referral, for the benchmarks' independent implementations.</summary>
    internal bool ClockFromReferral(ComputeOptions options) => TimedFromReferral(options);

    private protected override (int From, int To) ItemsOf(ChildrenInNeedColumns columns, int fromChild, int toChild) => columns.AssessmentsOf(Type, fromChild, toChild);

    private protected override int[] ChildOfItem(ChildrenInNeedColumns columns) => columns.AssessmentChild;

    private protected override string? SubjectOf(ChildrenInNeedColumns columns, int item) =>
        $"{Type.ToString().ToLowerInvariant()} assessment of referral {CinRules.Iso(columns.AssessmentReferral[item])}" +
        (columns.AssessmentStart[item] is var start and not DayNumbers.None ? $" started {CinRules.Iso(start)}" : "");

    private protected override Decision Decide(ChildrenInNeedColumns columns, int child, int item, in PeriodDays period, ComputeOptions options, Why why)
    {
        int authorised = columns.AssessmentAuthorised[item];
        if (authorised == DayNumbers.None)
        {
            return Decision.Excluded(why, "not authorised: still open, not counted");
        }
        if (!period.Contains(authorised))
        {
            return Decision.Excluded(why, CinRules.NotInPeriod(why, "authorised", authorised));
        }
        int referral = columns.AssessmentReferral[item];
        if (authorised < referral)
        {
            return Decision.Excluded(why, $"authorised {CinRules.Iso(authorised)}, before the referral {CinRules.Iso(referral)} (data error)");
        }
        bool fromReferral = TimedFromReferral(options);
        int start = fromReferral ? referral : columns.AssessmentStart[item];
        string name = fromReferral ? "referral" : "assessment start";
        return start == DayNumbers.None
            ? Decision.Excluded(why, $"no {name}, so its timeliness cannot be measured")
            : CinRules.Timeliness(why, options.WorkingDays, start, name, authorised, "authorised", Timescale(period.Period, options));
    }

    private protected override void AddNotes(ImmutableArray<string>.Builder notes, ReportingPeriod period, ComputeOptions options) =>
        notes.Add(CinRules.CalendarNote(options.WorkingDays, Timescale(period, options)));

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        $"No {Type.ToString().ToLowerInvariant()} assessment was authorised in the period, so there is no value.";
}
