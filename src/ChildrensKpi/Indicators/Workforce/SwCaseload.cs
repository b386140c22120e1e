namespace ChildrensKpi;

/// <summary>CASELOAD: average caseload per social worker, open cases / (PermanentFte + AgencyFte), per team and in total.</summary>
/// <remarks>Teams without a Caseloads figure are left out of both sums (a note names them).</remarks>
internal sealed class SwCaseload : WorkforceIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "CASELOAD",
        [],
        "Average caseload per social worker",
        Polarity.LowerIsBetter,
        IndicatorUnit.Ratio,
        "Open cases held (Caseloads)",
        "Social workers in post: permanent + agency (FTE), in teams that gave Caseloads",
        "Children's social care workforce return (caseload per FTE); totals from team figures.");

    private protected override string DenominatorName => "of social workers in post in teams with caseloads";

    private protected override string Missing => "no Caseloads figure";

    private protected override (decimal Numerator, decimal Denominator, string Working)? Measure(TeamWorkforce team, TeamRows rows) =>
        team.Caseloads is { } cases ? (cases, team.InPostFte, $"{cases} open cases over {Fte(team.InPostFte)} FTE in post") : null;
}
