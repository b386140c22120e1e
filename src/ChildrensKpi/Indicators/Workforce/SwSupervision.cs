namespace ChildrensKpi;

/// <summary>SUPERVISION: supervision held on time, SupervisionsHeld / SupervisionsDue, per team and in total.</summary>
/// <remarks>Teams without a SupervisionsDue or SupervisionsHeld figure (or a file without those columns) are left out of
/// both sums (a note names them).</remarks>
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

    private protected override (decimal Numerator, decimal Denominator, string Working)? Measure(TeamWorkforce team, TeamRows rows) =>
        team is { SupervisionsHeld: { } held, SupervisionsDue: { } due } ? (held, due, $"{held} of {due} supervisions held on time") : null;
}
