using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// CLA_STARTS (DfE C1): children who started to be looked after in the year, a count; CLA_STARTS10K: the same per 10,000
/// children aged 0–17.
/// </summary>
/// <remarks>
/// <para>Source: DfE, <i>Children looked after in England including adoptions</i> [S1], "CLA starting during the year"
/// (formerly C1): "only the first occasion on which a child started to be looked after" is counted; the rate divides by
/// the population aged 0–17 / 10,000 [S1][S4]. Polarity: contextual.</para>
/// <para>Numerator: children with a start in the period, each once: the first episode of a period of care (short breaks
/// V3/V4 ignored, so V4 to C2 starts on the C2 <c>DECOM</c>) with <c>RNE</c> S.</para>
/// <para>Reading: a period whose first episode in the data is in the year but not S began before the data and is no
/// start (flagged). The count has no denominator: it is 1, so the value is the count.</para>
/// </remarks>
internal sealed class ClaStarts(bool per10000) : PerChildIndicator
{
    public override IndicatorDefinition Definition { get; } = per10000
        ? new("CLA_STARTS10K", [], "Children who started to be looked after per 10,000 children", Polarity.Contextual, IndicatorUnit.Per10000,
            Numerator, "Population aged 0–17 (ONS mid-year estimate) / 10,000", Source) { Group = IndicatorGroup.Current }
        : new("CLA_STARTS", ["DfE C1"], "Children who started to be looked after", Polarity.Contextual, IndicatorUnit.Count,
            Numerator, "None (a count)", Source) { Group = IndicatorGroup.Current };

    private const string Numerator = "Children with a start in the year (first episode of a period of care, RNE S; V3/V4 ignored), each once";

    private const string Source = "DfE, Children looked after in England including adoptions, CLA starting during the year (C1): the first occasion in the year only.";

    public override IndicatorInputKinds Requires =>
        per10000 ? IndicatorInputKinds.LookedAfter | IndicatorInputKinds.Population : IndicatorInputKinds.LookedAfter;

    internal override Decision Decide(ChildHistory child, ReportingPeriod period, Why why)
    {
        if (CareEvents.FirstStart(child, period, out bool beginsBeforeData) is { } start)
        {
            return Decision.Numerator(why, $"started to be looked after on {LookedAfterRules.Iso(start)}");
        }
        return CareEvents.NotCounted(why,
            why.Explain ? child.OnlyShortBreaks || child.Periods.IsEmpty ? CareEvents.NotLookedAfterDuringYear(child) : "no start (RNE S) in the year" : null,
            beginsBeforeData);
    }

    private protected override decimal Denominator(IndicatorInputs inputs, ReportingPeriod period, int childCount, ImmutableArray<string>.Builder notes) =>
        per10000 ? PopulationDenominator.For(inputs.Population, period, notes) : 1;

    private protected override string EmptyDenominatorNote(ReportingPeriod period) => PopulationDenominator.EmptyNote(period);
}
