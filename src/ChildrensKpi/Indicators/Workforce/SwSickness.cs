namespace ChildrensKpi;

/// <summary>
/// SW_SICKNESS: sickness absence rate of social workers, working days lost over the working days of the permanent FTE, per
/// team and in total.
/// </summary>
/// <remarks>
/// <para>Source: DfE, <i>Children's social work workforce</i>, absence rate: England 2023, 270,751 days / (33,119.1 × 253) = 3.2%
/// (indicators-current.md, "Workforce" [S6]).</para>
/// <para>Numerator: the team's <c>SickDaysLost</c> summed over its rows with AsAt in the period. Denominator:
/// <c>PermanentFte</c> at the latest AsAt in the period × the period's working days (<see cref="PeriodWorkingDays"/>).</para>
/// <para>Reading: 253 working days per FTE year (<see cref="ComputeOptions.WorkingDaysPerYear"/>) for a twelve-month period;
/// a period of another length takes its own working days by <see cref="ComputeOptions.WorkingDays"/> (working-days.md).</para>
/// </remarks>
internal sealed class SwSickness : WorkforceIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "SW_SICKNESS",
        ["DfE absence rate"],
        "Sickness absence rate of social workers",
        Polarity.LowerIsBetter,
        IndicatorUnit.Percent,
        "Working days lost to sickness (SickDaysLost), summed over the team's rows in the period",
        "PermanentFte at the period end × working days (253 for twelve months)",
        "DfE, Children's social work workforce: absence rate, days lost over FTE × 253 working days (indicators-current.md [S6]); totals from team figures.")
    {
        Group = IndicatorGroup.Current,
    };

    private protected override string DenominatorName => "of permanent FTE working days";

    private protected override string Missing => "no SickDaysLost figure on each of its rows in the period";

    private protected override (decimal Numerator, decimal Denominator, string Working)? Measure(TeamWorkforce team, TeamRows rows)
    {
        if (rows.Sum(r => r.SickDaysLost) is not { } days)
        {
            return null;
        }
        int workingDays = PeriodWorkingDays(rows.Period, rows.Options);
        decimal available = team.PermanentFte * workingDays;
        return (days, available,
            $"{days} days lost {rows.Since} over permanent {Fte(team.PermanentFte)} FTE at {ReportingPeriod.Iso(team.AsAt)} × {workingDays} working days = {Fte(available)}");
    }

    /// <summary>
    /// The working days of one FTE in <paramref name="period"/>: <see cref="ComputeOptions.WorkingDaysPerYear"/> (253) for twelve
    /// months, else the working days from its first to its last day by <see cref="ComputeOptions.WorkingDays"/>.
    /// </summary>
    internal static int PeriodWorkingDays(ReportingPeriod period, ComputeOptions options)
    {
        if (period.Start.PlusYears(1).PlusDays(-1) == period.End)
        {
            return options.WorkingDaysPerYear;
        }
        // Each day of the period, both ends included: counted here rather than by WorkingDaysBetween, whose day-0 convention
        // is the timescales' and not a span's.
        int count = 0;
        for (var day = period.Start; day <= period.End; day = day.PlusDays(1))
        {
            if (options.WorkingDays.IsWorkingDay(day))
            {
                count++;
            }
        }
        return count;
    }
}
