using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.LookedAfter;

/// <summary>
/// NI 61, hand-worked for 01/04/2006..31/03/2007. Denominator: adopted in the year (REC E11/E12). Numerator: placed for
/// adoption (first A episode, else PlacedAdoption DATE_PLACED) on or before AD1 DATE_INT + 12 months.
/// </summary>
public class Ni61AdoptionTimelinessTests
{
    private static Episode[] AdoptedFromA4(string child) =>
    [
        Ep(child, "01/01/2005", S, U4, "01/06/2006"),
        Ep(child, "01/06/2006", P, A4, "15/12/2006", ls: LegalStatus.E1, rec: ReasonEpisodeCeased.E11),
    ];

    [Fact]
    public void Compute_HandWorkedChildren_PlacedWithinTwelveMonthsOfTheDecision()
    {
        // A: placed (A4) 01/06/2006; decision 10/06/2005 -> deadline 10/06/2006   -> numerator.
        // B: placed 01/06/2006; decision 31/05/2005 -> deadline 31/05/2006          -> denominator only (a day late).
        // C: placed 01/06/2006; decision 01/06/2005 -> deadline 01/06/2006 (exact)  -> numerator.
        // D: foster carer becomes adopter: U4 then A3 by RNE U on 01/09/2006; decision 01/10/2005 -> deadline 01/10/2006 -> numerator.
        // E: adopted straight from U4 (no A episode); PlacedAdoption DATE_PLACED 01/08/2006; decision 01/09/2005 -> numerator.
        // F: adopted, no AD1 row                                                    -> denominator only.
        // G: still looked after                                                     -> excluded.
        // Numerator A, C, D, E = 4; denominator A–F = 6.
        var data = new LookedAfterData(
        [
            .. AdoptedFromA4("A"), .. AdoptedFromA4("B"), .. AdoptedFromA4("C"),
            Ep("D", "01/01/2005", S, U4, "01/09/2006"),
            Ep("D", "01/09/2006", U, A3, "01/03/2007", ls: LegalStatus.E1, rec: ReasonEpisodeCeased.E11),
            Ep("E", "01/01/2005", S, U4, "01/02/2007", ls: LegalStatus.E1, rec: ReasonEpisodeCeased.E12),
            .. AdoptedFromA4("F"),
            Ep("G", "01/01/2005", S, U4),
        ])
        {
            AdoptionDecisions =
            [
                new AdoptionDecision(new ChildId("A"), D("10/06/2005"), null),
                new AdoptionDecision(new ChildId("B"), D("31/05/2005"), null),
                new AdoptionDecision(new ChildId("C"), D("01/06/2005"), null),
                new AdoptionDecision(new ChildId("D"), D("01/10/2005"), null),
                new AdoptionDecision(new ChildId("E"), D("01/09/2005"), null),
            ],
            PlacementsForAdoption = [new PlacementForAdoption(new ChildId("E"), D("01/08/2006"))],
        };

        var result = ChildrensKpi.Indicators.NI61.Compute(data, Year2007);

        Assert.Equal(4m, result.Numerator);
        Assert.Equal(6m, result.Denominator);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true,
            "adopted 2006-12-15 (E11); decision 2005-06-10; first placed-for-adoption episode (A4) began 2006-06-01, on or before 2006-06-10 (within 12 months)"),
            Explain(result, "A"));
        Assert.Equal(new ChildExplanation(new ChildId("B"), true, false,
            "adopted 2006-12-15 (E11); decision 2005-05-31; first placed-for-adoption episode (A4) began 2006-06-01, after 2006-05-31 (more than 12 months)"),
            Explain(result, "B"));
        Assert.True(Explain(result, "C").InNumerator);
        Assert.Equal(new ChildExplanation(new ChildId("D"), true, true,
            "adopted 2007-03-01 (E11); decision 2005-10-01; first placed-for-adoption episode (A3) began 2006-09-01, on or before 2006-10-01 (within 12 months)"),
            Explain(result, "D"));
        Assert.Equal(new ChildExplanation(new ChildId("E"), true, true,
            "adopted 2007-02-01 (E12); decision 2005-09-01; PlacedAdoption DATE_PLACED 2006-08-01, on or before 2006-09-01 (within 12 months)"),
            Explain(result, "E"));
        Assert.Equal(new ChildExplanation(new ChildId("F"), true, false,
            "adopted 2006-12-15 (E11); no AD1 DATE_INT (decision to place for adoption), so timeliness cannot be shown"), Explain(result, "F"));
        Assert.False(Explain(result, "G").InDenominator);
    }
}
