using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.LookedAfter;

/// <summary>
/// BVPI 51, hand-worked for 01/04/2006..31/03/2007: gross expenditure on foster and residential placements over the
/// child-weeks in them (days a child is in an episode, DECOM ≤ D &lt; DEC, within the year, / 7).
/// </summary>
public class Bvpi51PlacementCostTests
{
    // A: U4 all year: 365 foster days.
    // B: K2 01/04/2006 to 01/10/2006: April 30 + May 31 + June 30 + July 31 + August 31 + September 30 = 183 residential
    //    days; then P1 (placed with parents): not counted.
    // C: a V3 short break in U4: ignored.
    // D: R1 from 31/03/2007: 1 residential day.
    // Foster 365 days, residential 184 days: 549 days = 549 / 7 = 78.428571... child-weeks.
    private static readonly LookedAfterData Data = new(
    [
        Ep("A", "01/01/2006", S, U4),
        Ep("B", "01/04/2006", S, K2, "01/10/2006"),
        Ep("B", "01/10/2006", P, P1),
        Ep("C", "01/05/2006", S, U4, "03/05/2006", ls: LegalStatus.V3, rec: ReasonEpisodeCeased.E13),
        Ep("D", "31/03/2007", S, R1),
    ]);

    private static ServiceExpenditure Spend(string start, string end, PlacementService service, decimal amount) => new(D(start), D(end), service, amount);

    [Fact]
    public void Compute_HandWorkedPlacementsAndSpend_GivesCostPerChildPerWeek()
    {
        // Foster £36,500 over 365 days = £700 a week; residential £18,400 over 184 days = £700 a week.
        // Total £54,900 over 549/7 weeks = 54,900 × 7 / 549 = £700.00 per child per week.
        // The 2005-06 row lies outside the year (ignored); the January–June 2006 row overlaps it (ignored, with a note).
        var inputs = new IndicatorInputs
        {
            LookedAfter = Data,
            Finance =
            [
                Spend("01/04/2006", "31/03/2007", PlacementService.Foster, 36_500m),
                Spend("01/04/2006", "31/03/2007", PlacementService.Residential, 18_400m),
                Spend("01/04/2005", "31/03/2006", PlacementService.Foster, 99_999m),
                Spend("01/01/2006", "30/06/2006", PlacementService.Residential, 5_000m),
            ],
        };

        var result = ChildrensKpi.Indicators.BVPI51.Compute(inputs, Year2007);

        Assert.Equal(54_900m, result.Numerator);
        Assert.Equal(549m / 7m, result.Denominator);
        Assert.Equal(700m, Math.Round(result.Value!.Value, 10));
        Assert.Equal(IndicatorUnit.Money, result.Definition.Unit);
        Assert.Equal(string.Join("\n",
        [
            "Finance row 2006-01-01..2006-06-30 (Residential) overlaps the period without lying within it: not used.",
            "Foster: £36500 over 52.14 child-weeks (365 days), £700.00 per child per week.",
            "Residential: £18400 over 26.29 child-weeks (184 days), £700.00 per child per week.",
        ]), string.Join("\n", result.Notes));
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, false, "365 days in foster and 0 days in residential placements in the period"), Explain(result, "A"));
        Assert.Equal(new ChildExplanation(new ChildId("B"), true, false, "0 days in foster and 183 days in residential placements in the period"), Explain(result, "B"));
        Assert.Equal(new ChildExplanation(new ChildId("C"), false, false, "no day in a foster or residential placement in the period"), Explain(result, "C"));
        Assert.Equal(new ChildExplanation(new ChildId("D"), true, false, "0 days in foster and 1 days in residential placements in the period"), Explain(result, "D"));
    }

    [Fact]
    public void Compute_NoFinanceRowWithinThePeriod_NoValueWithANote()
    {
        var inputs = new IndicatorInputs { LookedAfter = Data, Finance = [Spend("01/04/2005", "31/03/2006", PlacementService.Foster, 1m)] };

        var result = ChildrensKpi.Indicators.BVPI51.Compute(inputs, Year2007);

        Assert.Null(result.Value);
        Assert.Equal("No Finance row lies within 2006-04-01..2007-03-31, so the expenditure is unknown and there is no value (child-weeks: 78.43).", Assert.Single(result.Notes));
    }

    [Fact]
    public void Compute_WithoutFinance_ThrowsNamingTheMissingInput()
    {
        var e = Assert.Throws<ArgumentException>(() => ChildrensKpi.Indicators.BVPI51.Compute(Data, Year2007));
        Assert.StartsWith("BVPI51 needs Finance, which the inputs lack.", e.Message);
    }
}
