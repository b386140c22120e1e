namespace ChildrensKpi;

/// <summary>
/// MISSING: children looked after who went missing from their placement.
/// </summary>
/// <remarks>
/// <para>Denominator: children looked after at any time in the period (a period of care, short breaks ignored, that began
/// on or before its end and did not end on or before its start).</para>
/// <para>Numerator: those with a Missing row of kind <c>M</c> (missing, not <c>A</c> away without authorisation) whose
/// <c>MIS_START</c> falls in the period.</para>
/// <para>Readings: a Missing row for a child not looked after in the period does not count (it is mentioned in the child's reason).</para>
/// </remarks>
internal sealed class MissingFromCare : PerChildIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "MISSING",
        [],
        "Children looked after who went missing",
        Polarity.LowerIsBetter,
        IndicatorUnit.Percent,
        "Those with a Missing row (MISSING = M) starting in the year",
        "Children looked after at any time in the year",
        "DfE children looked after return, Missing table (missing from placement; 'away without authorisation' is not missing).");

    internal override Decision Decide(ChildHistory child, ReportingPeriod period, Why why)
    {
        int missing = MissingIncidents.StartingIn(child.MissingEpisodes, MissingKind.Missing, period);
        if (!LookedAfterRules.LookedAfterDuring(child, period))
        {
            string reason = child.OnlyShortBreaks ? "only short breaks (LS V3/V4), which are not time looked after"
                : child.Periods.IsEmpty ? "no episodes"
                : "not looked after at any time in the period";
            return Decision.Excluded(why, missing > 0 ? $"{reason}; its Missing rows are not counted" : reason);
        }
        if (missing > 0)
        {
            return Decision.Numerator(why, $"looked after in the period; {missing} time{(missing == 1 ? "" : "s")} missing (M) starting in the period");
        }
        int away = MissingIncidents.StartingIn(child.MissingEpisodes, MissingKind.AwayWithoutAuthorisation, period);
        return Decision.DenominatorOnly(why, away > 0
            ? $"looked after in the period; away without authorisation (A) {away} time{(away == 1 ? "" : "s")}, never missing (M)"
            : "looked after in the period; no Missing row (M) starting in the period");
    }

    /// <summary>Times missing come from the Missing data: they must cover the period as well as the episodes.</summary>
    internal override string? CoverageGap(IndicatorInputs inputs, ReportingPeriod period) =>
        DataCoverage.Missing(inputs.LookedAfter!, period) ?? base.CoverageGap(inputs, period);

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        "No child was looked after in the period, so there is no value.";
}
