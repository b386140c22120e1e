using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.Workforce;

/// <summary>SW_TURNOVER, SW_SICKNESS and SW_SICKDAYS, hand-worked from indicators-current.md, "Workforce".</summary>
public class WorkforceTurnoverAndSicknessTests
{
    private static readonly ReportingPeriod Year = new(D("01/10/2022"), D("30/09/2023"));

    private static TeamWorkforce Row(string asAt, string team, decimal permanent, decimal? leavers = null, decimal? sickDays = null) =>
        new(D(asAt), team, permanent, 0m, 0m, null, null, null, null, null, null) { LeaversFte = leavers, SickDaysLost = sickDays };

    // The spec's example, 01/10/2022–30/09/2023, one team: 30/09/2022 PermanentFte 21.0 (before the period: where its span
    // starts); 31/03/2023 20.0, leavers 1.5, 110 days; 30/09/2023 22.0, leavers 2.0, 150 days.
    // Leavers 1.5 + 2.0 = 3.5 over 22.0 at the end = 15.909% (15.9%); Average base (21.0 + 22.0) / 2 = 21.5: 16.279% (16.3%).
    // Sickness 110 + 150 = 260 days over 22.0 × 253 = 5,566: 4.671% (4.7%); 260 / 22.0 = 11.818 (11.8) days per FTE.
    private static readonly TeamWorkforce[] Example =
    [
        Row("30/09/2022", "North", 21.0m),
        Row("31/03/2023", "North", 20.0m, 1.5m, 110m),
        Row("30/09/2023", "North", 22.0m, 2.0m, 150m),
    ];

    private static IndicatorResult Compute(Indicator indicator, TeamWorkforce[] rows, ComputeOptions? options = null) =>
        indicator.Compute(new IndicatorInputs { Workforce = [.. rows] }, Year, options);

    [Fact]
    public void Turnover_SpecExample_YearEnd()
    {
        var result = Compute(ChildrensKpi.Indicators.SWTURNOVER, Example);

        Assert.Equal((3.5m, 22.0m), (result.Numerator, result.Denominator));
        Assert.Equal(15.9m, Math.Round(result.Value!.Value, 1));
        Assert.Equal(IndicatorGroup.Current, result.Definition.Group);
        Assert.Equal("leavers 3.5 FTE since 2022-09-30 over permanent 22.0 FTE at 2023-09-30: 15.9%", Explain(result, "North").Reason);
    }

    [Fact]
    public void Turnover_SpecExample_Average()
    {
        var result = Compute(ChildrensKpi.Indicators.SWTURNOVER, Example, ComputeOptions.Default with { TurnoverBase = TurnoverBase.Average });

        Assert.Equal((3.5m, 21.5m), (result.Numerator, result.Denominator));
        Assert.Equal(16.3m, Math.Round(result.Value!.Value, 1));
    }

    [Fact]
    public void Sickness_SpecExample_253WorkingDays()
    {
        var rate = Compute(ChildrensKpi.Indicators.SWSICKNESS, Example);
        var perFte = Compute(ChildrensKpi.Indicators.SWSICKDAYS, Example);

        Assert.Equal((260m, 22.0m * 253), (rate.Numerator, rate.Denominator));
        Assert.Equal(4.7m, Math.Round(rate.Value!.Value, 1));
        Assert.Equal((260m, 22.0m), (perFte.Numerator, perFte.Denominator));
        Assert.Equal(11.8m, Math.Round(perFte.Value!.Value, 1));
    }

    [Fact]
    public void Sickness_WorkingDaysPerYear_Parameter()
    {
        // 260 / (22.0 × 250) = 4.727%.
        var rate = Compute(ChildrensKpi.Indicators.SWSICKNESS, Example, ComputeOptions.Default with { WorkingDaysPerYear = 250 });

        Assert.Equal(22.0m * 250, rate.Denominator);
    }

    [Fact]
    public void Sickness_SixMonthPeriod_ItsOwnWorkingDays()
    {
        // 01/04/2023–30/09/2023: 183 days, 26 weeks + 1 day (Saturday 30/09): 130 weekdays + 0; bank holidays Good Friday
        // 07/04, Easter Monday 10/04, 01/05, 08/05 (Coronation), 29/05 and 28/08: 130 - 6 = 124 working days. Only the
        // 30/09/2023 row (150 days, 22.0 FTE) lies in it: 150 / (22.0 × 124).
        var period = new ReportingPeriod(D("01/04/2023"), D("30/09/2023"));

        var rate = ChildrensKpi.Indicators.SWSICKNESS.Compute(new IndicatorInputs { Workforce = [.. Example] }, period);

        Assert.Equal((150m, 22.0m * 124), (rate.Numerator, rate.Denominator));
        Assert.Equal("150 days lost since 2023-03-31 over permanent 22.0 FTE at 2023-09-30 × 124 working days = 2728.0: 5.5%", Explain(rate, "North").Reason);
    }

    [Fact]
    public void NoRowBeforeThePeriod_StartUnknown_SaidSo()
    {
        var result = Compute(ChildrensKpi.Indicators.SWTURNOVER, Example[1..]);

        Assert.Equal(3.5m, result.Numerator);
        Assert.Equal("leavers 3.5 FTE since an unknown day (no row before 2023-03-31) over permanent 22.0 FTE at 2023-09-30: 15.9%", Explain(result, "North").Reason);
    }

    [Fact]
    public void Columns_Absent_NoValueNamingThem_OtherWorkforceIndicatorsStillComputed()
    {
        // The seed's columns only: no LeaversFte or SickDaysLost. SWVACANCY still has a value (0 vacant of 22.0).
        TeamWorkforce[] seedColumns = [Row("31/03/2023", "North", 20.0m), Row("30/09/2023", "North", 22.0m)];

        var turnover = Compute(ChildrensKpi.Indicators.SWTURNOVER, seedColumns);
        var sickness = Compute(ChildrensKpi.Indicators.SWSICKNESS, seedColumns);
        var vacancy = Compute(ChildrensKpi.Indicators.SWVACANCY, seedColumns);

        Assert.Null(turnover.Value);
        Assert.Contains("Not counted (no LeaversFte figure on each of its rows in the period): North.", turnover.Notes);
        Assert.Null(sickness.Value);
        Assert.Contains("Not counted (no SickDaysLost figure on each of its rows in the period): North.", sickness.Notes);
        Assert.Equal(0m, vacancy.Value);
    }

    [Fact]
    public void TwoTeams_TotalsFromTeamSums()
    {
        // North as the example (3.5 over 22.0); South 01/10/2022... 30/09/2023 row only: leavers 1.0 over 8.0.
        // Total (3.5 + 1.0) / (22.0 + 8.0) = 4.5 / 30.0 = 15.0%.
        var result = Compute(ChildrensKpi.Indicators.SWTURNOVER, [.. Example, Row("30/09/2023", "South", 8.0m, 1.0m, 20m)]);

        Assert.Equal((4.5m, 30.0m, 15.0m), (result.Numerator, result.Denominator, result.Value));
    }
}
