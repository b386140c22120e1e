using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.LookedAfter;

/// <summary>
/// NI 61, hand-worked for 01/04/2006..31/03/2007. Denominator: adopted in the year (REC E11/E12). Numerator: placed for
/// adoption (the start of the last run of A episodes before the adoption, the placement adopted from) on or before the
/// decision (AD1 DATE_INT, else PlacedAdoption DATE_PLACED) + 12 months.
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
        // E: adopted straight from U4 (no A episode): not adopted from a placement for adoption, so the day placed is unknown
        //    (PlacedAdoption DATE_PLACED 01/08/2006 is the decision's date, not the placement's, and AD1 has the decision) -> denominator only.
        // F: adopted, no AD1 row                                                    -> denominator only.
        // G: still looked after                                                     -> excluded.
        // Numerator A, C, D = 3; denominator A–F = 6.
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

        Assert.Equal(3m, result.Numerator);
        Assert.Equal(6m, result.Denominator);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true,
            "adopted 2006-12-15 (E11); decision 2005-06-10; placed for adoption (A4) 2006-06-01, the placement adopted from, on or before 2006-06-10 (within 12 months)"),
            Explain(result, "A"));
        Assert.Equal(new ChildExplanation(new ChildId("B"), true, false,
            "adopted 2006-12-15 (E11); decision 2005-05-31; placed for adoption (A4) 2006-06-01, the placement adopted from, after 2006-05-31 (more than 12 months)"),
            Explain(result, "B"));
        Assert.True(Explain(result, "C").InNumerator);
        Assert.Equal(new ChildExplanation(new ChildId("D"), true, true,
            "adopted 2007-03-01 (E11); decision 2005-10-01; placed for adoption (A3) 2006-09-01, the placement adopted from, on or before 2006-10-01 (within 12 months)"),
            Explain(result, "D"));
        Assert.Equal(new ChildExplanation(new ChildId("E"), true, false,
            "adopted 2007-02-01 (E12); not adopted from a placed-for-adoption episode (A3–A6, A1–A2), so timeliness cannot be shown"),
            Explain(result, "E"));
        Assert.Equal(new ChildExplanation(new ChildId("F"), true, false,
            "adopted 2006-12-15 (E11); no AD1 DATE_INT and no PlacedAdoption DATE_PLACED in the period of care (decision to place for adoption), so timeliness cannot be shown"), Explain(result, "F"));
        Assert.False(Explain(result, "G").InDenominator);
    }

    [Fact]
    public void Compute_DisruptedPlacementForAdoption_PlacedIsTheStartOfThePlacementAdoptedFrom()
    {
        // A: decision 01/03/2005 -> deadline 01/03/2006. Placed for adoption (A4) 01/06/2005, within 12 months, but that
        //    placement disrupted: back to foster care (U4, RNE P) on 01/10/2005; placed again (A5, RNE P) 01/05/2006, in
        //    hospital (T1) 01/07/2006-08/07/2006 and back with the same adopters (A5, RNE P), adopted (E11) 15/12/2006.
        //    The placement adopted from is the last run of A episodes, the hospital week inside it skipped: it began
        //    01/05/2006, after 01/03/2006 -> denominator only (reading the first placement, 01/06/2005, would pass).
        // B: the same history, decision 01/06/2005 -> deadline 01/06/2006: placed 01/05/2006 <= 01/06/2006 -> numerator
        //    (taking the hospital stay as ending the placement would read placed 08/07/2006 and fail).
        Episode[] History(string child) =>
        [
            Ep(child, "01/01/2005", S, U4, "01/06/2005"),
            Ep(child, "01/06/2005", P, A4, "01/10/2005"),
            Ep(child, "01/10/2005", P, U4, "01/05/2006"),
            Ep(child, "01/05/2006", P, A5, "01/07/2006"),
            Ep(child, "01/07/2006", P, T1, "08/07/2006"),
            Ep(child, "08/07/2006", P, A5, "15/12/2006", ls: LegalStatus.E1, rec: ReasonEpisodeCeased.E11),
        ];
        var data = new LookedAfterData([.. History("A"), .. History("B")])
        {
            AdoptionDecisions =
            [
                new AdoptionDecision(new ChildId("A"), D("01/03/2005"), null),
                new AdoptionDecision(new ChildId("B"), D("01/06/2005"), null),
            ],
        };

        var result = ChildrensKpi.Indicators.NI61.Compute(data, Year2007);

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, false,
            "adopted 2006-12-15 (E11); decision 2005-03-01; placed for adoption (A5) 2006-05-01, the placement adopted from, after 2006-03-01 (more than 12 months)"),
            Explain(result, "A"));
        Assert.True(Explain(result, "B").InNumerator);
    }

    [Fact]
    public void Compute_NoDecisionInAd1_DatePlacedIsTheDecision()
    {
        // A: AD1 row without DATE_INT; PlacedAdoption DATE_PLACED 15/06/2005 is the decision (DfE rules 115, 552) ->
        //    deadline 15/06/2006; placed (A4) 01/06/2006 <= 15/06/2006 -> numerator.
        var data = new LookedAfterData(AdoptedFromA4("A"))
        {
            AdoptionDecisions = [new AdoptionDecision(new ChildId("A"), null, null)],
            PlacementsForAdoption = [new PlacementForAdoption(new ChildId("A"), D("15/06/2005"))],
        };

        var result = ChildrensKpi.Indicators.NI61.Compute(data, Year2007);

        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true,
            "adopted 2006-12-15 (E11); decision 2005-06-15 (PlacedAdoption DATE_PLACED, no AD1 DATE_INT); placed for adoption (A4) 2006-06-01, the placement adopted from, on or before 2006-06-15 (within 12 months)"),
            Explain(result, "A"));
    }
}
