namespace ChildrensKpi;

/// <summary>SWVACANCY: social worker vacancy rate, VacantFte / (PermanentFte + AgencyFte + VacantFte), per team and in total.</summary>
/// <remarks>Vacant posts count whether or not an agency worker covers them; the latest snapshot within the period is used.</remarks>
internal sealed class SwVacancyRate : WorkforceIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "SWVACANCY",
        [],
        "Social worker vacancy rate",
        Polarity.LowerIsBetter,
        IndicatorUnit.Percent,
        "Vacant social worker posts (FTE)",
        "Permanent + agency social workers + vacant posts (FTE)",
        "Children's social care workforce return (vacancy rate); totals from team FTEs.");

    private protected override string DenominatorName => "of permanent, agency and vacant FTE";

    private protected override (decimal Numerator, decimal Denominator, string Working)? Measure(TeamWorkforce team, TeamRows rows)
    {
        decimal posts = team.PermanentFte + team.AgencyFte + team.VacantFte;
        return (team.VacantFte, posts, $"vacant {Fte(team.VacantFte)} of {Fte(posts)} FTE (permanent {Fte(team.PermanentFte)} + agency {Fte(team.AgencyFte)} + vacant {Fte(team.VacantFte)})");
    }
}
