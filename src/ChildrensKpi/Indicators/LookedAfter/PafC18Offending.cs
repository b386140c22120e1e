using System.Collections.Immutable;
using System.Globalization;

namespace ChildrensKpi;

/// <summary>
/// PAF C18: final warnings, reprimands and convictions of children looked after, compared with all children in the area.
/// </summary>
/// <remarks>
/// <para>Cohort (the OC2 cohort aged 10 or over): children looked after at the end of the period (short breaks ignored)
/// whose current period of care began on or before the end minus 12 months, aged 10 or over then.</para>
/// <para>Numerator: those whose OC2 row has CONVICTED true (a final warning, reprimand or conviction in the year).
/// A child in the cohort without an OC2 row, or with CONVICTED empty, counts in the cohort only.</para>
/// <para>Value: the ratio of the cohort's percentage to <see cref="ComputeOptions.AreaOffendingPercentage"/>, the
/// percentage for all children aged 10–17 in the area. It is computed as numerator / (cohort × area percentage / 100),
/// so the reported denominator is the number the cohort would have at the area's rate, and the value is 1 when the
/// looked-after children offend at the area's rate.</para>
/// <para>Readings: the cohort comes from the episodes, the offending from the OC2 row (which carries no date: read one
/// year's OC2 file). When the area percentage is not given, the result reports the cohort's percentage instead (its
/// definition then has unit <see cref="IndicatorUnit.Percent"/>) and a note says the ratio needs the parameter.</para>
/// </remarks>
internal sealed class PafC18Offending : PerChildIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "PAFC18",
        ["PAF C18"],
        "Final warnings, reprimands and convictions of children looked after",
        Polarity.LowerIsBetter,
        IndicatorUnit.Ratio,
        "Children in the OC2 cohort aged 10 or over with CONVICTED = 1 (final warning, reprimand or conviction in the year)",
        "The OC2 cohort aged 10 or over (looked after for 12 months at 31 March) × the percentage for all children aged 10–17 in the area / 100; without that percentage, the cohort itself",
        "PAF definitions (CSCI), C18: the ratio of the looked-after percentage to the area's percentage (a parameter).");

    private readonly IndicatorDefinition _percentDefinition;

    public PafC18Offending()
    {
        _percentDefinition = Definition with
        {
            Unit = IndicatorUnit.Percent,
            Denominator = "The OC2 cohort aged 10 or over (looked after for 12 months at 31 March)",
        };
    }

    internal override Decision Decide(ChildHistory child, ReportingPeriod period, Why why)
    {
        var end = period.End;
        if (child.PeriodOpenOn(end) is not { } current)
        {
            return Decision.Excluded(why, LookedAfterRules.NotLookedAfter(child, end, why));
        }
        var yearBefore = end.PlusYears(-1);
        if (current.Start > yearBefore)
        {
            return Decision.Excluded(why, $"looked after since {LookedAfterRules.Iso(current.Start)}, after {LookedAfterRules.Iso(yearBefore)} (less than 12 months: not in the OC2 cohort)");
        }
        if (LookedAfterRules.AgeOn(child, end, out int age) is { } noAge)
        {
            return Decision.Excluded(why, noAge);
        }
        if (age < 10)
        {
            return Decision.Excluded(why, $"aged {age} on {LookedAfterRules.Iso(end)} (under 10)");
        }
        string? cohort = why.Say($"looked after since {LookedAfterRules.Iso(current.Start)}, aged {age}");
        var decision = child.Oc2 switch
        {
            null => Decision.DenominatorOnly(why, $"{cohort}; no OC2 row"),
            { Convicted: true } => Decision.Numerator(why, $"{cohort}; OC2 CONVICTED 1"),
            { Convicted: false } => Decision.DenominatorOnly(why, $"{cohort}; OC2 CONVICTED 0"),
            _ => Decision.DenominatorOnly(why, $"{cohort}; OC2 CONVICTED not recorded"),
        };
        return current.StartsBeforeData ? decision.BeginningBeforeData() : decision;
    }

    private protected override decimal Denominator(IndicatorInputs inputs, ReportingPeriod period, int childCount, ImmutableArray<string>.Builder notes, ComputeOptions options)
    {
        if (options.AreaOffendingPercentage is not { } area)
        {
            notes.Add("The value is the looked-after percentage, not PAF C18's ratio: the ratio needs the percentage for all children aged 10–17 in the area (ComputeOptions.AreaOffendingPercentage).");
            return childCount;
        }
        notes.Add($"Ratio to the area's percentage of {area.ToString(CultureInfo.InvariantCulture)}% of children aged 10–17; the denominator is the cohort of {childCount} × {area.ToString(CultureInfo.InvariantCulture)} / 100.");
        return childCount * area / 100m;
    }

    private protected override IndicatorDefinition ResultDefinition(ComputeOptions options) =>
        options.AreaOffendingPercentage is null ? _percentDefinition : Definition;

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        $"No child aged 10 or over had been looked after for 12 months on {LookedAfterRules.Iso(period.End)} (or the area's percentage is 0), so there is no value.";
}
