namespace ChildrensKpi;

/// <summary>
/// NI 62 (PAF A1): stability of placements of looked-after children, number of placements.
/// </summary>
/// <remarks>
/// <para>Denominator: children looked after at the end of the period (<c>DECOM &lt;= end</c> and DEC empty or
/// after the end), short breaks (V3/V4) ignored.</para>
/// <para>Numerator: those of them with three or more placements open at any time in the period (began on or
/// before its end and did not end on or before its start), in any period of care, including the one open
/// at its start.</para>
/// <para>Readings: a placement begins at the first episode of a period of care and at each episode with RNE
/// S, P or B; L, T and U continue it, so a foster carer who becomes the adopter (T/U) is one placement.
/// Temporary placements (T0–T4, current codes) are not placements: a break the child returns from to the same PLACE
/// continues the placement whatever the return's RNE, and one not returned from is not counted. A child whose history begins part way through a
/// period of care is flagged: only the placements in the data are counted.</para>
/// </remarks>
internal sealed class Ni62PlacementStability : PerChildIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "NI62",
        ["PAF A1"],
        "Stability of placements: number of placements",
        Polarity.LowerIsBetter,
        IndicatorUnit.Percent,
        "Children looked after at 31 March with three or more placements during the year (placements open at any time in the year, in any period of care)",
        "Children looked after at 31 March (short breaks V3/V4 ignored)",
        "National Indicator Set handbook of definitions (2008), NI 62; PAF A1. A move happens only at RNE S, P or B; T0–T4 temporary placements are not counted.");

    internal override Decision Decide(ChildHistory child, ReportingPeriod period, Why why)
    {
        if (child.PeriodOpenOn(period.End) is null)
        {
            return Decision.Excluded(why, LookedAfterRules.NotLookedAfter(child, period.End, why));
        }
        int placements = CountPlacements(child, period, out bool beginsBeforeData);
        string? reason = why.Say($"{placements} placement{(placements == 1 ? "" : "s")} open in the period");
        var decision = placements >= 3 ? Decision.Numerator(why, reason) : Decision.DenominatorOnly(why, reason);
        return beginsBeforeData ? decision.BeginningBeforeData() : decision;
    }

    /// <summary>Counted placements open in the period; <paramref name="beginsBeforeData"/> when one of them is the first of a period of care that began before the data.</summary>
    private static int CountPlacements(ChildHistory child, ReportingPeriod period, out bool beginsBeforeData)
    {
        int placements = 0;
        beginsBeforeData = false;
        foreach (var careperiod in child.Periods)
        {
            for (int i = 0; i < careperiod.Placements.Length; i++)
            {
                var placement = careperiod.Placements[i];
                if (placement.IsCounted && placement.IsOpenDuring(period))
                {
                    placements++;
                    beginsBeforeData |= i == 0 && careperiod.StartsBeforeData;
                }
            }
        }
        return placements;
    }

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        $"No child was looked after on {LookedAfterRules.Iso(period.End)}, so there is no value.";
}
