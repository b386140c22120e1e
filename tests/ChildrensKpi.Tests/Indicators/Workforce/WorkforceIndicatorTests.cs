using ChildrensKpi.Readers;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.Workforce;

/// <summary>
/// SWVACANCY, SWAGENCY, SWTARGET, CASELOAD and SUPERVISION, hand-worked: the latest snapshot within the period, per team
/// and in total from the team figures.
/// </summary>
public class WorkforceIndicatorTests
{
    private static TeamWorkforce Team(string asAt, string team, decimal permanent, decimal agency, decimal vacant,
        decimal? establishment = null, int? caseloads = null, int due = 0, int? held = null) =>
        new(D(asAt), team, permanent, agency, vacant, 0m, 0m, establishment, caseloads, due, held);

    // The seed: fieldwork teams at 04/09/2006, permanent 15.2 + 15.2 = 30.4, agency 2.0 + 2.2 = 4.2, vacant 2.2 + 2.0 = 4.2.
    private static readonly TeamWorkforce[] Fieldwork =
    [
        Team("04/09/2006", "Fieldwork North", 15.2m, 2.0m, 2.2m, caseloads: 260, due: 17, held: 15),
        Team("04/09/2006", "Fieldwork South", 15.2m, 2.2m, 2.0m, caseloads: 300, due: 17, held: 17),
    ];

    private static IndicatorResult Compute(Indicator indicator, params TeamWorkforce[] teams) =>
        indicator.Compute(new IndicatorInputs { Workforce = [.. teams] }, Year2007);

    [Fact]
    public void SwVacancy_Seed_Is10Point8Percent()
    {
        // Vacant 4.2 of 30.4 + 4.2 + 4.2 = 38.8: 4.2 / 38.8 = 10.82...%.
        var result = Compute(ChildrensKpi.Indicators.SWVACANCY, Fieldwork);

        Assert.Equal(4.2m, result.Numerator);
        Assert.Equal(38.8m, result.Denominator);
        Assert.Equal(10.8m, Math.Round(result.Value!.Value, 1));
        // Per team: North 2.2 / 19.4 = 11.3%, South 2.0 / 19.4 = 10.3%.
        Assert.Equal(new ChildExplanation(new ChildId("Fieldwork North"), true, true,
            "vacant 2.2 of 19.4 FTE (permanent 15.2 + agency 2.0 + vacant 2.2): 11.3%") { Subject = "team Fieldwork North" }, Explain(result, "Fieldwork North"));
        Assert.Equal("vacant 2.0 of 19.4 FTE (permanent 15.2 + agency 2.2 + vacant 2.0): 10.3%", Explain(result, "Fieldwork South").Reason);
        Assert.Equal("Workforce snapshot as at 2006-09-04.", Assert.Single(result.Notes));
    }

    [Fact]
    public void SwAgency_Seed_Is12Point1Percent()
    {
        // Agency 4.2 of 30.4 + 4.2 = 34.6 in post: 12.13...%.
        var result = Compute(ChildrensKpi.Indicators.SWAGENCY, Fieldwork);

        Assert.Equal(4.2m, result.Numerator);
        Assert.Equal(34.6m, result.Denominator);
        Assert.Equal(12.1m, Math.Round(result.Value!.Value, 1));
    }

    [Fact]
    public void SwTarget_Seed_45Point3InPostAgainst50_Is90Point6Percent()
    {
        // Fieldwork 34.6 in post of an establishment of 38.8; other teams 6.5 + 4.2 = 10.7 in post of 7.0 + 4.2 = 11.2.
        // The Disabled Children team gives no Establishment: permanent + agency + vacant = 4.2 stands for it.
        // Total in post 34.6 + 10.7 = 45.3 of 38.8 + 11.2 = 50: 90.6%.
        var result = Compute(ChildrensKpi.Indicators.SWTARGET,
        [
            Team("04/09/2006", "Fieldwork North", 15.2m, 2.0m, 2.2m, 19.4m),
            Team("04/09/2006", "Fieldwork South", 15.2m, 2.2m, 2.0m, 19.4m),
            Team("04/09/2006", "Looked After", 6.5m, 0m, 0.5m, 7.0m),
            Team("04/09/2006", "Disabled Children", 4.2m, 0m, 0m),
        ]);

        Assert.Equal(45.3m, result.Numerator);
        Assert.Equal(50m, result.Denominator);
        Assert.Equal(90.6m, result.Value);
        Assert.Equal("4.2 FTE in post of 4.2 (no Establishment: permanent + agency + vacant): 100.0%", Explain(result, "Disabled Children").Reason);
    }

    [Fact]
    public void Caseload_TotalFromTeamSums_NotTheMeanOfTeamAverages()
    {
        // North 260 / 17.2 = 15.1, South 300 / 17.4 = 17.2; total (260 + 300) / (17.2 + 17.4) = 560 / 34.6 = 16.18...
        // (the mean of the two team averages would be 16.2 — close here, but not the rule). A team without Caseloads is left out.
        var result = Compute(ChildrensKpi.Indicators.CASELOAD, [.. Fieldwork, Team("04/09/2006", "Duty", 5m, 0m, 0m)]);

        Assert.Equal(560m, result.Numerator);
        Assert.Equal(34.6m, result.Denominator);
        Assert.Equal(560m / 34.6m, result.Value);
        Assert.Equal(IndicatorUnit.Ratio, result.Definition.Unit);
        Assert.Equal(new ChildExplanation(new ChildId("Duty"), false, false, "no Caseloads figure") { Subject = "team Duty" }, Explain(result, "Duty"));
        Assert.Contains("Not counted (no Caseloads figure): Duty.", result.Notes);
    }

    [Fact]
    public void Supervision_HeldOverDue()
    {
        // (15 + 17) / (17 + 17) = 32 / 34 = 94.1...%.
        var result = Compute(ChildrensKpi.Indicators.SUPERVISION, Fieldwork);

        Assert.Equal(32m, result.Numerator);
        Assert.Equal(34m, result.Denominator);
        Assert.Equal("15 of 17 supervisions held on time: 88.2%", Explain(result, "Fieldwork North").Reason);
    }

    [Fact]
    public void Compute_SeveralSnapshots_UsesTheLatestWithinThePeriod()
    {
        // 01/06/2006: vacant 9 of 10. 04/09/2006: the seed (10.8%). 01/04/2007: after the period, ignored.
        var result = Compute(ChildrensKpi.Indicators.SWVACANCY,
        [
            Team("01/06/2006", "Fieldwork North", 1m, 0m, 9m),
            .. Fieldwork,
            Team("01/04/2007", "Fieldwork North", 0m, 0m, 10m),
        ]);

        Assert.Equal(4.2m, result.Numerator);
        Assert.Equal(38.8m, result.Denominator);
        Assert.Equal(2, result.Children.Length);
    }

    [Fact]
    public void Compute_NoSnapshotInThePeriod_NoValue()
    {
        var result = Compute(ChildrensKpi.Indicators.SWVACANCY, Team("01/04/2007", "Fieldwork North", 1m, 0m, 1m));

        Assert.Null(result.Value);
        Assert.Equal("No Workforce snapshot (AsAt) lies within 2006-04-01..2007-03-31, so there is no value.", Assert.Single(result.Notes));
    }

    [Fact]
    public void SeedColumnsOnly_VacancyAgencyAndEstablishmentCompute_CaseloadAndSupervisionNotCounted()
    {
        // A staffing file with only the seed's columns (data-formats.md: each workforce indicator needs only its own
        // columns): the fieldwork teams at 04/09/2006, no supervision, caseload or establishment columns. Every row is used.
        // SWVACANCY: vacant 2.2 + 2.0 = 4.2 of (15.2 + 2.0 + 2.2) + (15.2 + 2.2 + 2.0) = 38.8 -> 10.8%.
        // SWAGENCY: agency 2.0 + 2.2 = 4.2 of in post 17.2 + 17.4 = 34.6 -> 12.1%.
        // SWTARGET: in post 34.6 of 38.8 (no Establishment: permanent + agency + vacant) -> 89.2%.
        // CASELOAD and SUPERVISION: no team gives their columns -> both teams not counted, no value.
        var read = WorkforceReader.Read(InputFile.FromText("workforce.csv",
            "AsAt,Team,PermanentFte,AgencyFte,VacantFte\n2006-09-04,Fieldwork North,15.2,2.0,2.2\n2006-09-04,Fieldwork South,15.2,2.2,2.0\n"));
        var inputs = new IndicatorInputs { Workforce = read.Teams };

        Assert.Empty(read.Account.Rejections);
        Assert.Equal(2, read.Teams.Length);
        var vacancy = ChildrensKpi.Indicators.SWVACANCY.Compute(inputs, Year2007);
        var agency = ChildrensKpi.Indicators.SWAGENCY.Compute(inputs, Year2007);
        var target = ChildrensKpi.Indicators.SWTARGET.Compute(inputs, Year2007);
        var supervision = ChildrensKpi.Indicators.SUPERVISION.Compute(inputs, Year2007);
        var caseload = ChildrensKpi.Indicators.CASELOAD.Compute(inputs, Year2007);
        Assert.Equal((4.2m, 38.8m), (vacancy.Numerator, vacancy.Denominator));
        Assert.Equal(10.8m, Math.Round(vacancy.Value!.Value, 1));
        Assert.Equal((4.2m, 34.6m), (agency.Numerator, agency.Denominator));
        Assert.Equal(12.1m, Math.Round(agency.Value!.Value, 1));
        Assert.Equal((34.6m, 38.8m), (target.Numerator, target.Denominator));
        Assert.Equal(89.2m, Math.Round(target.Value!.Value, 1));
        Assert.Null(supervision.Value);
        Assert.Contains("Not counted (no SupervisionsHeld figure): Fieldwork North, Fieldwork South.", supervision.Notes);
        Assert.Null(caseload.Value);
    }
}
