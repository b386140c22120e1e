using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.LookedAfter;

/// <summary>ADOPTA1 and ADOPTA2, hand-worked for 01/04/2006..31/03/2007: means in days over the children adopted in the year.</summary>
public class AdoptionDaysTests
{
    [Fact]
    public void Adopta1_HandWorkedChildren_MeanDaysFromCareToAdoptiveFamily()
    {
        // A: entered care 01/01/2005; moved to the adopters (P, A4) 01/06/2006: 365 (2005) + 31+28+31+30+31 = 516 days.
        // B: entered care 01/01/2006 (K2); moved to foster carers (P, U4) 01/03/2006 who became the adopters (U, A3, same
        //    placement): the adoptive placement began 01/03/2006: 31 + 28 = 59 days.
        // C: still looked after -> excluded.
        // Numerator 516 + 59 = 575 days; denominator 2; mean 287.5 days.
        var data = new LookedAfterData(
        [
            Ep("A", "01/01/2005", S, U4, "01/06/2006"),
            Ep("A", "01/06/2006", P, A4, "15/12/2006", ls: LegalStatus.E1, rec: ReasonEpisodeCeased.E11),
            Ep("B", "01/01/2006", S, K2, "01/03/2006"),
            Ep("B", "01/03/2006", P, U4, "01/09/2006"),
            Ep("B", "01/09/2006", U, A3, "01/03/2007", ls: LegalStatus.E1, rec: ReasonEpisodeCeased.E11),
            Ep("C", "01/01/2005", S, U4),
        ]);

        var result = ChildrensKpi.Indicators.ADOPTA1.Compute(data, Year2007);

        Assert.Equal(IndicatorUnit.Days, result.Definition.Unit);
        Assert.Equal(575m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        Assert.Equal(287.5m, result.Value);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true,
            "adopted 2006-12-15 (E11); entered care 2005-01-01, moved in with the adoptive family (A4) 2006-06-01: 516 days"), Explain(result, "A"));
        Assert.Equal(new ChildExplanation(new ChildId("B"), true, true,
            "adopted 2007-03-01 (E11); entered care 2006-01-01, moved in with the adoptive family (U4) 2006-03-01: 59 days"), Explain(result, "B"));
        Assert.False(Explain(result, "C").InDenominator);
    }

    [Fact]
    public void Adopta2_HandWorkedChildren_MeanDaysFromPlacementOrderToMatch()
    {
        // A: placement order (L, LS E1) 01/03/2006; matched 15/05/2006: 31 (March) + 30 (April) + 14 = 75 days.
        // B: adopted with no E1 or D1 episode                   -> excluded (no placement order).
        // C: E1 from 01/03/2006 but AD1 without DATE_MATCH      -> excluded (days cannot be counted).
        // D: legacy freeing order (D1) 01/02/2006; matched 01/02/2007: 365 days.
        // Numerator 75 + 365 = 440; denominator 2; mean 220 days.
        var data = new LookedAfterData(
        [
            Ep("A", "01/01/2005", S, U4, "01/03/2006"),
            Ep("A", "01/03/2006", L, U4, "01/06/2006", ls: LegalStatus.E1),
            Ep("A", "01/06/2006", P, A4, "15/12/2006", ls: LegalStatus.E1, rec: ReasonEpisodeCeased.E11),
            Ep("B", "01/01/2005", S, U4, "15/12/2006", rec: ReasonEpisodeCeased.E12),
            Ep("C", "01/01/2005", S, U4, "01/03/2006"),
            Ep("C", "01/03/2006", L, U4, "15/12/2006", ls: LegalStatus.E1, rec: ReasonEpisodeCeased.E11),
            Ep("D", "01/01/2005", S, U4, "01/02/2006"),
            Ep("D", "01/02/2006", L, U4, "20/03/2007", ls: LegalStatus.D1, rec: ReasonEpisodeCeased.E11),
        ])
        {
            AdoptionDecisions =
            [
                new AdoptionDecision(new ChildId("A"), D("01/02/2006"), D("15/05/2006")),
                new AdoptionDecision(new ChildId("B"), D("01/02/2006"), D("15/05/2006")),
                new AdoptionDecision(new ChildId("C"), D("01/02/2006"), null),
                new AdoptionDecision(new ChildId("D"), D("01/01/2006"), D("01/02/2007")),
            ],
        };

        var result = ChildrensKpi.Indicators.ADOPTA2.Compute(data, Year2007);

        Assert.Equal(440m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        Assert.Equal(220m, result.Value);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true,
            "adopted 2006-12-15 (E11); placement order (E1) 2006-03-01, matched 2006-05-15: 75 days"), Explain(result, "A"));
        Assert.Equal(new ChildExplanation(new ChildId("B"), false, false,
            "adopted 2006-12-15 (E12); no placement order (LS E1 or D1) in the period of care"), Explain(result, "B"));
        Assert.Equal(new ChildExplanation(new ChildId("C"), false, false,
            "adopted 2006-12-15 (E11); placement order (E1) 2006-03-01 but no AD1 DATE_MATCH, so the days cannot be counted"), Explain(result, "C"));
        Assert.Equal(new ChildExplanation(new ChildId("D"), true, true,
            "adopted 2007-03-20 (E11); placement order (D1) 2006-02-01, matched 2007-02-01: 365 days"), Explain(result, "D"));
    }
}
