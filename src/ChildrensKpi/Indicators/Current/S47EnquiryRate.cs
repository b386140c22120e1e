using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>S47_10K: section 47 enquiries starting in the year per 10,000 children aged 0–17.</summary>
/// <remarks>
/// <para>Source: DfE, <i>Characteristics of children in need</i> [S4]: section 47 enquiries are counted as events,
/// each enquiry once, and published per 10,000 children. Polarity: contextual.</para>
/// <para>Numerator: <c>Section47</c> enquiries with <c>S47ActualStartDate</c> in the period. Denominator: the population
/// aged 0–17 / 10,000.</para>
/// </remarks>
internal sealed class S47EnquiryRate : PerItemIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "S47_10K",
        [],
        "Section 47 enquiries per 10,000 children",
        Polarity.Contextual,
        IndicatorUnit.Per10000,
        "Section 47 enquiries with S47ActualStartDate in the year (each enquiry counts)",
        "Population aged 0–17 (ONS mid-year estimate) / 10,000",
        "DfE, Characteristics of children in need: section 47 enquiries per 10,000 children (counted as events).")
    { Group = IndicatorGroup.Current };

    public override IndicatorInputKinds Requires => IndicatorInputKinds.ChildrenInNeed | IndicatorInputKinds.Population;

    private protected override (int From, int To) ItemsOf(ChildrenInNeedColumns columns, int fromChild, int toChild) => columns.EnquiriesOf(fromChild, toChild);

    private protected override int[] ChildOfItem(ChildrenInNeedColumns columns) => columns.EnquiryChild;

    private protected override string? SubjectOf(ChildrenInNeedColumns columns, int item) => $"section 47 {CinRules.Iso(columns.EnquiryStart[item])}";

    private protected override Decision Decide(ChildrenInNeedColumns columns, int child, int item, in PeriodDays period, ComputeOptions options, Why why) =>
        period.Contains(columns.EnquiryStart[item])
            ? Decision.Numerator(why, "section 47 enquiry started in the period")
            : Decision.Excluded(why, CinRules.NotInPeriod(why, "started", columns.EnquiryStart[item]));

    private protected override decimal Denominator(IndicatorInputs inputs, ReportingPeriod period, int itemCount, ImmutableArray<string>.Builder notes) =>
        PopulationDenominator.For(inputs.Population, period, notes);

    private protected override string EmptyDenominatorNote(ReportingPeriod period) => PopulationDenominator.EmptyNote(period);
}
