using static ChildrensKpi.Tests.Fixtures.Histories;
using static ChildrensKpi.Tests.Indicators.ChildrenInNeed.CinRecords;

namespace ChildrensKpi.Tests.Indicators.ChildrenInNeed;

/// <summary>
/// CPP10K, NI 64, NI 65 and NI 67, hand-worked. A plan is open on D when it started on or before D and did not end on
/// or before D (a plan ending on 31 March is not open at 31 March).
/// </summary>
public class ProtectionPlanIndicatorTests
{
    private static IndicatorResult Plans(Indicator indicator, ReportingPeriod period, params ProtectionPlan[] plans) =>
        Run(indicator, Data(plans: plans), period);

    // ---- CPP10K -------------------------------------------------------------------------------------------------

    [Fact]
    public void Cpp10k_ChildWithTwoPlansOnceAndPlanEnding31MarchNotOpen()
    {
        // A: 01/05/2006–01/08/2006 (ended) and 01/10/2006, open -> open at 31/03/2007; one child, counted once.
        // B: 01/01/2007–31/03/2007: ended on 31/03, not after it -> not open.
        // C: started 31/03/2007, open -> open (started on the day).
        // D: starts 01/04/2007 -> not open at 31/03/2007.
        // E: 01/09/2006–01/04/2007: ends after 31/03 -> open.
        // Numerator A, C, E = 3. Population 2006-07: 8,000 + 7,500 + 10,000 + 4,500 = 30,000 -> denominator 3; value 1.
        var result = Run(ChildrensKpi.Indicators.CPP10K,
            Data(plans: [Plan("A", "01/05/2006", "01/08/2006"), Plan("A", "01/10/2006"), Plan("B", "01/01/2007", "31/03/2007"),
                Plan("C", "31/03/2007"), Plan("D", "01/04/2007"), Plan("E", "01/09/2006", "01/04/2007")]),
            Year2007, null,
            new PopulationEstimate("2006-07", 0, 4, 8_000), new PopulationEstimate("2006-07", 5, 9, 7_500),
            new PopulationEstimate("2006-07", 10, 15, 10_000), new PopulationEstimate("2006-07", 16, 17, 4_500));

        Assert.Equal(3m, result.Numerator);
        Assert.Equal(3m, result.Denominator);
        Assert.Equal(1m, result.Value);
        Assert.Equal(["A", "B", "C", "D", "E"], result.Children.Select(c => c.ChildId.Value));
        Assert.Equal(Expected("A", true, true, "plan started 2006-10-01 open on 2007-03-31", null), Explain(result, "A", null));
        Assert.Equal(Expected("B", false, false, "no plan open on 2007-03-31", null), Explain(result, "B", null));
        Assert.Equal(Expected("C", true, true, "plan started 2007-03-31 open on 2007-03-31", null), Explain(result, "C", null));
        Assert.Equal(Expected("D", false, false, "no plan open on 2007-03-31", null), Explain(result, "D", null));
        Assert.Equal(Expected("E", true, true, "plan started 2006-09-01 open on 2007-03-31", null), Explain(result, "E", null));
    }

    // ---- NI 64 --------------------------------------------------------------------------------------------------

    [Fact]
    public void Ni64_ExactlyTwoYearsInADayShortOutAndLeapDayStart()
    {
        // Period 2005-06 (01/04/2005..31/03/2006); plans that ceased in it.
        // A: 15/06/2003–15/06/2005. Start + 2 years = 15/06/2005; end 15/06/2005 >= it -> two years or more (exactly).
        // B: 15/06/2003–14/06/2005: before 15/06/2005 -> less than two years.
        // C: 29/02/2004–28/02/2006. 29/02/2004 + 2 years: 2006 has no 29 February -> 28/02/2006; end >= it -> in.
        // F: 29/02/2004–27/02/2006: before 28/02/2006 -> less than two years.
        // D: 01/01/2005, still open -> excluded. E: 01/01/2003–31/03/2005, ceased the day before the period -> excluded.
        // Numerator A, C = 2; denominator A, B, C, F = 4; value 50%.
        var year2006 = ReportingPeriod.YearEnding(D("31/03/2006"));
        var result = Plans(ChildrensKpi.Indicators.NI64, year2006,
            Plan("A", "15/06/2003", "15/06/2005"), Plan("B", "15/06/2003", "14/06/2005"), Plan("C", "29/02/2004", "28/02/2006"),
            Plan("F", "29/02/2004", "27/02/2006"), Plan("D", "01/01/2005"), Plan("E", "01/01/2003", "31/03/2005"));

        Assert.Equal(2m, result.Numerator);
        Assert.Equal(4m, result.Denominator);
        Assert.Equal(50m, result.Value);
        Assert.Equal(Expected("A", true, true, "ceased 2005-06-15, on or after 2005-06-15 (two years or more)", "plan started 2003-06-15"),
            Explain(result, "A", "plan started 2003-06-15"));
        Assert.Equal(Expected("B", true, false, "ceased 2005-06-14, before 2005-06-15 (less than two years)", "plan started 2003-06-15"),
            Explain(result, "B", "plan started 2003-06-15"));
        Assert.Equal(Expected("C", true, true, "ceased 2006-02-28, on or after 2006-02-28 (two years or more)", "plan started 2004-02-29"),
            Explain(result, "C", "plan started 2004-02-29"));
        Assert.Equal("ceased 2006-02-27, before 2006-02-28 (less than two years)", Explain(result, "F", "plan started 2004-02-29").Reason);
        Assert.Equal("still open: not ceased", Explain(result, "D", "plan started 2005-01-01").Reason);
        Assert.Equal("ceased 2005-03-31, not in the period", Explain(result, "E", "plan started 2003-01-01").Reason);
    }

    // ---- NI 65 --------------------------------------------------------------------------------------------------

    [Fact]
    public void Ni65_SecondPlanAndPreviousPlansCountFirstPlanDoesNot()
    {
        // Period 2006-07; plans that started in it.
        // A: 01/05/2005–01/02/2006 (started before the period -> excluded) and 01/09/2006 -> an earlier plan -> in.
        // B: one plan 01/07/2006 with NumberOfPreviousCPP 1 (a plan before the data) -> in.
        // C: one plan 01/08/2006, NumberOfPreviousCPP 0 -> first plan, denominator only.
        // D: one plan 01/08/2006, NumberOfPreviousCPP not given -> first plan, denominator only.
        // E: one plan 15/03/2006, before the period -> excluded.
        // F: 01/05/2006–01/07/2006 (first, denominator only) and 01/11/2006 (second, in), both in the period.
        // Numerator A-09, B, F-11 = 3; denominator A-09, B, C, D, F-05, F-11 = 6; value 50%.
        var result = Plans(ChildrensKpi.Indicators.NI65, Year2007,
            Plan("A", "01/05/2005", "01/02/2006"), Plan("A", "01/09/2006"), Plan("B", "01/07/2006", previous: 1),
            Plan("C", "01/08/2006", previous: 0), Plan("D", "01/08/2006"), Plan("E", "15/03/2006"),
            Plan("F", "01/05/2006", "01/07/2006"), Plan("F", "01/11/2006"));

        Assert.Equal(3m, result.Numerator);
        Assert.Equal(6m, result.Denominator);
        Assert.Equal(50m, result.Value);
        Assert.Equal(Expected("A", false, false, "started 2005-05-01, not in the period", "plan started 2005-05-01"),
            Explain(result, "A", "plan started 2005-05-01"));
        Assert.Equal(Expected("A", true, true, "earlier plan started 2005-05-01", "plan started 2006-09-01"),
            Explain(result, "A", "plan started 2006-09-01"));
        Assert.Equal(Expected("B", true, true, "NumberOfPreviousCPP 1", "plan started 2006-07-01"), Explain(result, "B", "plan started 2006-07-01"));
        Assert.Equal(Expected("C", true, false, "first plan: no earlier plan and NumberOfPreviousCPP 0 or not given", "plan started 2006-08-01"),
            Explain(result, "C", "plan started 2006-08-01"));
        Assert.Equal("first plan: no earlier plan and NumberOfPreviousCPP 0 or not given", Explain(result, "D", "plan started 2006-08-01").Reason);
        Assert.Equal("started 2006-03-15, not in the period", Explain(result, "E", "plan started 2006-03-15").Reason);
        Assert.Equal("first plan: no earlier plan and NumberOfPreviousCPP 0 or not given", Explain(result, "F", "plan started 2006-05-01").Reason);
        Assert.Equal("earlier plan started 2006-05-01", Explain(result, "F", "plan started 2006-11-01").Reason);
    }

    // ---- NI 67 --------------------------------------------------------------------------------------------------

    [Fact]
    public void Ni67_ReviewsOnTimeLateMissingAndTooYoung()
    {
        // Period 2006-07. Evaluation date E = 31/03/2007 for open plans, the end date for plans ceased in the year.
        // A: start 15/06/2006, open. 3 months = 15/09/2006 <= E. First review 15/09/2006: due by 15/09/2006, on the due
        //    date -> on time; next due 15/09/2006 + 6 months = 15/03/2007; review 01/03/2007 -> on time; next due
        //    01/09/2007, after E -> in (2 reviews).
        // B: start 15/06/2006, open; first review 16/09/2006, due by 15/09/2006 -> late.
        // C: start 01/10/2006, open, no review. First due 01/01/2007; E 31/03/2007 is after it -> late.
        // D: start 01/01/2007, open: 3 months = 01/04/2007 > E -> lasted under 3 months -> excluded.
        // F: start 31/12/2006, open: 31/12/2006 + 3 months = 31/03/2007 (March has a 31st) = E -> has lasted 3 months;
        //    no review, first due 31/03/2007 and E is the due date, not after it -> not yet late -> in (0 reviews).
        // K: start 15/06/2006, open; review 01/09/2006 (due by 15/09/2006: on time); next due 01/03/2007;
        //    review 02/03/2007 after it -> late.
        // Numerator A, F = 2; denominator A, B, C, F, K = 5; value 40%.
        var result = Plans(ChildrensKpi.Indicators.NI67, Year2007,
            Plan("A", "15/06/2006", null, null, "15/09/2006", "01/03/2007"),
            Plan("B", "15/06/2006", null, null, "16/09/2006"),
            Plan("C", "01/10/2006"),
            Plan("D", "01/01/2007"),
            Plan("F", "31/12/2006"),
            Plan("K", "15/06/2006", null, null, "01/09/2006", "02/03/2007"));

        Assert.Equal(2m, result.Numerator);
        Assert.Equal(5m, result.Denominator);
        Assert.Equal(40m, result.Value);
        Assert.Equal(Expected("A", true, true, "2 reviews, all on time (evaluated at 2007-03-31)", "plan started 2006-06-15"),
            Explain(result, "A", "plan started 2006-06-15"));
        Assert.Equal(Expected("B", true, false, "review 2006-09-16 was late: due by 2006-09-15", "plan started 2006-06-15"),
            Explain(result, "B", "plan started 2006-06-15"));
        Assert.Equal(Expected("C", true, false, "no review by 2007-01-01, when one was due (evaluated at 2007-03-31)", "plan started 2006-10-01"),
            Explain(result, "C", "plan started 2006-10-01"));
        Assert.Equal(Expected("D", false, false, "lasted less than 3 months by 2007-03-31", "plan started 2007-01-01"),
            Explain(result, "D", "plan started 2007-01-01"));
        Assert.Equal(Expected("F", true, true, "0 reviews, all on time (evaluated at 2007-03-31)", "plan started 2006-12-31"),
            Explain(result, "F", "plan started 2006-12-31"));
        Assert.Equal("review 2007-03-02 was late: due by 2007-03-01", Explain(result, "K", "plan started 2006-06-15").Reason);
    }

    [Fact]
    public void Ni67_CeasedPlansEvaluatedAtTheirEndAndCeasedBeforePeriodExcluded()
    {
        // G: 01/05/2006–01/11/2006, ceased in the year -> E = 01/11/2006. 3 months = 01/08/2006 <= E. Review 20/07/2006,
        //    due by 01/08/2006 -> on time; next due 20/01/2007, after E -> in (1 review). Evaluated at 31/03/2007 instead
        //    it would be late (no review by 20/01/2007).
        // H: 01/01/2005–01/03/2006, ceased before the period -> excluded.
        // I: 01/06/2006–15/08/2006, ceased in the year: 3 months = 01/09/2006 > E 15/08/2006 -> lasted under 3 months -> excluded.
        // J: starts 05/04/2007, after the period -> excluded.
        // L: 01/04/2006–31/03/2007: ended on 31/03/2007, which is in the period -> E = 31/03/2007; reviews 30/06/2006 (due
        //    01/07/2006, on time) and 20/12/2006 (due 30/12/2006, on time); next due 20/06/2007 after E -> in.
        // Numerator G, L = 2; denominator G, L = 2.
        var result = Plans(ChildrensKpi.Indicators.NI67, Year2007,
            Plan("G", "01/05/2006", "01/11/2006", null, "20/07/2006"),
            Plan("H", "01/01/2005", "01/03/2006", null, "01/04/2005"),
            Plan("I", "01/06/2006", "15/08/2006"),
            Plan("J", "05/04/2007"),
            Plan("L", "01/04/2006", "31/03/2007", null, "30/06/2006", "20/12/2006"));

        Assert.Equal(2m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        Assert.Equal(Expected("G", true, true, "1 review, all on time (evaluated at 2006-11-01)", "plan started 2006-05-01"),
            Explain(result, "G", "plan started 2006-05-01"));
        Assert.Equal(Expected("H", false, false, "ceased 2006-03-01, before the period", "plan started 2005-01-01"),
            Explain(result, "H", "plan started 2005-01-01"));
        Assert.Equal("lasted less than 3 months by 2006-08-15", Explain(result, "I", "plan started 2006-06-01").Reason);
        Assert.Equal("started 2007-04-05, not in the period", Explain(result, "J", "plan started 2007-04-05").Reason);
        Assert.Equal("2 reviews, all on time (evaluated at 2007-03-31)", Explain(result, "L", "plan started 2006-04-01").Reason);
    }

    [Fact]
    public void Ni67_ChildWithTwoPlans_IsOneCaseJudgedOnThePlanOpenAt31MarchElseTheOneThatEndedLast()
    {
        // A case is a child (indicators.md, NI67).
        // M: plan 1 01/05/2006–01/11/2006 (E 01/11/2006; first review due 01/08/2006, none -> would be late); plan 2 from
        //    01/12/2006, open (E 31/03/2007; 3 months = 01/03/2007 <= E; no review by 01/03/2007 -> late). Judged on
        //    plan 2, open at 31 March -> denominator only; plan 1 excluded, naming plan 2.
        // N: plan 1 01/04/2006–01/08/2006 (first due 01/07/2006, no review by E 01/08/2006 -> would be late); plan 2
        //    15/08/2006–20/12/2006 (3 months = 15/11/2006 <= E 20/12/2006; review 10/11/2006 on time; next due
        //    10/05/2007 after E -> on time). Neither open at 31 March: judged on plan 2, which ended last -> numerator.
        // Children: numerator N = 1, denominator M, N = 2 (50%); counting plans gave 1 of 4 (25%).
        var result = Plans(ChildrensKpi.Indicators.NI67, Year2007,
            Plan("M", "01/05/2006", "01/11/2006"),
            Plan("M", "01/12/2006"),
            Plan("N", "01/04/2006", "01/08/2006"),
            Plan("N", "15/08/2006", "20/12/2006", null, "10/11/2006"));

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        Assert.Equal(Expected("M", false, false, "a case is a child: the child is judged on the plan started 2006-12-01, open at the end of the period", "plan started 2006-05-01"),
            Explain(result, "M", "plan started 2006-05-01"));
        Assert.Equal(Expected("M", true, false, "no review by 2007-03-01, when one was due (evaluated at 2007-03-31)", "plan started 2006-12-01"),
            Explain(result, "M", "plan started 2006-12-01"));
        Assert.Equal(Expected("N", false, false, "a case is a child: the child is judged on the plan started 2006-08-15, which ended later", "plan started 2006-04-01"),
            Explain(result, "N", "plan started 2006-04-01"));
        Assert.Equal(Expected("N", true, true, "1 review, all on time (evaluated at 2006-12-20)", "plan started 2006-08-15"),
            Explain(result, "N", "plan started 2006-08-15"));
    }

    // ---- family invariants --------------------------------------------------------------------------------------

    [Fact]
    public void PlanFamily_Invariants_NumeratorWithinDenominatorAndSubjectNamesThePlan()
    {
        var plans = new[]
        {
            Plan("A", "01/05/2005", "01/02/2006"), Plan("A", "01/09/2006", null, null, "01/12/2006"),
            Plan("B", "15/06/2004", "15/06/2006", 2), Plan("C", "31/12/2006"), Plan("D", "01/01/2007", "31/03/2007"),
            Plan("E", "01/04/2007"),
        };
        var perPlan = new[]
        {
            "A plan started 2005-05-01", "A plan started 2006-09-01", "B plan started 2004-06-15", "C plan started 2006-12-31",
            "D plan started 2007-01-01", "E plan started 2007-04-01",
        };

        foreach (var indicator in new[] { ChildrensKpi.Indicators.NI64, ChildrensKpi.Indicators.NI65, ChildrensKpi.Indicators.NI67 })
        {
            var result = Plans(indicator, Year2007, plans);
            AssertCountsAgree(result);
            Assert.Equal(perPlan, result.Children.Select(c => $"{c.ChildId} {c.Subject}"));
        }

        // CPP10K counts children: one explanation per child, no subject (the child is the unit).
        var rate = Run(ChildrensKpi.Indicators.CPP10K, Data(plans: plans), Year2007, null, new PopulationEstimate("2006-07", 0, 17, 30_000));
        Assert.InRange(rate.Numerator, 0m, 5m);
        Assert.Equal(rate.Children.Count(c => c.InNumerator), (int)rate.Numerator);
        Assert.All(rate.Children, c => Assert.True(c.InDenominator || !c.InNumerator));
        Assert.Equal(["A", "B", "C", "D", "E"], rate.Children.Select(c => c.ChildId.Value));
        Assert.All(rate.Children, c => Assert.Null(c.Subject));
    }
}
