using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Performance;

/// <summary>
/// The direction of travel compares with the previous period only when the files cover it (indicators.md, "Direction of
/// travel"); otherwise there is none, and a note says there is not enough data and what would cover it.
/// </summary>
public class DirectionOfTravelCoverageTests
{
    private static readonly ReportingPeriod Year2006 = ReportingPeriod.YearEnding(new NodaTime.LocalDate(2006, 3, 31));

    private static PerformanceAssessment Assess(Indicator indicator, IndicatorInputs inputs)
    {
        var report = ComputeReport.Compute(new KpiRequest { Inputs = inputs, Period = Year2007, PreviousPeriod = Year2006, Indicators = [indicator] });
        return Assert.Single(report.Assessments);
    }

    /// <summary>A's referrals 01/06/2005 (closed 01/03/2006), 01/09/2005 and 01/06/2006; B's 01/07/2006; the census years given.</summary>
    private static ChildrenInNeedData Census(params ReportingPeriod[] years) => new(
        [
            new Referral(new ChildId("A"), D("01/06/2005"), ClosureDate: D("01/03/2006")),
            new Referral(new ChildId("A"), D("01/09/2005")),
            new Referral(new ChildId("A"), D("01/06/2006")),
            new Referral(new ChildId("B"), D("01/07/2006")),
        ])
    { CollectionYears = [.. years] };

    [Fact]
    public void ChildrenInNeed_OneCensusYear_NoDirectionAndSaysTheEarlierCensusCoversIt()
    {
        // REREF12, lower is better. 2006-07: A's referral of 01/06/2006 follows 01/09/2005 (within 12 months) -> 1 of 2
        // (B's is a first) = 50%. 2005-06: A's 01/09/2005 follows 01/06/2005 -> 1 of 2 = 50% too, but only the 2006-07
        // census was given, so 2005-06 is not covered: no previous value, no direction, and the note names the 2005-06 census.
        var assessment = Assess(ChildrensKpi.Indicators.REREF12, new IndicatorInputs { ChildrenInNeed = Census(Year2007) });

        Assert.Null(assessment.PreviousValue);
        Assert.Null(assessment.DirectionOfTravel);
        Assert.Equal("No direction of travel: not enough data for the previous period (the children in need census given covers 2006-07, " +
            "not 2005-04-01..2006-03-31; give the 2005-06 census).", Assert.Single(assessment.Notes));
    }

    [Fact]
    public void ChildrenInNeed_CensusesOfBothYears_Compared()
    {
        // The same referrals with the 2005-06 census given too: 50% then, 50% now -> stable, previous 50.
        var assessment = Assess(ChildrensKpi.Indicators.REREF12, new IndicatorInputs { ChildrenInNeed = Census(Year2006, Year2007) });

        Assert.Equal(50m, assessment.PreviousValue);
        Assert.Equal(DirectionOfTravel.Stable, assessment.DirectionOfTravel);
        Assert.Empty(assessment.Notes);
    }

    [Fact]
    public void ChildrenInNeed_YearsNotKnown_ACaseClosedInTheYearSaysItsCensusWasGiven()
    {
        // Records built directly name no census year: A's referral closed on 01/03/2006, in 2005-06, which only the 2005-06
        // census would hold -> covered, compared. Without that closure nothing shows a 2005-06 census -> not covered.
        var covered = Assess(ChildrensKpi.Indicators.REREF12, new IndicatorInputs { ChildrenInNeed = Census() });
        var open = new ChildrenInNeedData([.. Census().Referrals.Select(r => r with { ClosureDate = null })]);
        var notCovered = Assess(ChildrensKpi.Indicators.REREF12, new IndicatorInputs { ChildrenInNeed = open });

        Assert.Equal(DirectionOfTravel.Stable, covered.DirectionOfTravel);
        Assert.Null(notCovered.DirectionOfTravel);
        Assert.Equal("No direction of travel: not enough data for the previous period (no children in need case given closed in " +
            "2005-04-01..2006-03-31, so the census does not cover it; give the 2005-06 census).", Assert.Single(notCovered.Notes));
    }

    [Fact]
    public void Ni66_OneYearOfReviews_NoDirection_TwoYears_Compared()
    {
        // A and B looked after since 01/01/2003; X's episode ended 01/02/2006, in 2005-06, so the episodes cover that year.
        // One year's Reviews (2006-07 only: the earliest, 10/04/2006, is after 31/03/2006) do not cover 2005-06: no direction.
        // With 2005-06's reviews too the data begin 15/04/2005, in 2005-06: compared. Both periods began before the data,
        // so each child's first review in them is not judged (the one before is unknown), and the next is due 6 months on.
        //   A: 15/04/2005 (not judged); due 15/10/2005 -> 10/10/2005 on time; due 10/04/2006 -> 10/04/2006 on time; due
        //      10/10/2006 -> 05/10/2006 on time; next due 05/04/2007, after 2006-07: on time in both years.
        //   B: 20/04/2005 (not judged); due 20/10/2005, never held: fails both years.
        //   2005-06: 1 of 2 = 50%; 2006-07: 1 of 2 = 50% -> stable, previous 50.
        Episode[] episodes = [Ep("A", "01/01/2003", S, U4), Ep("B", "01/01/2003", S, U4), Ep("X", "01/01/2005", S, U4, "01/02/2006")];
        Review Rv(string child, string date) => new(new ChildId(child), D(date), ReviewParticipation.PN1);
        var oneYear = new LookedAfterData(episodes) { Reviews = [Rv("A", "10/04/2006"), Rv("A", "05/10/2006")] };
        var twoYears = new LookedAfterData(episodes)
        {
            Reviews = [Rv("A", "15/04/2005"), Rv("A", "10/10/2005"), Rv("A", "10/04/2006"), Rv("A", "05/10/2006"), Rv("B", "20/04/2005")],
        };

        var one = Assess(ChildrensKpi.Indicators.NI66, new IndicatorInputs { LookedAfter = oneYear });
        var two = Assess(ChildrensKpi.Indicators.NI66, new IndicatorInputs { LookedAfter = twoYears });

        Assert.Null(one.DirectionOfTravel);
        Assert.Equal("No direction of travel: not enough data for the previous period (the Reviews data begin 2006-04-10, after " +
            "2005-04-01..2006-03-31; give the 2005-06 return's Reviews table).", Assert.Single(one.Notes));
        Assert.Equal(50m, two.PreviousValue);
        Assert.Equal(DirectionOfTravel.Stable, two.DirectionOfTravel);
    }

    [Fact]
    public void LookedAfter_OneYearsEpisodes_NoDirection()
    {
        // NI62 from a 2006-07 return alone: A's episode began in 2004 and is open; no episode ended in 2005-06, which only
        // the 2005-06 return would hold -> not covered.
        var data = new LookedAfterData([Ep("A", "01/01/2004", S, U4)]);

        var assessment = Assess(ChildrensKpi.Indicators.NI62, new IndicatorInputs { LookedAfter = data });

        Assert.Null(assessment.DirectionOfTravel);
        Assert.Equal("No direction of travel: not enough data for the previous period (no SSDA903 episode given ended in " +
            "2005-04-01..2006-03-31, so the files do not cover it; give the 2005-06 return).", Assert.Single(assessment.Notes));
    }
}
