using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>ICPC10K: initial child protection conferences held in the year per 10,000 children aged 0–17.</summary>
/// <remarks>
/// <para>Source: DfE, <i>Characteristics of children in need</i> [S4]: initial child protection conferences are counted
/// as events and published per 10,000 children; indicators-current.md, ICPC10K. Polarity: contextual.</para>
/// <para>Numerator: distinct (child, <c>DateOfInitialCPC</c>) in the period, from <c>Section47</c> and <c>CINdetails</c>:
/// each enquiry's conference (<see cref="EnquiryConference.Of"/>: its own, else its referral's, as a conference is
/// recorded at one level or the other, rule 2884), a child's conference on a day already counted for an earlier enquiry
/// of theirs counting once. Denominator: the population aged 0–17 / 10,000.</para>
/// <para>Reading: a conference recorded on a referral with no section 47 enquiry in the data is not counted (a
/// conference follows an enquiry, and the census records the enquiry).</para>
/// </remarks>
internal sealed class Icpc10kInitialConferenceRate : PerItemIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "ICPC10K",
        [],
        "Initial child protection conferences per 10,000 children",
        Polarity.Contextual,
        IndicatorUnit.Per10000,
        "Initial child protection conferences held in the year: distinct child and DateOfInitialCPC, from Section47 and CINdetails",
        "Population aged 0–17 (ONS mid-year estimate) / 10,000",
        "DfE, Characteristics of children in need: initial child protection conferences per 10,000 children (counted as events).")
    { Group = IndicatorGroup.Current };

    public override IndicatorInputKinds Requires => IndicatorInputKinds.ChildrenInNeed | IndicatorInputKinds.Population;

    private protected override (int From, int To) ItemsOf(ChildrenInNeedColumns columns, int fromChild, int toChild) => columns.EnquiriesOf(fromChild, toChild);

    private protected override int[] ChildOfItem(ChildrenInNeedColumns columns) => columns.EnquiryChild;

    private protected override string? SubjectOf(ChildrenInNeedColumns columns, int item) => $"section 47 enquiry started {CinRules.Iso(columns.EnquiryStart[item])}";

    private protected override Decision Decide(ChildrenInNeedColumns columns, int child, int item, in PeriodDays period, ComputeOptions options, Why why)
    {
        int conference = EnquiryConference.Of(columns, item);
        if (conference == DayNumbers.None)
        {
            return Decision.Excluded(why, "no initial conference");
        }
        if (!period.Contains(conference))
        {
            return Decision.Excluded(why, CinRules.NotInPeriod(why, "initial conference held", conference));
        }
        // The child's enquiries are in the columns' order: an earlier one with the same conference day has counted it.
        var (first, _) = columns.EnquiriesOf(child, child + 1);
        for (int earlier = first; earlier < item; earlier++)
        {
            if (EnquiryConference.Of(columns, earlier) == conference)
            {
                return Decision.Excluded(why, $"initial conference {CinRules.Iso(conference)} already counted for an earlier enquiry");
            }
        }
        return Decision.Numerator(why, $"initial conference held {CinRules.Iso(conference)}");
    }

    private protected override decimal Denominator(IndicatorInputs inputs, ReportingPeriod period, int itemCount, ImmutableArray<string>.Builder notes) =>
        PopulationDenominator.For(inputs.Population, period, notes);

    private protected override string EmptyDenominatorNote(ReportingPeriod period) => PopulationDenominator.EmptyNote(period);
}
