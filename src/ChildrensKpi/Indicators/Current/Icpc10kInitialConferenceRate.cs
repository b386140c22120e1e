using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace ChildrensKpi;

/// <summary>ICPC10K: initial child protection conferences held in the year per 10,000 children aged 0–17.</summary>
/// <remarks>
/// <para>Source: DfE, <i>Characteristics of children in need</i> [S4]: initial child protection conferences are counted
/// as events and published per 10,000 children; indicators-current.md, ICPC10K. Polarity: contextual.</para>
/// <para>Numerator: distinct (child, <c>DateOfInitialCPC</c>) in the period, from <c>Section47</c> and <c>CINdetails</c>
/// (a conference is recorded at one level or the other, never both, rule 2884; one recorded at both on the same day is
/// one conference). Denominator: the population aged 0–17 / 10,000.</para>
/// <para>Each child is one item of the count, adding its conferences held in the period, so that a conference recorded
/// twice is counted once however it was recorded.</para>
/// </remarks>
internal sealed class Icpc10kInitialConferenceRate : PerItemIndicator
{
    // The children as items: the identity map from item to child, made once per columns.
    private static readonly ConditionalWeakTable<ChildrenInNeedColumns, int[]> Identity = [];

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

    private protected override (int From, int To) ItemsOf(ChildrenInNeedColumns columns, int fromChild, int toChild) => (fromChild, toChild);

    private protected override int[] ChildOfItem(ChildrenInNeedColumns columns) =>
        Identity.GetValue(columns, c => [.. Enumerable.Range(0, c.ChildCount)]);

    private protected override string? SubjectOf(ChildrenInNeedColumns columns, int item) => "initial conferences";

    private protected override Decision Decide(ChildrenInNeedColumns columns, int child, int item, in PeriodDays period, ComputeOptions options, Why why)
    {
        // A child has few referrals and enquiries: a short list of the distinct days is enough.
        List<int>? held = null;
        var (referralFrom, referralTo) = columns.ReferralsOf(child, child + 1);
        for (int r = referralFrom; r < referralTo; r++)
        {
            Add(ref held, columns.ReferralConference[r], period);
        }
        var (enquiryFrom, enquiryTo) = columns.EnquiriesOf(child, child + 1);
        for (int e = enquiryFrom; e < enquiryTo; e++)
        {
            Add(ref held, columns.EnquiryConference[e], period);
        }
        if (held is null)
        {
            return Decision.Excluded(why, "no initial conference held in the period");
        }
        held.Sort();
        return Decision.Measured(why, held.Count,
            $"{held.Count} initial conference{(held.Count == 1 ? "" : "s")} held in the period ({string.Join(", ", held.Select(CinRules.Iso))})");
    }

    private static void Add(ref List<int>? held, int conference, in PeriodDays period)
    {
        if (conference != DayNumbers.None && period.Contains(conference) && held?.Contains(conference) != true)
        {
            (held ??= []).Add(conference);
        }
    }

    private protected override decimal Denominator(IndicatorInputs inputs, ReportingPeriod period, int itemCount, ImmutableArray<string>.Builder notes) =>
        PopulationDenominator.For(inputs.Population, period, notes);

    private protected override string EmptyDenominatorNote(ReportingPeriod period) => PopulationDenominator.EmptyNote(period);
}
