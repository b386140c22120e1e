namespace ChildrensKpi;

/// <summary>SWAGENCY: agency share of social workers in post, AgencyFte / (PermanentFte + AgencyFte), per team and in total.</summary>
internal sealed class SwAgencyShare : WorkforceIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "SWAGENCY",
        [],
        "Agency share of social workers in post",
        Polarity.LowerIsBetter,
        IndicatorUnit.Percent,
        "Agency social workers (FTE)",
        "Social workers in post: permanent + agency (FTE)",
        "Children's social care workforce return (agency rate); totals from team FTEs.");

    private protected override string DenominatorName => "of social workers in post";

    private protected override (decimal Numerator, decimal Denominator, string Working)? Measure(TeamWorkforce team, TeamRows rows) =>
        (team.AgencyFte, team.InPostFte, $"agency {Fte(team.AgencyFte)} of {Fte(team.InPostFte)} FTE in post (permanent {Fte(team.PermanentFte)} + agency {Fte(team.AgencyFte)})");
}
