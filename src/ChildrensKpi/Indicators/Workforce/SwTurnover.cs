namespace ChildrensKpi;

/// <summary>SW_TURNOVER: turnover of social workers, leavers in the period over permanent FTE, per team and in total.</summary>
/// <remarks>
/// <para>Source: DfE, <i>Children's social work workforce</i>, turnover rate (FTE): leavers in the year over social workers in
/// post at 30 September, the year end (England 2023: 5,254.6 / 33,119.1 = 15.9%) (indicators-current.md, "Workforce" [S6]).</para>
/// <para>Numerator: the team's <c>LeaversFte</c> summed over its rows with AsAt in the period (each counts the leavers since the
/// team's previous row). Denominator: <c>PermanentFte</c> at the latest AsAt in the period, or with
/// <see cref="ComputeOptions.TurnoverBase"/> <see cref="TurnoverBase.Average"/> (the average FTE in post) the mean of that and the
/// team's latest row before the period starts (else its first in the period). Agency workers are neither leavers nor in post.</para>
/// <para>A team with a row in the period without <c>LeaversFte</c> (or a file without the column) is not counted, the column
/// named; none counted gives no value.</para>
/// </remarks>
internal sealed class SwTurnover : WorkforceIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "SW_TURNOVER",
        ["DfE turnover rate (FTE)"],
        "Turnover of social workers",
        Polarity.LowerIsBetter,
        IndicatorUnit.Percent,
        "Permanent social workers who left (LeaversFte), summed over the team's rows in the period",
        "PermanentFte at the period end (the latest AsAt in it); with TurnoverBase Average, (FTE at the start + at the end) / 2",
        "DfE, Children's social work workforce: turnover rate (FTE), leavers over social workers in post at the year end (indicators-current.md [S6]); totals from team figures.")
    {
        Group = IndicatorGroup.Current,
    };

    private protected override string DenominatorName => "of permanent FTE";

    private protected override string Missing => "no LeaversFte figure on each of its rows in the period";

    private protected override (decimal Numerator, decimal Denominator, string Working)? Measure(TeamWorkforce team, TeamRows rows)
    {
        if (rows.Sum(r => r.LeaversFte) is not { } leavers)
        {
            return null;
        }
        string left = $"leavers {Fte(leavers)} FTE {rows.Since}";
        if (rows.Options.TurnoverBase == TurnoverBase.YearEnd)
        {
            return (leavers, team.PermanentFte, $"{left} over permanent {Fte(team.PermanentFte)} FTE at {ReportingPeriod.Iso(team.AsAt)}");
        }
        var start = rows.Before ?? rows.InPeriod.First();
        decimal average = (start.PermanentFte + team.PermanentFte) / 2;
        return (leavers, average,
            $"{left} over the average permanent FTE ({Fte(start.PermanentFte)} at {ReportingPeriod.Iso(start.AsAt)} + {Fte(team.PermanentFte)} at {ReportingPeriod.Iso(team.AsAt)}) / 2 = {Fte(average)}");
    }
}
