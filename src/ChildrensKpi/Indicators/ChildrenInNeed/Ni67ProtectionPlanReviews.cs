namespace ChildrensKpi;

/// <summary>
/// NI 67 (PAF C20): child protection cases reviewed within required timescales.
/// </summary>
/// <remarks>
/// <para>Denominator: children (a case is a child) with a plan open at the end of the period or ceased during it, that had
/// lasted at least three months at the evaluation date E (the end of the period for an open plan, the end date for a
/// ceased one). A child with two such plans is judged on the one open at the end of the period, else the one that ended
/// last; the other is excluded, naming the plan judged.</para>
/// <para>Numerator: those whose judged plan's reviews were all on time: the first review is due within three months of the plan's
/// start, each later one within six months of the previous review. Reviews dated up to E are walked in order; a review
/// after its due date makes the plan late, and so does reaching E after a due date with no review (a review on its due
/// date is on time; E on the due date is not yet late).</para>
/// <para>Readings (indicators.md, NI67): the unit is the child; each plan is still explained on its own (the CIN census
/// records reviews per plan). Of two plans open at the end of the period (a data error), the later started is judged; of
/// two that ended on the same day, the later started. Month arithmetic is NodaTime's (31 August plus 6 months is 28 or 29
/// February).</para>
/// </remarks>
internal sealed class Ni67ProtectionPlanReviews : ProtectionPlanIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "NI67",
        ["PAF C20"],
        "Child protection cases reviewed within required timescales",
        Polarity.HigherIsBetter,
        IndicatorUnit.Percent,
        "Children whose plan's reviews were all on time: the first within 3 months of the start, then within 6 months of the previous",
        "Children (a case is a child) with a plan that had lasted at least 3 months, open at 31 March or ceased in the year; with two, the one open at 31 March, else the one that ended last",
        "National Indicator Set handbook of definitions (2008), NI 67; PAF C20.");

    private protected override Decision Decide(ChildrenInNeedColumns columns, int child, int item, in PeriodDays period, ComputeOptions options, Why why)
    {
        if (Evaluation(columns, item, period, why, out int evaluation) is { } excluded)
        {
            return excluded;
        }
        int judged = JudgedPlan(columns, child, period);
        if (judged != item)
        {
            return Decision.Excluded(why, $"a case is a child: the child is judged on the plan started {CinRules.Iso(columns.PlanStart[judged])}" +
                (columns.PlanEnd[judged] == DayNumbers.Open || !period.Contains(columns.PlanEnd[judged]) ? ", open at the end of the period" : ", which ended later"));
        }
        int due = DayNumbers.PlusMonths(columns.PlanStart[item], 3);
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

    /// <summary>
    /// Whether plan <paramref name="item"/> is one the indicator judges in the period: open at its end or ceased in it, and
    /// lasted 3 months by the evaluation date (set in <paramref name="evaluation"/>). Null when it is; else the exclusion.
    /// </summary>
    private static Decision? Evaluation(ChildrenInNeedColumns columns, int item, in PeriodDays period, Why why, out int evaluation)
    {
        int start = columns.PlanStart[item], end = columns.PlanEnd[item];
        evaluation = 0;
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
        return DayNumbers.PlusMonths(start, 3) > evaluation
            ? Decision.Excluded(why, $"lasted less than 3 months by {CinRules.Iso(evaluation)}")
            : null;
    }

    /// <summary>
    /// The one plan of <paramref name="child"/> the case is judged on: of its plans the indicator judges, the one open at the
    /// end of the period, else the one that ended last (ties: the later started). -1 when none.
    /// </summary>
    private static int JudgedPlan(ChildrenInNeedColumns columns, int child, in PeriodDays period)
    {
        var quiet = new Why(false);
        int judged = -1;
        long best = long.MinValue;
        for (int plan = columns.PlanOffsets[child]; plan < columns.PlanOffsets[child + 1]; plan++)
        {
            if (Evaluation(columns, plan, period, quiet, out int evaluation) is not null)
            {
                continue;
            }
            // Open at the end is evaluated at the period's last day, later than any plan that ceased in it.
            bool open = evaluation == period.Last && (columns.PlanEnd[plan] == DayNumbers.Open || columns.PlanEnd[plan] > period.Last);
            long rank = ((long)evaluation << 1 | (open ? 1L : 0L)) << 32 | (uint)columns.PlanStart[plan];
            if (rank > best)
            {
                best = rank;
                judged = plan;
            }
        }
        return judged;
    }

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        "No child had a plan open at the end of the period or ceased in it that had lasted 3 months, so there is no value.";
}
