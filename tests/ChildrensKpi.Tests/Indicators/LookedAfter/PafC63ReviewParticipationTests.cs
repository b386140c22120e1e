using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.ReviewParticipation;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.LookedAfter;

/// <summary>
/// PAF C63, hand-worked for 01/04/2006..31/03/2007. Denominator: looked after at 31/03/2007 for more than 4 weeks (since
/// before 03/03/2007), aged 4 or over, with a review in the year. Numerator: took part (PN1–PN6) in every one.
/// </summary>
public class PafC63ReviewParticipationTests
{
    [Fact]
    public void Compute_HandWorkedChildren_TookPartInEveryReview()
    {
        // A: reviews 01/06/2006 PN1 and 01/12/2006 PN6                  -> numerator.
        // B: 01/06/2006 PN1, 01/12/2006 PN7 (did not take part)          -> denominator only.
        // C: born 01/04/2003, so 3 on 31/03/2007                          -> excluded (under 4).
        // D: since 03/03/2007: exactly 28 days, not more than 4 weeks     -> excluded.
        // E: since 02/03/2007 (29 days); review 20/03/2007 PN3             -> numerator.
        // F: only review 01/03/2006, before the year                      -> excluded.
        // Numerator A, E = 2; denominator A, B, E = 3.
        var data = new LookedAfterData(
            [Ep("A", "01/01/2005", S, U4), Ep("B", "01/01/2005", S, U4), Ep("C", "01/01/2005", S, U4),
             Ep("D", "03/03/2007", S, U4), Ep("E", "02/03/2007", S, U4), Ep("F", "01/01/2005", S, U4)],
            [Born("A", "01/01/2000"), Born("B", "01/01/2000"), Born("C", "01/04/2003"), Born("D", "01/01/2000"), Born("E", "01/01/2000"), Born("F", "01/01/2000")])
        {
            Reviews =
            [
                new Review(new ChildId("A"), D("01/06/2006"), PN1), new Review(new ChildId("A"), D("01/12/2006"), PN6),
                new Review(new ChildId("B"), D("01/06/2006"), PN1), new Review(new ChildId("B"), D("01/12/2006"), PN7),
                new Review(new ChildId("C"), D("01/06/2006"), PN0),
                new Review(new ChildId("E"), D("20/03/2007"), PN3),
                new Review(new ChildId("F"), D("01/03/2006"), PN1),
            ],
        };

        var result = ChildrensKpi.Indicators.PAFC63.Compute(data, Year2007);

        Assert.Equal(2m, result.Numerator);
        Assert.Equal(3m, result.Denominator);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true, "2 reviews in the period, took part in all (PN1–PN6)"), Explain(result, "A"));
        Assert.Equal(new ChildExplanation(new ChildId("B"), true, false, "2 reviews in the period; did not take part on 2006-12-01 (PN7)"), Explain(result, "B"));
        Assert.Equal(new ChildExplanation(new ChildId("C"), false, false, "aged 3 on 2007-03-31 (under 4)"), Explain(result, "C"));
        Assert.Equal(new ChildExplanation(new ChildId("D"), false, false, "looked after since 2007-03-03, not before 2007-03-03 (not more than 4 weeks)"), Explain(result, "D"));
        Assert.Equal(new ChildExplanation(new ChildId("E"), true, true, "1 review in the period, took part in all (PN1–PN6)"), Explain(result, "E"));
        Assert.Equal(new ChildExplanation(new ChildId("F"), false, false, "no review in the period"), Explain(result, "F"));
    }

    [Fact]
    public void Compute_ChildTurningFourInTheYear_JudgedOnTheReviewsHeldAtFourOrOver()
    {
        // A: born 15/09/2002, 4 on 15/09/2006 (4 on 31/03/2007). Reviews 01/06/2006 PN0 (aged 3), 01/12/2006 PN1 (aged 4):
        //    the PN0 review is disregarded, so A took part in every review held at 4 or over -> numerator (reading PN0 as
        //    not taking part failed A on a review held at 3).
        // B: born the same day; 01/06/2006 PN0, 01/12/2006 PN7 -> denominator only (did not take part at 4).
        // C: born 15/03/2003, 4 on 15/03/2007; its only review, 01/10/2006, is PN0 (aged 3): no review at 4 or over -> excluded.
        // Numerator A = 1; denominator A, B = 2.
        var data = new LookedAfterData(
            [Ep("A", "01/01/2005", S, U4), Ep("B", "01/01/2005", S, U4), Ep("C", "01/01/2005", S, U4)],
            [Born("A", "15/09/2002"), Born("B", "15/09/2002"), Born("C", "15/03/2003")])
        {
            Reviews =
            [
                new Review(new ChildId("A"), D("01/06/2006"), PN0), new Review(new ChildId("A"), D("01/12/2006"), PN1),
                new Review(new ChildId("B"), D("01/06/2006"), PN0), new Review(new ChildId("B"), D("01/12/2006"), PN7),
                new Review(new ChildId("C"), D("01/10/2006"), PN0),
            ],
        };

        var result = ChildrensKpi.Indicators.PAFC63.Compute(data, Year2007);

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true, "1 review in the period, took part in all (PN1–PN6)"), Explain(result, "A"));
        Assert.Equal(new ChildExplanation(new ChildId("B"), true, false, "1 review in the period; did not take part on 2006-12-01 (PN7)"), Explain(result, "B"));
        Assert.Equal(new ChildExplanation(new ChildId("C"), false, false, "no review in the period at 4 or over (every one coded PN0, under 4)"), Explain(result, "C"));
    }
}
