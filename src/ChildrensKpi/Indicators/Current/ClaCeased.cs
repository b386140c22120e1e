using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// CLA_CEASED (DfE D1): children who ceased to be looked after in the year, a count; CLA_CEASED10K: the same per 10,000
/// children aged 0–17.
/// </summary>
/// <remarks>
/// <para>Source: DfE, <i>Children looked after in England including adoptions</i> [S1], "CLA ceasing during the year"
/// (formerly D1): "only the last occasion on which a child ceased" is counted; the rate divides by the population aged
/// 0–17 / 10,000. Polarity: contextual.</para>
/// <para>Numerator: children with a cease in the period, each once: a period of care (V3/V4 ignored) ending in the year
/// with <c>REC</c> other than X1 (C2 ending X1 into V4 is no cease).</para>
/// <para>The count has no denominator: it is 1, so the value is the count.</para>
/// </remarks>
internal sealed class ClaCeased(bool per10000) : PerChildIndicator
{
    public override IndicatorDefinition Definition { get; } = per10000
        ? new("CLA_CEASED10K", [], "Children who ceased to be looked after per 10,000 children", Polarity.Contextual, IndicatorUnit.Per10000,
            Numerator, "Population aged 0–17 (ONS mid-year estimate) / 10,000", Source) { Group = IndicatorGroup.Current }
        : new("CLA_CEASED", ["DfE D1"], "Children who ceased to be looked after", Polarity.Contextual, IndicatorUnit.Count,
            Numerator, "None (a count)", Source) { Group = IndicatorGroup.Current };

    private const string Numerator = "Children with a cease in the year (a period of care ending with REC other than X1; V3/V4 ignored), each once";

    private const string Source = "DfE, Children looked after in England including adoptions, CLA ceasing during the year (D1): the last occasion in the year only.";

    public override IndicatorInputKinds Requires =>
        per10000 ? IndicatorInputKinds.LookedAfter | IndicatorInputKinds.Population : IndicatorInputKinds.LookedAfter;

    internal override Decision Decide(ChildHistory child, ReportingPeriod period, Why why) =>
        CareEvents.LastCease(child, period) is { } cease
            ? Decision.Numerator(why, $"ceased to be looked after on {LookedAfterRules.Iso(cease.End!.Value)} ({cease.ReasonCeased})")
            : Decision.Excluded(why, why.Explain ? CareEvents.NoCease(child) : null);

    private protected override decimal Denominator(IndicatorInputs inputs, ReportingPeriod period, int childCount, ImmutableArray<string>.Builder notes) =>
        per10000 ? PopulationDenominator.For(inputs.Population, period, notes) : 1;

    private protected override string EmptyDenominatorNote(ReportingPeriod period) => PopulationDenominator.EmptyNote(period);
}
