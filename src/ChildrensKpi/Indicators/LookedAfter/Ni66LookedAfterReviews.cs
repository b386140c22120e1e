using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// NI 66: looked-after children reviewed within required timescales.
/// </summary>
/// <remarks>
/// <para>Denominator: children looked after at the end of the period (short breaks ignored) whose current period of care
/// began on or before the end minus 28 days (looked after continuously for at least 4 weeks).</para>
/// <para>Numerator: those all of whose reviews due in the period were held on time. In the current period of care the
/// first review is due within 4 weeks (28 days) of its start when it started before 1 April 2011, within 20 working days
/// when it started on or after that day (<see cref="ComputeOptions.WorkingDays"/>: the start is day 0; Care Planning,
/// Placement and Case Review (England) Regulations 2010, in force 1 April 2011); the second within 3 months of the first,
/// each later one within 6 months of the previous. A review is on time when held on or before its due date; a review due
/// in the period (due date within it, bounds included) and not held by then fails the child, and so does a review due
/// before the period and never held. The next due date counts from the review actually held, late or not; a child with no
/// review due in the period counts in the numerator.</para>
/// <para>Readings (indicators.md, NI66): every Reviews table given is read; the Reviews data begin on the earliest review
/// date of all of them (their coverage, not each child's first row). For a period of care that began on or after that day,
/// reviews are numbered from its start. For one that began earlier the review before its first in the data is not known
/// and never assumed: that first review is not judged by its interval; the next is due within 3 months of it when it was
/// held within the first-review timescale of the period's start (it may have been the first), else within 6 months; with
/// no review of it in the data, the latest before was at the latest the day before the data begin, so one was due 6
/// months after that. The result notes how many children this affected. No Reviews table at all: no value, with the
/// reason. A period of care outside the calendar's years (1990–2040) is excluded with that reason.</para>
/// </remarks>
internal sealed class Ni66LookedAfterReviews : PerChildIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "NI66",
        [],
        "Looked-after children reviewed within required timescales",
        Polarity.HigherIsBetter,
        IndicatorUnit.Percent,
        "Those all of whose reviews due in the year were held on time: the first within 4 weeks of the period of care starting (20 working days from 1 April 2011), the second within 3 months of the first, then within 6 months of the previous",
        "Children looked after at 31 March who had been looked after continuously for at least 4 weeks",
        "National Indicator Set handbook of definitions (2008), NI 66; Review of Children's Cases Regulations 1991 (4 weeks); Care Planning, Placement and Case Review (England) Regulations 2010, from 1 April 2011 (20 working days).");

    internal override Decision Decide(ChildHistory child, ReportingPeriod period, Why why) => Decide(child, period, ComputeOptions.Default, why);

    private protected override Decision Decide(ChildHistory child, ReportingPeriod period, ComputeOptions options, Why why)
    {
        var end = period.End;
        if (child.PeriodOpenOn(end) is not { } current)
        {
            return Decision.Excluded(why, LookedAfterRules.NotLookedAfter(child, end, why));
        }
        var fourWeeksBefore = end.PlusDays(-28);
        if (current.Start > fourWeeksBefore)
        {
            return Decision.Excluded(why, $"looked after since {LookedAfterRules.Iso(current.Start)}, after {LookedAfterRules.Iso(fourWeeksBefore)} (less than 4 weeks)");
        }
        var calendar = options.WorkingDays;
        if (!calendar.Covers(current.Start) || !calendar.Covers(end.PlusMonths(6)))
        {
            return Decision.Excluded(why, $"period of care from {LookedAfterRules.Iso(current.Start)} is outside the working-day calendar's years");
        }
        var decision = Timeliness(child, current, period, calendar, why);
        return current.StartsBeforeData ? decision.BeginningBeforeData() : decision;
    }

    private static Decision Timeliness(ChildHistory child, CarePeriod current, ReportingPeriod period, WorkingDayCalendar calendar, Why why)
    {
        var reviews = child.Reviews.Where(r => r.Date >= current.Start && r.Date <= period.End).Select(r => r.Date).ToArray();
        var firstDue = FirstReviewDue(current.Start, calendar);
        var due = firstDue;
        int held = 0, used = 0;
        string unknown = "";
        bool caveat = false;
        if (child.ReviewsBegin is { } begin && current.Start < begin)
        {
            // The period of care began before the Reviews data: the review before the first one in them is not known, so
            // that review's interval cannot be judged and is never assumed.
            caveat = true;
            if (reviews.Length == 0)
            {
                // None in the data: the latest earlier review was at the latest the day before the data begin, so the next
                // was due at the latest 6 months after that (the most lenient reading of what the data show).
                var latest = begin.PlusDays(-1);
                held = 2;
                due = latest.PlusMonths(6);
                unknown = $"; period of care began before the Reviews data ({LookedAfterRules.Iso(begin)}) and none of its reviews is in them: the latest before was on {LookedAfterRules.Iso(latest)} at the latest";
            }
            else
            {
                // Its first review in the data may have been the period's first (held within the first-review timescale):
                // then the next is due within 3 months, else within 6.
                var first = reviews[0];
                held = first <= firstDue ? 1 : 2;
                used = 1;
                due = held == 1 ? first.PlusMonths(3) : first.PlusMonths(6);
                unknown = $"; period of care began before the Reviews data ({LookedAfterRules.Iso(begin)}): its first review in them ({LookedAfterRules.Iso(first)}) is not judged, the one before it is not in the data";
            }
        }
        var decision = Judge(reviews, due, held, used, current, period, unknown, why);
        return caveat ? decision.WithCaveat() : decision;
    }

    /// <summary>
    /// When the first review of a period of care beginning on <paramref name="start"/> is due: within 4 weeks (28 days)
    /// before 1 April 2011, within 20 working days from then (Care Planning, Placement and Case Review (England)
    /// Regulations 2010, in force 1 April 2011).
    /// </summary>
    internal static LocalDate FirstReviewDue(LocalDate start, WorkingDayCalendar calendar) =>
        start < WorkingDaysFrom ? start.PlusDays(28) : calendar.AddWorkingDays(start, 20);

    private static Decision Judge(LocalDate[] reviews, LocalDate due, int held, int used, CarePeriod current, ReportingPeriod period, string unknown, Why why)
    {
        int dueInPeriod = 0;
        while (due <= period.End)
        {
            LocalDate? next = used < reviews.Length ? reviews[used] : null;
            string ordinal = unknown.Length == 0 ? Ordinal(held + 1) : "next";
            if (period.Contains(due))
            {
                dueInPeriod++;
                if (next is null || next.Value > due)
                {
                    return Decision.DenominatorOnly(why, next is null
                        ? $"{ordinal} review due by {LookedAfterRules.Iso(due)} not held{unknown}"
                        : $"{ordinal} review due by {LookedAfterRules.Iso(due)} held late on {LookedAfterRules.Iso(next.Value)}{unknown}");
                }
            }
            if (next is null)
            {
                // Due before the period and never held: it stayed overdue throughout the period.
                return Decision.DenominatorOnly(why, $"{ordinal} review due by {LookedAfterRules.Iso(due)} not held by {LookedAfterRules.Iso(period.End)}{unknown}");
            }
            held++;
            used++;
            due = held == 1 ? next.Value.PlusMonths(3) : next.Value.PlusMonths(6);
        }
        return Decision.Numerator(why, dueInPeriod == 0
            ? $"looked after since {LookedAfterRules.Iso(current.Start)}; no review due in the period{unknown}"
            : $"looked after since {LookedAfterRules.Iso(current.Start)}; {dueInPeriod} review{(dueInPeriod == 1 ? "" : "s")} due in the period, all on time{unknown}");
    }

    /// <summary>The day the first review came to be due within 20 working days instead of 4 weeks.</summary>
    private static readonly LocalDate WorkingDaysFrom = new(2011, 4, 1);

    private protected override string? Unavailable(IndicatorInputs inputs) => inputs.LookedAfter!.Reviews.IsEmpty
        ? "No Reviews table was given (or it has no rows), so whether reviews were on time cannot be known and there is no value: give the return's Reviews table, and the earlier year's for children in care before it begins."
        : null;

    private protected override string? CaveatNote(int count) => count == 0
        ? null
        : $"{count} {(count == 1 ? "child's period of care" : "children's periods of care")} began before the Reviews data given: the first review of each in the data is not judged, the review before it not being known; give the earlier years' Reviews tables to judge it.";

    private static string Ordinal(int n) => n switch { 1 => "1st", 2 => "2nd", 3 => "3rd", _ => $"{n}th" };

    /// <summary>Reviews are judged from the Reviews data: they must cover the period as well as the episodes.</summary>
    internal override string? CoverageGap(IndicatorInputs inputs, ReportingPeriod period) =>
        DataCoverage.Reviews(inputs.LookedAfter!, period) ?? base.CoverageGap(inputs, period);

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        $"No child had been looked after for 4 weeks or more on {LookedAfterRules.Iso(period.End)}, so there is no value.";
}
