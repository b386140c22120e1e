using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.LookedAfter;

/// <summary>
/// NI 66, hand-worked for 01/04/2006..31/03/2007 (and the years either side of 1 April 2011) with England and Wales working
/// days (start = day 0). Denominator: looked after at 31/03/2007 since on or before 03/03/2007 (4 weeks). Numerator: every
/// review due in the year on time — first within 4 weeks (28 days) of the period of care's start before 1 April 2011, within
/// 20 working days from then; second within 3 months of the first, then 6 months.
/// </summary>
public class Ni66LookedAfterReviewsTests
{
    private static Review Rv(string child, string date) => new(new ChildId(child), D(date), ReviewParticipation.PN1);

    [Fact]
    public void Compute_HandWorkedChildren_AllReviewsDueInTheYearOnTime()
    {
        // Every period here began before 1 April 2011: the first review is due within 4 weeks (28 days).
        // 28 days from Monday 02/10/2006 -> due Monday 30/10/2006.
        // A: reviews 30/10/2006 (due 30/10, on time), 30/01/2007 (due 30/10 + 3 months = 30/01/2007, on time); next due
        //    30/07/2007 is after the year                                  -> numerator, 2 due in the year.
        // B: first review 31/10/2006, a day late                          -> denominator only.
        // C: 30/10/2006 on time, second 31/01/2007 (due 30/01/2007)       -> denominator only.
        // D: in care since 05/03/2007, after 03/03/2007 (under 4 weeks)   -> excluded.
        // E: since Monday 03/01/2005: 28 days -> 31/01/2005. Reviews 20/01/2005 (due
        //    31/01/2005), 15/04/2005 (due 20/04/2005), 10/10/2005 (due 15/10/2005), 05/04/2006 (due 10/04/2006: in the
        //    year), 01/10/2006 (due 05/10/2006: in the year); next due 01/04/2007, after the year -> numerator, 2 due.
        // F: since 03/01/2005, no review at all: the first, due 31/01/2005, was still not held in the year -> denominator only.
        // G: since Saturday 03/03/2007, exactly 4 weeks: 28 days -> Saturday 31/03/2007, in the year; no review -> denominator only.
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
        Assert.Equal(new ChildExplanation(new ChildId("G"), true, false, "1st review due by 2007-03-31 not held"), Explain(result, "G"));
        Assert.True(Explain(result, "H").InNumerator);
    }

    [Fact]
    public void Compute_PeriodOfCareBeganBeforeTheReviewsData_FirstReviewInTheDataNotJudgedNeverAssumed()
    {
        // The Reviews data begin 10/04/2006 (the earliest review of all: B's), one year's table. A, B, C and D have been in
        // care since 2003, before it: the review before each one's first in the data is not known, so that first review is
        // not judged; it was not within 28 days of 2003's start, so the next is due within 6 months of it.
        // A: 01/10/2006 (not judged); next due 01/04/2007, after the year -> numerator, no review due in the period.
        // B: 10/04/2006 (not judged), then 11/10/2006: due 10/10/2006 -> held late: denominator only.
        // C: no review in the data: the latest before was on 09/04/2006 at the latest, so one was due by 09/10/2006, in
        //    the year, not held -> denominator only.
        // D: 15/04/2006 (not judged), 16/10/2006: due 15/10/2006 -> a day late: denominator only. (Assuming a review on
        //    10/04/2006, the day the data begin, made D's next due 10/10/2006 and judged 15/04/2006 on time; with another
        //    council's earliest review a day later the one-day-late review passed.)
        // The note counts the 4 children whose first review in the data was not judged.
        var data = new LookedAfterData([Ep("A", "01/01/2003", S, U4), Ep("B", "01/01/2003", S, U4), Ep("C", "01/01/2003", S, U4), Ep("D", "01/01/2003", S, U4)])
        {
            Reviews = [Rv("A", "01/10/2006"), Rv("B", "10/04/2006"), Rv("B", "11/10/2006"), Rv("D", "15/04/2006"), Rv("D", "16/10/2006")],
        };

        var result = ChildrensKpi.Indicators.NI66.Compute(data, Year2007);

        const string Begin = "; period of care began before the Reviews data (2006-04-10)";
        Assert.Equal(1m, result.Numerator);
        Assert.Equal(4m, result.Denominator);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true,
            "looked after since 2003-01-01; no review due in the period" + Begin + ": its first review in them (2006-10-01) is not judged, the one before it is not in the data"), Explain(result, "A"));
        Assert.Equal(new ChildExplanation(new ChildId("B"), true, false,
            "next review due by 2006-10-10 held late on 2006-10-11" + Begin + ": its first review in them (2006-04-10) is not judged, the one before it is not in the data"), Explain(result, "B"));
        Assert.Equal(new ChildExplanation(new ChildId("C"), true, false,
            "next review due by 2006-10-09 not held" + Begin + " and none of its reviews is in them: the latest before was on 2006-04-09 at the latest"), Explain(result, "C"));
        Assert.Equal("next review due by 2006-10-15 held late on 2006-10-16" + Begin + ": its first review in them (2006-04-15) is not judged, the one before it is not in the data",
            Explain(result, "D").Reason);
        Assert.Contains("4 children's periods of care began before the Reviews data given: the first review of each in the data is not judged, the review before it not being known; give the earlier years' Reviews tables to judge it.", result.Notes);
    }

    [Fact]
    public void Compute_FirstReviewDueIn2010To11And2011To12_FourWeeksThenTwentyWorkingDaysAcrossBankHolidays()
    {
        // Y's review of 01/01/2010 is the earliest in the data, so P's and Q's periods are numbered from their starts.
        // 2010-11: P in care from Saturday 26/02/2011 (on or before 31/03/2011 minus 28 days = 03/03/2011: in the
        //    denominator), before 1 April 2011: first review within 4 weeks, 26/02 + 28 days = Saturday 26/03/2011. Held
        //    26/03/2011 -> on time; the second, due 26/06/2011, is after the year -> numerator. (20 working days from
        //    Saturday 26/02 would be Mon 28/02 (1), 01–04/03 (5), 07–11 (10), 14–18 (15), 21–25 (20) = Friday 25/03/2011,
        //    and 26/03 would be late.)
        // 2011-12: Q and R in care from Monday 04/04/2011, on or after 1 April 2011: first review within 20 working days,
        //    day 0 the start: 05–08/04 (4), 11–15 (9), 18–21 (13; Good Friday 22/04), Easter Monday 25/04, 26–28 (16; the
        //    Royal Wedding 29/04), early May bank holiday 02/05, 03–06/05 (20) = Friday 06/05/2011. (4 weeks would be 02/05/2011.)
        //    Q: 05/05/2011 (on time, a day before the due date; late by 4 weeks), 01/08/2011 (due 05/08/2011), 20/01/2012
        //       (due 01/02/2012); next due 20/07/2012, after the year -> numerator, 3 due in the year.
        //    R: 09/05/2011, after 06/05/2011 -> denominator only.
        var data = new LookedAfterData([Ep("Y", "01/06/2009", S, U4, "01/06/2010", rec: ReasonEpisodeCeased.E4A),
            Ep("P", "26/02/2011", S, U4), Ep("Q", "04/04/2011", S, U4), Ep("R", "04/04/2011", S, U4)])
        {
            Reviews = [Rv("Y", "01/01/2010"), Rv("P", "26/03/2011"), Rv("Q", "05/05/2011"), Rv("Q", "01/08/2011"), Rv("Q", "20/01/2012"), Rv("R", "09/05/2011")],
        };

        var year2011 = ChildrensKpi.Indicators.NI66.Compute(data, ReportingPeriod.YearEnding(new NodaTime.LocalDate(2011, 3, 31)));
        var year2012 = ChildrensKpi.Indicators.NI66.Compute(data, ReportingPeriod.YearEnding(new NodaTime.LocalDate(2012, 3, 31)));

        Assert.Equal(new ChildExplanation(new ChildId("P"), true, true, "looked after since 2011-02-26; 1 review due in the period, all on time"), Explain(year2011, "P"));
        Assert.Equal(new ChildExplanation(new ChildId("Q"), true, true, "looked after since 2011-04-04; 3 reviews due in the period, all on time"), Explain(year2012, "Q"));
        Assert.Equal(new ChildExplanation(new ChildId("R"), true, false, "1st review due by 2011-05-06 held late on 2011-05-09"), Explain(year2012, "R"));
    }

    [Fact]
    public void Compute_NoReviewsTable_NoValueWithTheReason()
    {
        // A has been looked after since 2003; no Reviews table is given. Whether any review was on time cannot be known:
        // no value (not "every child fails"), every child excluded with the reason.
        var result = ChildrensKpi.Indicators.NI66.Compute(new LookedAfterData([Ep("A", "01/01/2003", S, U4)]), Year2007);

        Assert.Null(result.Value);
        Assert.Equal(0m, result.Denominator);
        const string Reason = "No Reviews table was given (or it has no rows), so whether reviews were on time cannot be known and there is no value: give the return's Reviews table, and the earlier year's for children in care before it begins.";
        Assert.Equal(Reason, Assert.Single(result.Notes));
        Assert.Equal(new ChildExplanation(new ChildId("A"), false, false, Reason), Explain(result, "A"));
    }
}
