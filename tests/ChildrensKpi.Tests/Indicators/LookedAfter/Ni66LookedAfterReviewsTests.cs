using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.LookedAfter;

/// <summary>
/// NI 66, hand-worked for 01/04/2006..31/03/2007 with England and Wales working days (start = day 0). Denominator: looked
/// after at 31/03/2007 since on or before 03/03/2007 (4 weeks). Numerator: every review due in the year on time — first
/// within 20 working days of the period of care's start, second within 3 months of the first, then 6 months.
/// </summary>
public class Ni66LookedAfterReviewsTests
{
    private static Review Rv(string child, string date) => new(new ChildId(child), D(date), ReviewParticipation.PN1);

    [Fact]
    public void Compute_HandWorkedChildren_AllReviewsDueInTheYearOnTime()
    {
        // 20 working days from Monday 02/10/2006 (day 0): 03–06/10 (4), 09–13 (9), 16–20 (14), 23–27 (19), Mon 30/10 (20)
        // -> due 30/10/2006 (no bank holiday in October 2006).
        // A: reviews 30/10/2006 (due 30/10, on time), 30/01/2007 (due 30/10 + 3 months = 30/01/2007, on time); next due
        //    30/07/2007 is after the year                                  -> numerator, 2 due in the year.
        // B: first review 31/10/2006, a day late                          -> denominator only.
        // C: 30/10/2006 on time, second 31/01/2007 (due 30/01/2007)       -> denominator only.
        // D: in care since 05/03/2007, after 03/03/2007 (under 4 weeks)   -> excluded.
        // E: since Monday 03/01/2005 (a bank holiday, but day 0): 20 working days -> 31/01/2005. Reviews 20/01/2005 (due
        //    31/01/2005), 15/04/2005 (due 20/04/2005), 10/10/2005 (due 15/10/2005), 05/04/2006 (due 10/04/2006: in the
        //    year), 01/10/2006 (due 05/10/2006: in the year); next due 01/04/2007, after the year -> numerator, 2 due.
        // F: since 03/01/2005, no review at all: the first, due 31/01/2005, was still not held in the year -> denominator only.
        // G: since Saturday 03/03/2007, exactly 4 weeks: 20 working days -> 05–09/03 (5), 12–16 (10), 19–23 (15),
        //    26–30 (20) = Friday 30/03/2007, in the year; no review        -> denominator only.
        // H: since 03/01/2005; 20/01/2005; 01/05/2005 (due 20/04/2005, late, but before the year: not counted); next due
        //    01/11/2005 -> 01/11/2005; due 01/05/2006 -> 28/04/2006; due 28/10/2006 -> 20/10/2006; due 20/04/2007 after
        //    the year                                                      -> numerator.
        // Y left care in 2005; its review of 02/01/2005 is the earliest in the data, so the Reviews data begin before every
        // period of care here and each is numbered from its start.
        // Numerator A, E, H = 3; denominator A, B, C, E, F, G, H = 7.
        var data = new LookedAfterData(
        [
            Ep("Y", "01/06/2004", S, U4, "01/06/2005", rec: ReasonEpisodeCeased.E4A),
            Ep("A", "02/10/2006", S, U4), Ep("B", "02/10/2006", S, U4), Ep("C", "02/10/2006", S, U4), Ep("D", "05/03/2007", S, U4),
            Ep("E", "03/01/2005", S, U4), Ep("F", "03/01/2005", S, U4), Ep("G", "03/03/2007", S, U4), Ep("H", "03/01/2005", S, U4),
        ])
        {
            Reviews =
            [
                Rv("Y", "02/01/2005"),
                Rv("A", "30/10/2006"), Rv("A", "30/01/2007"),
                Rv("B", "31/10/2006"),
                Rv("C", "30/10/2006"), Rv("C", "31/01/2007"),
                Rv("E", "20/01/2005"), Rv("E", "15/04/2005"), Rv("E", "10/10/2005"), Rv("E", "05/04/2006"), Rv("E", "01/10/2006"),
                Rv("H", "20/01/2005"), Rv("H", "01/05/2005"), Rv("H", "01/11/2005"), Rv("H", "28/04/2006"), Rv("H", "20/10/2006"),
            ],
        };

        var result = ChildrensKpi.Indicators.NI66.Compute(data, Year2007);

        Assert.Equal(3m, result.Numerator);
        Assert.Equal(7m, result.Denominator);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true, "looked after since 2006-10-02; 2 reviews due in the period, all on time"), Explain(result, "A"));
        Assert.Equal(new ChildExplanation(new ChildId("B"), true, false, "1st review due by 2006-10-30 held late on 2006-10-31"), Explain(result, "B"));
        Assert.Equal(new ChildExplanation(new ChildId("C"), true, false, "2nd review due by 2007-01-30 held late on 2007-01-31"), Explain(result, "C"));
        Assert.Equal(new ChildExplanation(new ChildId("D"), false, false, "looked after since 2007-03-05, after 2007-03-03 (less than 4 weeks)"), Explain(result, "D"));
        Assert.Equal(new ChildExplanation(new ChildId("E"), true, true, "looked after since 2005-01-03; 2 reviews due in the period, all on time"), Explain(result, "E"));
        Assert.Equal(new ChildExplanation(new ChildId("F"), true, false, "1st review due by 2005-01-31 not held by 2007-03-31"), Explain(result, "F"));
        Assert.Equal(new ChildExplanation(new ChildId("G"), true, false, "1st review due by 2007-03-30 not held"), Explain(result, "G"));
        Assert.True(Explain(result, "H").InNumerator);
    }

    [Fact]
    public void Compute_PeriodOfCareBeganBeforeTheReviewsData_CountsFromAReviewAssumedWhenTheDataBegin()
    {
        // The Reviews data begin 10/04/2006 (the earliest review: B's). A and B have been in care since 2003, before it:
        // a review is assumed on 10/04/2006, the next due 6 months later, 10/10/2006.
        // A: reviews 01/10/2006 (on time; next due 01/04/2007, after the year) -> numerator, 1 due in the year.
        // B: reviews 10/04/2006, then 11/10/2006: due 10/10/2006 (6 months after the assumed review; B's own review of
        //    10/04/2006 is the data's first and is read as that assumed review's day) -> held late: denominator only.
        var data = new LookedAfterData([Ep("A", "01/01/2003", S, U4), Ep("B", "01/01/2003", S, U4)])
        {
            Reviews = [Rv("A", "01/10/2006"), Rv("B", "10/04/2006"), Rv("B", "11/10/2006")],
        };

        var result = ChildrensKpi.Indicators.NI66.Compute(data, Year2007);

        const string Assumed = "; period of care began before the Reviews data (2006-04-10): a review is assumed on that day";
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true, "looked after since 2003-01-01; 1 review due in the period, all on time" + Assumed), Explain(result, "A"));
        Assert.Equal(new ChildExplanation(new ChildId("B"), true, false, "next review due by 2006-10-10 held late on 2006-10-11" + Assumed), Explain(result, "B"));
    }
}
