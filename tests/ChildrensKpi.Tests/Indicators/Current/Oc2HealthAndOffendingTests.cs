using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.Current;

/// <summary>The OC2 measures on the worked example of indicators-current.md (2023-24), and the collection-year rule.</summary>
public class Oc2HealthAndOffendingTests
{
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.YearEnding(new LocalDate(2024, 3, 31));

    // F: in care since 01/05/2019, born 01/06/2015 (8 on 31/03/2024): teeth 1, immunisations 1.
    // G: since 01/04/2023 (began on the period's start: in), born 01/06/2009 (14): teeth 0, immunisations 1, convicted 1.
    // H: since 02/04/2023: not in the cohort; its OC2 row (teeth 1) is not counted.
    // J: since 01/02/2021, born 01/06/2020 (3): teeth blank, immunisations 1, development (HEALTH_CHECK) 1.
    private static LookedAfterData Example() => new(
        [Ep("F", "01/05/2019", S, U4), Ep("G", "01/04/2023", S, U4), Ep("H", "02/04/2023", S, U4), Ep("J", "01/02/2021", S, U4)],
        [Born("F", "01/06/2015"), Born("G", "01/06/2009"), Born("H", "01/06/2012"), Born("J", "01/06/2020")])
    {
        Oc2Outcomes =
        [
            new Oc2Outcome(new ChildId("F"), D("01/06/2015"), Convicted: null, Immunisations: true, TeethCheck: true),
            new Oc2Outcome(new ChildId("G"), D("01/06/2009"), Convicted: true, Immunisations: true, TeethCheck: false),
            new Oc2Outcome(new ChildId("H"), D("01/06/2012"), Convicted: false, TeethCheck: true),
            new Oc2Outcome(new ChildId("J"), D("01/06/2020"), Convicted: null, HealthCheck: true, Immunisations: true),
        ],
    };

    [Fact]
    public void Compute_WorkedExample_AsTheSpecificationWorksIt()
    {
        // Cohort F, G, J = 3. Dental: F = 1/3 (J's blank counts as not). Immunisations: 3/3 = 100%.
        // Development (aged 0–4): J, 1/1. Convicted (aged 10 or over): G, 1/1.
        var dental = ChildrensKpi.Indicators.OC2DENTAL.Compute(Example(), Year2024);

        Assert.Equal((1m, 3m), (dental.Numerator, dental.Denominator));
        Assert.Equal(100m, ChildrensKpi.Indicators.OC2IMMUNISATIONS.Compute(Example(), Year2024).Value);
        var development = ChildrensKpi.Indicators.OC2DEVELOPMENT.Compute(Example(), Year2024);
        Assert.Equal((1m, 1m), (development.Numerator, development.Denominator));
        var convicted = ChildrensKpi.Indicators.OC2CONVICTED.Compute(Example(), Year2024);
        Assert.Equal((1m, 1m), (convicted.Numerator, convicted.Denominator));
        Assert.Equal("in the OC2 cohort (looked after since 2021-02-01), aged 3; OC2 TEETH_CHECK blank", Explain(dental, "J").Reason);
        Assert.Equal("looked after since 2023-04-02, after 2023-04-01: not in the OC2 cohort; its OC2 row is not counted (rule 190)", Explain(dental, "H").Reason);
    }

    [Fact]
    public void Compute_PeriodNotACollectionYear_NoValueWithTheReason()
    {
        // OC2 rows belong to an April–March year: a year ending 30 June 2024 has no OC2 value.
        var result = ChildrensKpi.Indicators.OC2DENTAL.Compute(Example(), ReportingPeriod.YearEnding(new LocalDate(2024, 6, 30)));

        Assert.Null(result.Value);
        Assert.Contains("OC2 rows belong to a collection year (1 April to 31 March) and the period is not one, so there is no value.", result.Notes);
    }
}
