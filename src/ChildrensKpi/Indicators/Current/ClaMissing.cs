namespace ChildrensKpi;

/// <summary>
/// CLA_MISSING: children looked after during the year who had a missing incident; CLA_AWAY: those away from placement
/// without authorisation. (The seeds' MISSING keeps its own reading of "looked after in the year".)
/// </summary>
/// <remarks>
/// <para>Source: DfE, <i>Children looked after in England including adoptions</i> [S1], "CLA who were missing / away
/// without authorisation" (G1, LAG1): missing is not where expected with whereabouts not known; away is whereabouts
/// known. Polarity: lower is better.</para>
/// <para>Denominator: children looked after during the year (<see cref="CareEvents.LookedAfterDuringYear"/>: a child who
/// ceased on 1 April is in). Numerator: those with an incident of the kind (M, or A) whose <c>MIS_START</c> is in the
/// year. Missing rows of children not looked after during the year are excluded, with the reason. [S1] warns that some
/// councils record every incident as M.</para>
/// </remarks>
internal sealed class ClaMissing : PerChildIndicator
{
    private readonly MissingKind _kind;

    private ClaMissing(MissingKind kind, IndicatorDefinition definition)
    {
        _kind = kind;
        Definition = definition;
    }

    public static ClaMissing Missing { get; } = new(MissingKind.Missing, new("CLA_MISSING", [], "Children who had a missing incident",
        Polarity.LowerIsBetter, IndicatorUnit.Percent,
        "Those with a Missing row (MISSING = M) whose MIS_START is in the year",
        "Children looked after during the year (a child who ceased on 1 April included; V3/V4 ignored)",
        "DfE, Children looked after in England including adoptions, CLA who were missing or away from placement without authorisation (G1).")
    { Group = IndicatorGroup.Current });

    public static ClaMissing Away { get; } = new(MissingKind.AwayWithoutAuthorisation, new("CLA_AWAY", [], "Children away from placement without authorisation",
        Polarity.LowerIsBetter, IndicatorUnit.Percent,
        "Those with a Missing row (MISSING = A) whose MIS_START is in the year",
        "Children looked after during the year (a child who ceased on 1 April included; V3/V4 ignored)",
        "DfE, Children looked after in England including adoptions, CLA who were missing or away from placement without authorisation (LAG1).")
    { Group = IndicatorGroup.Current });

    public override IndicatorDefinition Definition { get; }

    internal override Decision Decide(ChildHistory child, ReportingPeriod period, Why why)
    {
        int incidents = MissingIncidents.StartingIn(child.MissingEpisodes, _kind, period);
        char code = MissingIncidents.Code(_kind);
        if (!CareEvents.LookedAfterDuringYear(child, period))
        {
            return incidents > 0
                ? Decision.Excluded(why, $"{CareEvents.NotLookedAfterDuringYear(child)}; its Missing rows are not counted")
                : Decision.Excluded(why, CareEvents.NotLookedAfterDuringYear(child));
        }
        return incidents > 0
            ? Decision.Numerator(why, $"looked after during the year; {incidents} incident{(incidents == 1 ? "" : "s")} ({code}) starting in the year")
            : Decision.DenominatorOnly(why, $"looked after during the year; no incident ({code}) starting in the year");
    }

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        "No child was looked after during the year, so there is no value.";
}
