namespace ChildrensKpi;

/// <summary>
/// SWTARGET: social workers in post against the funded establishment, (PermanentFte + AgencyFte) / Establishment,
/// per team and in total.
/// </summary>
/// <remarks>A team without an Establishment uses permanent + agency + vacant FTE as its establishment (the reason says so).</remarks>
internal sealed class SwEstablishmentFilled : WorkforceIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "SWTARGET",
        [],
        "Social workers in post against the funded establishment",
        Polarity.HigherIsBetter,
        IndicatorUnit.Percent,
        "Social workers in post: permanent + agency (FTE)",
        "The funded establishment (FTE); when not given, permanent + agency + vacant",
        "Council workforce plans (establishment filled); totals from team FTEs.");

    private protected override string DenominatorName => "establishment";

    private protected override (decimal Numerator, decimal Denominator, string Working)? Measure(TeamWorkforce team, TeamRows rows) =>
        (team.InPostFte, team.FundedFte, team.Establishment is null
            ? $"{Fte(team.InPostFte)} FTE in post of {Fte(team.FundedFte)} (no Establishment: permanent + agency + vacant)"
            : $"{Fte(team.InPostFte)} FTE in post of an establishment of {Fte(team.FundedFte)}");
}
