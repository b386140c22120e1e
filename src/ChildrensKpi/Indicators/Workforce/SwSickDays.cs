namespace ChildrensKpi;

/// <summary>SW_SICKDAYS: working days lost to sickness per permanent FTE, per team and in total.</summary>
/// <remarks>
/// <para>Source: DfE, <i>Children's social work workforce</i>, working days lost (indicators-current.md, "Workforce" [S6]).</para>
/// <para>Numerator: the team's <c>SickDaysLost</c> summed over its rows with AsAt in the period, as SW_SICKNESS. Denominator:
/// <c>PermanentFte</c> at the latest AsAt in the period. The value is the ratio.</para>
/// </remarks>
internal sealed class SwSickDays : WorkforceIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "SW_SICKDAYS",
        ["DfE working days lost"],
        "Days lost to sickness per FTE",
        Polarity.LowerIsBetter,
        IndicatorUnit.Ratio,
        "Working days lost to sickness (SickDaysLost), summed over the team's rows in the period",
        "PermanentFte at the period end (the latest AsAt in it)",
        "DfE, Children's social work workforce: working days lost to sickness per FTE (indicators-current.md [S6]); totals from team figures.")
    {
        Group = IndicatorGroup.Current,
    };

    private protected override string DenominatorName => "of permanent FTE";

    private protected override string Missing => "no SickDaysLost figure on each of its rows in the period";

    private protected override (decimal Numerator, decimal Denominator, string Working)? Measure(TeamWorkforce team, TeamRows rows) =>
        rows.Sum(r => r.SickDaysLost) is { } days
            ? (days, team.PermanentFte, $"{days} days lost {rows.Since} over permanent {Fte(team.PermanentFte)} FTE at {ReportingPeriod.Iso(team.AsAt)}")
            : null;
}
