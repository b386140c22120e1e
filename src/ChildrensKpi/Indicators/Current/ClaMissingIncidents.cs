namespace ChildrensKpi;

/// <summary>CLA_MISSING_INCIDENTS: missing incidents per child who went missing.</summary>
/// <remarks>
/// <para>Source: DfE, <i>Children looked after in England including adoptions</i> [S1], "CLA who were missing" (G1:
/// number of incidents and average per child). Polarity: lower is better.</para>
/// <para>Denominator: CLA_MISSING's numerator (children looked after during the year with an M incident starting in
/// it). Numerator: the number of those incidents (<see cref="MissingIncidents.StartingIn"/>); the value is the ratio.</para>
/// </remarks>
internal sealed class ClaMissingIncidents : PerChildIndicator
{
    public override IndicatorDefinition Definition { get; } = new("CLA_MISSING_INCIDENTS", [], "Missing incidents per child who went missing",
        Polarity.LowerIsBetter, IndicatorUnit.Ratio,
        "Missing incidents (MISSING = M) starting in the year of those children",
        "Children looked after during the year with a missing incident starting in it (CLA_MISSING's numerator)",
        "DfE, Children looked after in England including adoptions, CLA who were missing (G1): incidents per child who went missing.")
    { Group = IndicatorGroup.Current };

    internal override Decision Decide(ChildHistory child, ReportingPeriod period, Why why)
    {
        if (!CareEvents.LookedAfterDuringYear(child, period))
        {
            return Decision.Excluded(why, CareEvents.NotLookedAfterDuringYear(child));
        }
        int incidents = MissingIncidents.StartingIn(child.MissingEpisodes, MissingKind.Missing, period);
        return incidents > 0
            ? Decision.Measured(why, incidents, $"{incidents} incident{(incidents == 1 ? "" : "s")} (M) starting in the year")
            : Decision.Excluded(why, "looked after during the year; no incident (M) starting in the year");
    }

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        "No child looked after during the year went missing, so there is no value.";
}
