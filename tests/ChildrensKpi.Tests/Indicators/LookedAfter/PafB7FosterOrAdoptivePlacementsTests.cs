using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.LookedAfter;

/// <summary>
/// PAF B7, hand-worked for 01/04/2006..31/03/2007. Denominator: looked after at 31/03/2007, aged under 16 then, not placed
/// with parents (P1). Numerator: foster (U1–U6, F1–F6) or placed for adoption (A1–A6) on 31/03/2007.
/// </summary>
public class PafB7FosterOrAdoptivePlacementsTests
{
    [Fact]
    public void Compute_HandWorkedChildren_CountsFosterAndAdoptivePlacementsOfUnder16s()
    {
        // A: born 2000 (7), U4 open                      -> numerator (foster).
        // B: born 2000, K2 open                           -> denominator only (residential).
        // C: born 2000, P1 open                           -> excluded (placed with parents).
        // D: born 31/03/1991: 16 on 31/03/2007            -> excluded (16 or over).
        // E: born 01/04/1991: still 15 on 31/03/2007; F3  -> numerator (legacy foster code).
        // F: born 2005, U4 then A5 by RNE U (same carer)  -> numerator (placed for adoption on 31 March).
        // G: no date of birth, U4 open                    -> excluded (age unknown).
        // H: U4 ended 31/03/2007                          -> excluded (not looked after at 31 March).
        // I: K2 to 31/03/2007, U4 from 31/03/2007         -> numerator (the episode open on 31 March is U4).
        // Numerator A, E, F, I = 4; denominator A, B, E, F, I = 5; value 80%.
        var data = new LookedAfterData(
            [
                Ep("A", "01/01/2005", S, U4),
                Ep("B", "01/01/2005", S, K2),
                Ep("C", "01/01/2005", S, P1),
                Ep("D", "01/01/2005", S, U4),
                Ep("E", "01/01/2005", S, F3),
                Ep("F", "01/06/2005", S, U4, "01/12/2006"),
                Ep("F", "01/12/2006", U, A5, ls: LegalStatus.E1),
                Ep("G", "01/01/2005", S, U4),
                Ep("H", "01/01/2005", S, U4, "31/03/2007", rec: ReasonEpisodeCeased.E4A),
                Ep("I", "01/01/2005", S, K2, "31/03/2007"),
                Ep("I", "31/03/2007", P, U4),
            ],
            [Born("A", "01/01/2000"), Born("B", "01/01/2000"), Born("C", "01/01/2000"), Born("D", "31/03/1991"), Born("E", "01/04/1991"),
             Born("F", "01/01/2005"), Born("H", "01/01/2000"), Born("I", "01/01/2000")]);

        var result = ChildrensKpi.Indicators.PAFB7.Compute(data, Year2007);

        Assert.Equal(4m, result.Numerator);
        Assert.Equal(5m, result.Denominator);
        Assert.Equal(80m, result.Value);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true, "in a foster placement (U4) on 2007-03-31"), Explain(result, "A"));
        Assert.Equal(new ChildExplanation(new ChildId("B"), true, false, "placement K2 on 2007-03-31 is neither foster nor placed for adoption"), Explain(result, "B"));
        Assert.Equal(new ChildExplanation(new ChildId("C"), false, false, "placed with parents (P1) on 2007-03-31"), Explain(result, "C"));
        Assert.Equal(new ChildExplanation(new ChildId("D"), false, false, "aged 16 on 2007-03-31 (16 or over)"), Explain(result, "D"));
        Assert.Equal(new ChildExplanation(new ChildId("E"), true, true, "in a foster placement (F3) on 2007-03-31"), Explain(result, "E"));
        Assert.Equal(new ChildExplanation(new ChildId("F"), true, true, "placed for adoption (A5) on 2007-03-31"), Explain(result, "F"));
        Assert.Equal(new ChildExplanation(new ChildId("G"), false, false, "no date of birth (no Header, OC3 or OC2 row), so the age is unknown"), Explain(result, "G"));
        Assert.Equal(new ChildExplanation(new ChildId("H"), false, false, "not looked after on 2007-03-31"), Explain(result, "H"));
        Assert.True(Explain(result, "I").InNumerator);
    }

    [Fact]
    public void Compute_TemporaryPlacementOn31March_ClassifiedByThePlacementItIsABreakFrom()
    {
        // All born 01/01/2000 (7 on 31/03/2007). A child in a temporary placement on the day is in the placement before it
        // (indicators.md, "Temporary placements").
        // A: U4 from 01/01/2005; the carer's holiday T3 from 28/03/2007, open on 31 March -> in U4: numerator (foster).
        // B: A4 from 01/01/2005; hospital T1 from 25/03/2007, open -> placed for adoption: numerator.
        // C: P1 from 01/01/2005; holiday T2 from 29/03/2007, open -> placed with parents: excluded.
        // D: K2 from 01/01/2005; T4 from 30/03/2007, open -> residential: denominator only.
        // E: care began in T0 on 20/03/2007, open: no placement before it, so in the temporary one: denominator only.
        // Numerator A, B = 2; denominator A, B, D, E = 4.
        var data = new LookedAfterData(
            [
                Ep("A", "01/01/2005", S, U4, "28/03/2007"), Ep("A", "28/03/2007", P, T3),
                Ep("B", "01/01/2005", S, A4, "25/03/2007"), Ep("B", "25/03/2007", P, T1),
                Ep("C", "01/01/2005", S, P1, "29/03/2007"), Ep("C", "29/03/2007", P, T2),
                Ep("D", "01/01/2005", S, K2, "30/03/2007"), Ep("D", "30/03/2007", P, T4),
                Ep("E", "20/03/2007", S, T0),
            ],
            [Born("A", "01/01/2000"), Born("B", "01/01/2000"), Born("C", "01/01/2000"), Born("D", "01/01/2000"), Born("E", "01/01/2000")]);

        var result = ChildrensKpi.Indicators.PAFB7.Compute(data, Year2007);

        Assert.Equal(2m, result.Numerator);
        Assert.Equal(4m, result.Denominator);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true, "in a foster placement (U4) on 2007-03-31"), Explain(result, "A"));
        Assert.Equal(new ChildExplanation(new ChildId("B"), true, true, "placed for adoption (A4) on 2007-03-31"), Explain(result, "B"));
        Assert.Equal(new ChildExplanation(new ChildId("C"), false, false, "placed with parents (P1) on 2007-03-31"), Explain(result, "C"));
        Assert.Equal(new ChildExplanation(new ChildId("E"), true, false, "placement T0 on 2007-03-31 is neither foster nor placed for adoption"), Explain(result, "E"));
    }
}
