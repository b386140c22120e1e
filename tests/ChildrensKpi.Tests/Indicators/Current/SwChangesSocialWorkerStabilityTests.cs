using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.Current;

/// <summary>SWCHANGES on the worked example of indicators-current.md (2023-24), and who is left out.</summary>
public class SwChangesSocialWorkerStabilityTests
{
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.YearEnding(new LocalDate(2024, 3, 31));

    private static SocialWorkerEpisode Sw(string child, string worker, string start, string? end) =>
        new(new ChildId(child), worker, D(start), end is null ? null : D(end), null);

    // U: SW001 01/01/2023–15/06/2023, SW002 to 10/10/2023, SW001 from 10/10/2023 -> 2 social workers (SW001 once).
    // V: SW003 since 2022 -> 1. W: SW004 to 01/04/2023 (handed over on 1 April: not in the year), SW005 from then -> 1.
    // X: SW006, SW007, SW008 -> 3. Y: looked after, no episode -> excluded. Z: episodes, but left care 01/01/2024 -> excluded.
    // All of U–Y looked after since 2022. SWCHANGES: X = 1 / 4 = 25%.
    private static LookedAfterData Example() => new(
        [
            Ep("U", "01/06/2022", S, U4), Ep("V", "01/06/2022", S, U4), Ep("W", "01/06/2022", S, U4), Ep("X", "01/06/2022", S, U4),
            Ep("Y", "01/06/2022", S, U4), Ep("Z", "01/06/2022", S, U4, "01/01/2024", rec: ReasonEpisodeCeased.E4A),
        ])
    {
        SocialWorkerEpisodes =
        [
            Sw("U", "SW001", "01/01/2023", "15/06/2023"), Sw("U", "SW002", "15/06/2023", "10/10/2023"), Sw("U", "SW001", "10/10/2023", null),
            Sw("V", "SW003", "01/05/2022", null),
            Sw("W", "SW004", "01/06/2022", "01/04/2023"), Sw("W", "SW005", "01/04/2023", null),
            Sw("X", "SW006", "01/06/2022", "01/06/2023"), Sw("X", "SW007", "01/06/2023", "01/12/2023"), Sw("X", "SW008", "01/12/2023", null),
            Sw("Z", "SW009", "01/06/2022", null),
        ],
    };

    [Fact]
    public void Compute_WorkedExample_OneChildInFourHadThreeSocialWorkers()
    {
        var result = ChildrensKpi.Indicators.SWCHANGES.Compute(Example(), Year2024);

        Assert.Equal((1m, 4m, 25m), (result.Numerator, result.Denominator, result.Value!.Value));
        Assert.Equal("2 social workers in the period (SW001, SW002)", Explain(result, "U").Reason);
        Assert.Equal("1 social worker in the period (SW005)", Explain(result, "W").Reason);
        Assert.Equal("looked after at the period's end, but no social worker episode in the period", Explain(result, "Y").Reason);
        Assert.Equal("not looked after on 2024-03-31", Explain(result, "Z").Reason);
    }

    [Fact]
    public void Compute_PeriodBefore2023To24_NoValueWithTheReason()
    {
        var result = ChildrensKpi.Indicators.SWCHANGES.Compute(Example(), ReportingPeriod.YearEnding(new LocalDate(2023, 3, 31)));

        Assert.Null(result.Value);
        Assert.Contains("The social worker episodes table is collected from the 2023-24 return; the period starts before 1 April 2023, so there is no value.", result.Notes);
    }
}
