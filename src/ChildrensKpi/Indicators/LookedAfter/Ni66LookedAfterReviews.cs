using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// NI 66: looked-after children reviewed within required timescales.
/// </summary>
/// <remarks>
/// <para>Denominator: children looked after at the end of the period (short breaks ignored) whose current period of care
/// began on or before the end minus 28 days (looked after continuously for at least 4 weeks).</para>
/// <para>Numerator: those all of whose reviews due in the period were held on time. In the current period of care the
/// first review is due within 20 working days of its start (<see cref="ComputeOptions.WorkingDays"/>: the start is day 0),
/// the second within 3 months of the first, each later one within 6 months of the previous. A review is on time when held
/// on or before its due date; a review due in the period (due date within it, bounds included) and not held by then fails
/// the child, and so does a review due before the period and never held. The next due date counts from the review actually
/// held, late or not; a child with no review due in the period counts in the numerator.</para>
/// <para>Readings: a return holds only its own year's reviews. The Reviews data are taken to begin on the earliest review
/// date of any child. For a period of care that began on or after that day, reviews are numbered from the first in the
/// period. For one that began earlier, its earlier reviews are not in the data: a review is assumed on the day the data
/// begin (the most lenient assumption: the latest review before the data was at the latest then), the next is due 6
/// months later, and the reason says so. A period of care outside the calendar's years (1990–2040) is excluded with that
/// reason.</para>
/// </remarks>
internal sealed class Ni66LookedAfterReviews : PerChildIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "NI66",
        [],
        "Looked-after children reviewed within required timescales",
        Polarity.HigherIsBetter,
        IndicatorUnit.Percent,
        "Those all of whose reviews due in the year were held on time: the first within 20 working days of the period of care starting, the second within 3 months of the first, then within 6 months of the previous",
        "Children looked after at 31 March who had been looked after continuously for at least 4 weeks",
        "National Indicator Set handbook of definitions (2008), NI 66; Care Planning, Placement and Case Review Regulations.");

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
        var due = calendar.AddWorkingDays(current.Start, 20);
        int held = 0, used = 0, dueInPeriod = 0;
        string assumed = "";
        if (child.ReviewsBegin is { } begin && current.Start < begin)
        {
            // The period of care began before the Reviews data: its earlier reviews are not in the data. The latest of them
            // was at the latest on the day the data begin, so the next was due at the latest 6 months later.
            held = 2;
            due = begin.PlusMonths(6);
            assumed = $"; period of care began before the Reviews data ({LookedAfterRules.Iso(begin)}): a review is assumed on that day";
        }
        while (due <= period.End)
        {
            LocalDate? next = used < reviews.Length ? reviews[used] : null;
            if (period.Contains(due))
            {
                dueInPeriod++;
                if (next is null || next.Value > due)
                {
                    string ordinal = assumed.Length == 0 ? Ordinal(held + 1) : "next";
                    return Decision.DenominatorOnly(why, next is null
                        ? $"{ordinal} review due by {LookedAfterRules.Iso(due)} not held{assumed}"
                        : $"{ordinal} review due by {LookedAfterRules.Iso(due)} held late on {LookedAfterRules.Iso(next.Value)}{assumed}");
                }
            }
            if (next is null)
            {
                // Due before the period and never held: it stayed overdue throughout the period.
                return Decision.DenominatorOnly(why, $"{(assumed.Length == 0 ? Ordinal(held + 1) : "next")} review due by {LookedAfterRules.Iso(due)} not held by {LookedAfterRules.Iso(period.End)}{assumed}");
            }
            held++;
            used++;
            due = held == 1 ? next.Value.PlusMonths(3) : next.Value.PlusMonths(6);
        }
        return Decision.Numerator(why, dueInPeriod == 0
            ? $"looked after since {LookedAfterRules.Iso(current.Start)}; no review due in the period{assumed}"
            : $"looked after since {LookedAfterRules.Iso(current.Start)}; {dueInPeriod} review{(dueInPeriod == 1 ? "" : "s")} due in the period, all on time{assumed}");
    }

    private static string Ordinal(int n) => n switch { 1 => "1st", 2 => "2nd", 3 => "3rd", _ => $"{n}th" };

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        $"No child had been looked after for 4 weeks or more on {LookedAfterRules.Iso(period.End)}, so there is no value.";
}
