namespace ChildrensKpi;

/// <summary>
/// PAF C23: adoptions of children looked after, as a percentage of children looked after for 6 months or more.
/// </summary>
/// <remarks>
/// <para>Numerator: children who ceased to be looked after during the period through adoption (REC E11 or E12 on the
/// last episode of a period of care, DEC within the period, bounds included).</para>
/// <para>Denominator: children looked after at the end of the period (short breaks ignored) whose current period of care
/// began on or before the end minus 6 months (31 March 2007 → 30 September 2006).</para>
/// <para>Readings: PAF C23 is a ratio, not a proportion: an adopted child has left care and so is not in the denominator.
/// Such a child is explained as in the numerator and not in the denominator — the one kind of indicator where
/// <see cref="ChildExplanation.InNumerator"/> holds without <see cref="ChildExplanation.InDenominator"/>. The value may exceed 100.</para>
/// </remarks>
internal sealed class PafC23Adoptions : PerChildIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "PAFC23",
        ["PAF C23"],
        "Adoptions of children looked after",
        Polarity.HigherIsBetter,
        IndicatorUnit.Percent,
        "Children who ceased to be looked after during the year through adoption (REC E11 or E12)",
        "Children looked after at 31 March who had been looked after for 6 months or more on that day",
        "PAF definitions (CSCI), C23. A ratio: the adopted children are not in the denominator.");

    internal override Decision Decide(ChildHistory child, ReportingPeriod period, Why why)
    {
        var end = period.End;
        var sixMonthsBefore = end.PlusMonths(-6);
        bool inDenominator = child.PeriodOpenOn(end) is { } current && current.Start <= sixMonthsBefore;
        string? denominatorReason = !why.Explain ? null
            : child.PeriodOpenOn(end) is { } open
            ? open.Start <= sixMonthsBefore
                ? $"looked after on {LookedAfterRules.Iso(end)} since {LookedAfterRules.Iso(open.Start)}, on or before {LookedAfterRules.Iso(sixMonthsBefore)} (6 months or more)"
                : $"looked after on {LookedAfterRules.Iso(end)} only since {LookedAfterRules.Iso(open.Start)}, after {LookedAfterRules.Iso(sixMonthsBefore)} (less than 6 months)"
            : LookedAfterRules.NotLookedAfter(child, end, why);
        if (AdoptionRules.AdoptedDuring(child, period) is { } adopted)
        {
            return new Decision(inDenominator, true, why.Say($"{AdoptionRules.Adopted(adopted)}; {denominatorReason}"));
        }
        return inDenominator ? Decision.DenominatorOnly(why, $"{denominatorReason}; not adopted in the period") : Decision.Excluded(why, denominatorReason);
    }

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        $"No child had been looked after for 6 months or more on {LookedAfterRules.Iso(period.End)}, so there is no value.";
}
