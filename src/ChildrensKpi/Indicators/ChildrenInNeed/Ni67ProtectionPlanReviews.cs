namespace ChildrensKpi;

/// <summary>
/// NI 67 (PAF C20): child protection cases reviewed within required timescales.
/// </summary>
/// <remarks>
/// <para>Denominator: plans open at the end of the period or ceased during it, that had lasted at least three months at
/// the evaluation date E (the end of the period for an open plan, the end date for a ceased one).</para>
/// <para>Numerator: those all of whose reviews were on time: the first review is due within three months of the plan's
/// start, each later one within six months of the previous review. Reviews dated up to E are walked in order; a review
/// after its due date makes the plan late, and so does reaching E after a due date with no review (a review on its due
/// date is on time; E on the due date is not yet late).</para>
/// <para>Readings: the unit is the plan, as the CIN census records reviews per plan; month arithmetic is NodaTime's
/// (31 August plus 6 months is 28 or 29 February).</para>
/// </remarks>
internal sealed class Ni67ProtectionPlanReviews : ProtectionPlanIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "NI67",
        ["PAF C20"],
        "Child protection cases reviewed within required timescales",
        Polarity.HigherIsBetter,
        IndicatorUnit.Percent,
        "Plans all of whose reviews were on time: the first within 3 months of the start, then within 6 months of the previous",
        "Plans that had lasted at least 3 months, open at 31 March or ceased in the year",
        "National Indicator Set handbook of definitions (2008), NI 67; PAF C20.");

    private protected override Decision Decide(ChildrenInNeedColumns columns, int child, int item, in PeriodDays period, ComputeOptions options, Why why)
    {
        int start = columns.PlanStart[item], end = columns.PlanEnd[item];
        int evaluation;
        if (end != DayNumbers.Open && period.Contains(end))
        {
            evaluation = end;
        }
        else if (OpenSpan.IsOpenOn(start, end, period.Last))
        {
            evaluation = period.Last;
        }
        else if (start > period.Last)
        {
            return Decision.Excluded(why, CinRules.NotInPeriod(why, "started", start));
        }
        else
        {
            return Decision.Excluded(why, $"ceased {CinRules.Iso(end)}, before the period");
        }
        int threeMonths = DayNumbers.PlusMonths(start, 3);
        if (threeMonths > evaluation)
        {
            return Decision.Excluded(why, $"lasted less than 3 months by {CinRules.Iso(evaluation)}");
        }
        int due = threeMonths;
        int held = 0;
        // Reviews are in date order: those after the evaluation date are not yet relevant.
        for (int r = columns.ReviewOffsets[item]; r < columns.ReviewOffsets[item + 1] && columns.Reviews[r] <= evaluation; r++)
        {
            int review = columns.Reviews[r];
            if (review > due)
            {
                return Decision.DenominatorOnly(why, $"review {CinRules.Iso(review)} was late: due by {CinRules.Iso(due)}");
            }
            held++;
            due = DayNumbers.PlusMonths(review, 6);
        }
        return evaluation > due
            ? Decision.DenominatorOnly(why, $"no review by {CinRules.Iso(due)}, when one was due (evaluated at {CinRules.Iso(evaluation)})")
            : Decision.Numerator(why, $"{held} review{(held == 1 ? "" : "s")}, all on time (evaluated at {CinRules.Iso(evaluation)})");
    }

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        "No plan open at the end of the period or ceased in it had lasted 3 months, so there is no value.";
}
