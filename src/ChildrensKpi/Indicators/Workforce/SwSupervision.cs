namespace ChildrensKpi;

/// <summary>SUPERVISION: supervision held on time, SupervisionsHeld / SupervisionsDue, per team and in total.</summary>
/// <remarks>Teams without a SupervisionsHeld figure are left out of both sums (a note names them).</remarks>
internal sealed class SwSupervision : WorkforceIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "SUPERVISION",
        [],
        "Supervision held on time",
        Polarity.HigherIsBetter,
        IndicatorUnit.Percent,
        "Supervision sessions held on time",
        "Supervision sessions due, in teams that gave SupervisionsHeld",
        "Council supervision policy monitoring; totals from team figures.");

    private protected override string DenominatorName => "of supervisions due";

    private protected override string Missing => "no SupervisionsHeld figure";

    private protected override (decimal Numerator, decimal Denominator, string Working)? Measure(TeamWorkforce team) =>
        team.SupervisionsHeld is { } held ? (held, team.SupervisionsDue, $"{held} of {team.SupervisionsDue} supervisions held on time") : null;
}
