using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>CIN10K: children in need at 31 March per 10,000 children aged 0–17.</summary>
/// <remarks>
/// <para>Source: DfE, <i>Characteristics of children in need</i> [S4], methodology, "Defining counts of children in
/// need": a child is in need at 31 March with an episode of need open then; referrals with no further action are in
/// the census and the referral counts, not children in need (guide §1.2.2), and may stay open (rule 8815). Polarity:
/// contextual.</para>
/// <para>Numerator: children with a <c>CINdetails</c> open at the period's end (<c>CINreferralDate</c> on or before
/// it, <c>CINclosureDate</c> empty or after it) that is not <c>ReferralNFA</c>, each child once. Denominator: the
/// population aged 0–17 / 10,000.</para>
/// <para>Readings: the child is counted on the latest such episode (the one its need is read from); unborn children
/// (no <c>PersonBirthDate</c>) count; those 18 or over at the period's end are excluded.</para>
/// </remarks>
internal sealed class Cin10kChildrenInNeedRate : PerItemIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "CIN10K",
        [],
        "Children in need at 31 March per 10,000 children",
        Polarity.Contextual,
        IndicatorUnit.Per10000,
        "Children with an episode of need open at 31 March that is not a referral with no further action, each once; under 18 or unborn",
        "Population aged 0–17 (ONS mid-year estimate) / 10,000",
        "DfE, Characteristics of children in need: methodology (defining counts of children in need); CIN census guide 2021-22 §1.2.2.")
    { Group = IndicatorGroup.Current };

    public override IndicatorInputKinds Requires => IndicatorInputKinds.ChildrenInNeed | IndicatorInputKinds.Population;

    private protected override (int From, int To) ItemsOf(ChildrenInNeedColumns columns, int fromChild, int toChild) => columns.ReferralsOf(fromChild, toChild);

    private protected override int[] ChildOfItem(ChildrenInNeedColumns columns) => columns.ReferralChild;

    private protected override string? SubjectOf(ChildrenInNeedColumns columns, int item) => $"referral {CinRules.Iso(columns.ReferralDate[item])}";

    private protected override Decision Decide(ChildrenInNeedColumns columns, int child, int item, in PeriodDays period, ComputeOptions options, Why why) =>
        InNeed(columns, child, item, period, why);

    /// <summary>
    /// Whether the referral <paramref name="item"/> is the one its child is counted in need on at the period's end (in the
    /// numerator), or why not: the one decision of CIN10K, which its breakdowns (CIN_BY_NEED_*) share.
    /// </summary>
    internal static Decision InNeed(ChildrenInNeedColumns columns, int child, int item, in PeriodDays period, Why why)
    {
        if (!IsInNeedOn(columns, item, period.Last))
        {
            // Reasons as interpolations handed to the Why: figures-only runs format none of them.
            return columns.ReferralNoFurtherAction[item] ? Decision.Excluded(why, "referral with no further action (ReferralNFA), not a child in need")
                : columns.ReferralDate[item] > period.Last ? Decision.Excluded(why, "referred after the period")
                : Decision.Excluded(why, $"closed {CinRules.Iso(columns.ReferralClosure[item])}, on or before {CinRules.Iso(period.Last)}");
        }
        // Referrals are in date order within a child: a later open episode is the one the child is counted on.
        var (_, to) = columns.ReferralsOf(child, child + 1);
        for (int later = item + 1; later < to; later++)
        {
            if (IsInNeedOn(columns, later, period.Last))
            {
                return Decision.Excluded(why, $"open, but the child is counted on the later referral {CinRules.Iso(columns.ReferralDate[later])}");
            }
        }
        int birth = columns.ChildBirth[child];
        if (birth != DayNumbers.None && birth <= period.Last
            && Age.InYears(DayNumbers.ToDate(birth), DayNumbers.ToDate(period.Last)) >= 18)
        {
            return Decision.Excluded(why, $"aged 18 or over on {CinRules.Iso(period.Last)}");
        }
        return birth == DayNumbers.None
            ? Decision.Numerator(why, $"in need on {CinRules.Iso(period.Last)} (unborn or no date of birth)")
            : Decision.Numerator(why, $"in need on {CinRules.Iso(period.Last)}");
    }

    /// <summary>An episode of need open on the day: referred on or before it, not closed on or before it, not NFA.</summary>
    private static bool IsInNeedOn(ChildrenInNeedColumns columns, int referral, int day) =>
        !columns.ReferralNoFurtherAction[referral] && columns.ReferralDate[referral] <= day && columns.ReferralClosure[referral] > day;

    private protected override decimal Denominator(IndicatorInputs inputs, ReportingPeriod period, int itemCount, ImmutableArray<string>.Builder notes) =>
        PopulationDenominator.For(inputs.Population, period, notes);

    private protected override string EmptyDenominatorNote(ReportingPeriod period) => PopulationDenominator.EmptyNote(period);
}
