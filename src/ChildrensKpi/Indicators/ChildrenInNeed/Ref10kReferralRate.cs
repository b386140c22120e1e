using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// REF10K: referrals to children's social care per 10,000 children aged under 18.
/// </summary>
/// <remarks>
/// <para>Numerator: referrals with <c>CINreferralDate</c> in the period (each referral counts, so a child referred twice counts twice).</para>
/// <para>Denominator: the population aged 0–17 of the period's reporting year, divided by 10,000 (see CLA10K for the reading of the Population input).</para>
/// </remarks>
internal sealed class Ref10kReferralRate : ReferralIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "REF10K",
        [],
        "Referrals per 10,000 children",
        Polarity.Contextual,
        IndicatorUnit.Per10000,
        "Referrals with a referral date in the year",
        "Population aged 0–17 (ONS mid-year estimate) / 10,000",
        "DfE characteristics of children in need statistics (referral rate per 10,000 children).");

    public override IndicatorInputKinds Requires => IndicatorInputKinds.ChildrenInNeed | IndicatorInputKinds.Population;

    private protected override Decision DecideInPeriod(ChildrenInNeedColumns columns, int child, int item, Why why) => Decision.Numerator(why, "referred in the period");

    private protected override decimal Denominator(IndicatorInputs inputs, ReportingPeriod period, int itemCount, ImmutableArray<string>.Builder notes) =>
        PopulationDenominator.For(inputs.Population, period, notes);

    private protected override string EmptyDenominatorNote(ReportingPeriod period) => PopulationDenominator.EmptyNote(period);
}
