namespace ChildrensKpi;

/// <summary>
/// PAF C63: participation of looked-after children in their reviews.
/// </summary>
/// <remarks>
/// <para>Denominator: children looked after at the end of the period (short breaks ignored) for more than 4 weeks (current
/// period of care began before the end minus 28 days), aged 4 or over then, with at least one review dated in the period
/// that is not coded PN0.</para>
/// <para>Numerator: those who took part (REVIEW_CODE PN1–PN6) in every such review.</para>
/// <para>Readings (indicators.md, PAFC63): PN0 says the child was under 4 at the review, so it is disregarded, not read as
/// "did not take part": a child who turns 4 in the year is judged on the reviews held at 4 or over. Every other review dated
/// in the period counts, whichever period of care it belonged to. Age is in completed years from the date of birth (Header,
/// else OC3, else OC2).</para>
/// </remarks>
internal sealed class PafC63ReviewParticipation : PerChildIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "PAFC63",
        ["PAF C63"],
        "Participation of looked-after children in reviews",
        Polarity.HigherIsBetter,
        IndicatorUnit.Percent,
        "Those who took part in every review in the year not coded PN0 (REVIEW_CODE PN1–PN6)",
        "Children looked after at 31 March for more than 4 weeks, aged 4 or over, with a review in the year not coded PN0 (under 4 at the review)",
        "PAF definitions (CSCI), C63.");

    internal override Decision Decide(ChildHistory child, ReportingPeriod period, Why why)
    {
        var end = period.End;
        if (child.PeriodOpenOn(end) is not { } current)
        {
            return Decision.Excluded(why, LookedAfterRules.NotLookedAfter(child, end, why));
        }
        var fourWeeksBefore = end.PlusDays(-28);
        if (current.Start >= fourWeeksBefore)
        {
            return Decision.Excluded(why, $"looked after since {LookedAfterRules.Iso(current.Start)}, not before {LookedAfterRules.Iso(fourWeeksBefore)} (not more than 4 weeks)");
        }
        if (LookedAfterRules.AgeOn(child, end, out int age) is { } noAge)
        {
            return Decision.Excluded(why, noAge);
        }
        if (age < 4)
        {
            return Decision.Excluded(why, $"aged {age} on {LookedAfterRules.Iso(end)} (under 4)");
        }
        var inPeriod = child.Reviews.Where(r => period.Contains(r.Date)).ToArray();
        // PN0: the child was under 4 at the review, so taking part is not asked of it.
        var reviews = inPeriod.Where(r => r.Participation != ReviewParticipation.PN0).ToArray();
        if (reviews.Length == 0)
        {
            return Decision.Excluded(why, inPeriod.Length == 0 ? "no review in the period" : "no review in the period at 4 or over (every one coded PN0, under 4)");
        }
        var missed = reviews.Where(r => !r.ChildParticipated).ToArray();
        string? counted = why.Say($"{reviews.Length} review{(reviews.Length == 1 ? "" : "s")} in the period");
        return missed.Length == 0
            ? Decision.Numerator(why, $"{counted}, took part in all (PN1–PN6)")
            : Decision.DenominatorOnly(why, $"{counted}; did not take part on {string.Join(", ", missed.Select(r => $"{LookedAfterRules.Iso(r.Date)} ({r.Participation})"))}");
    }

    /// <summary>Reviews are judged from the Reviews data: they must cover the period as well as the episodes.</summary>
    internal override string? CoverageGap(IndicatorInputs inputs, ReportingPeriod period) =>
        DataCoverage.Reviews(inputs.LookedAfter!, period) ?? base.CoverageGap(inputs, period);

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        $"No child aged 4 or over looked after for more than 4 weeks on {LookedAfterRules.Iso(period.End)} had a review in the period, so there is no value.";
}
