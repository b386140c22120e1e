using static ChildrensKpi.Tests.Fixtures.Histories;
using static ChildrensKpi.Tests.Indicators.ChildrenInNeed.CinRecords;

namespace ChildrensKpi.Tests.Indicators.ChildrenInNeed;

/// <summary>
/// REF10K, REREF12 and NI 68, hand-worked. Each counts referrals with <c>CINreferralDate</c> in the period
/// (both ends inclusive); REF10K divides by the 0–17 population / 10,000, REREF12 and NI 68 by the referral count.
/// </summary>
public class ReferralIndicatorTests
{
    // 2006-07 population rows, each age 0–17 once: 12,500 + 11,870 + 15,000 + 6,000 = 45,370 -> denominator 4.537.
    private static readonly PopulationEstimate[] Population45370 =
    [
        new("2006-07", 0, 4, 12_500),
        new("2006-07", 5, 9, 11_870),
        new("2006-07", 10, 15, 15_000),
        new("2006-07", 16, 17, 6_000),
    ];

    [Fact]
    public void Ref10k_Population45370_DenominatorIs4Point537AndValueIsCountOverIt()
    {
        // In the period: A 10/05/2006, A 01/02/2007 (a child referred twice counts twice), B 31/03/2007 (last day) = 3.
        // Out: C 31/03/2006 (day before), D 01/04/2007 (day after).
        // Value: 3 / 4.537 = 0.66123... per 10,000 (4.537 x 0.66 = 2.99442; remainder 0.00558 / 4.537 = 0.00123).
        var data = Data(referrals:
        [
            Ref("A", "10/05/2006"), Ref("A", "01/02/2007"), Ref("B", "31/03/2007"), Ref("C", "31/03/2006"), Ref("D", "01/04/2007"),
        ]);
        var result = Run(ChildrensKpi.Indicators.REF10K, data, Year2007, null, Population45370);

        Assert.Equal(3m, result.Numerator);
        Assert.Equal(4.537m, result.Denominator);
        Assert.Equal(3m / 4.537m, result.Value);
        Assert.Equal(0.6612m, Math.Round(result.Value!.Value, 4));
        Assert.Equal(Expected("A", true, true, "referred in the period", "referral 2006-05-10"), Explain(result, "A", "referral 2006-05-10"));
        Assert.Equal(Expected("B", true, true, "referred in the period", "referral 2007-03-31"), Explain(result, "B", "referral 2007-03-31"));
        Assert.Equal(Expected("C", false, false, "referred 2006-03-31, not in the period", "referral 2006-03-31"), Explain(result, "C", "referral 2006-03-31"));
        Assert.Equal(Expected("D", false, false, "referred 2007-04-01, not in the period", "referral 2007-04-01"), Explain(result, "D", "referral 2007-04-01"));
    }

    [Fact]
    public void Ref10k_NoPopulationForTheYear_NoValueWithNote()
    {
        // Only a 2005-06 estimate: nothing for 2006-07 -> denominator 0, no value, notes say why.
        var data = Data(referrals: [Ref("A", "10/05/2006")]);
        var result = Run(ChildrensKpi.Indicators.REF10K, data, Year2007, null, new PopulationEstimate("2005-06", 0, 17, 45_370));

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(0m, result.Denominator);
        Assert.Null(result.Value);
        Assert.Contains("There is no usable population aged 0–17 for 2006-07, so there is no rate.", result.Notes);
    }

    [Fact]
    public void Reref12_TwelveMonthsToTheDayCountsAndADayMoreDoesNot()
    {
        // A: 15/06/2005 then 15/06/2006. 15/06/2006 minus 12 months = 15/06/2005; 15/06/2005 >= 15/06/2005 -> re-referral.
        //    A's 15/06/2005 referral is before the period -> excluded.
        // B: 15/06/2005 then 16/06/2006. 16/06/2006 minus 12 months = 16/06/2005; 15/06/2005 is before it -> not.
        // E: first referral of the child, 01/09/2006 -> no earlier referral -> denominator only.
        // G: 01/05/2006 and 01/08/2006, both in the period. 01/05/2006 has no earlier one -> denominator only;
        //    01/08/2006 minus 12 months = 01/08/2005; 01/05/2006 on or after it -> re-referral.
        // H: 01/01/2005, 01/03/2006, 01/02/2007. The previous referral is the latest earlier one, 01/03/2006;
        //    01/02/2007 minus 12 months = 01/02/2006; 01/03/2006 on or after it -> re-referral.
        // Numerator: A, G 01/08, H 01/02/2007 = 3. Denominator: A, B, E, G x2, H 01/02/2007 = 6. Value 50%.
        var data = Data(referrals:
        [
            Ref("A", "15/06/2005"), Ref("A", "15/06/2006"),
            Ref("B", "15/06/2005"), Ref("B", "16/06/2006"),
            Ref("E", "01/09/2006"),
            Ref("G", "01/05/2006"), Ref("G", "01/08/2006"),
            Ref("H", "01/01/2005"), Ref("H", "01/03/2006"), Ref("H", "01/02/2007"),
        ]);
        var result = Run(ChildrensKpi.Indicators.REREF12, data, Year2007);

        Assert.Equal(3m, result.Numerator);
        Assert.Equal(6m, result.Denominator);
        Assert.Equal(50m, result.Value);
        Assert.Equal(Expected("A", true, true, "previous referral 2005-06-15, on or after 2005-06-15 (within 12 months)", "referral 2006-06-15"),
            Explain(result, "A", "referral 2006-06-15"));
        Assert.Equal(Expected("A", false, false, "referred 2005-06-15, not in the period", "referral 2005-06-15"),
            Explain(result, "A", "referral 2005-06-15"));
        Assert.Equal(Expected("B", true, false, "previous referral 2005-06-15, before 2005-06-16 (more than 12 months)", "referral 2006-06-16"),
            Explain(result, "B", "referral 2006-06-16"));
        Assert.Equal(Expected("E", true, false, "no earlier referral of this child", "referral 2006-09-01"),
            Explain(result, "E", "referral 2006-09-01"));
        Assert.Equal("no earlier referral of this child", Explain(result, "G", "referral 2006-05-01").Reason);
        Assert.Equal("previous referral 2006-05-01, on or after 2005-08-01 (within 12 months)", Explain(result, "G", "referral 2006-08-01").Reason);
        Assert.Equal("previous referral 2006-03-01, on or after 2006-02-01 (within 12 months)", Explain(result, "H", "referral 2007-02-01").Reason);
    }

    [Fact]
    public void Reref12_LeapDay29February2004ThenReferral28February2005_Counts()
    {
        // Period 2004-05 (01/04/2004..31/03/2005).
        // L: 29/02/2004 then 28/02/2005. 28/02/2005 minus 12 months = 28/02/2004 (2005 has no 29 Feb, but the date
        //    subtracted from is the 28th, so the answer is 28/02/2004). 29/02/2004 >= 28/02/2004 -> re-referral.
        // M: 28/02/2004 then 28/02/2005: 28/02/2004 >= 28/02/2004, exactly 12 months -> re-referral.
        // N: 27/02/2004 then 28/02/2005: 27/02/2004 < 28/02/2004 -> not.
        // The 2004 referrals are before the period -> excluded. Numerator 2, denominator 3.
        var year2005 = ReportingPeriod.YearEnding(D("31/03/2005"));
        var data = Data(referrals:
        [
            Ref("L", "29/02/2004"), Ref("L", "28/02/2005"),
            Ref("M", "28/02/2004"), Ref("M", "28/02/2005"),
            Ref("N", "27/02/2004"), Ref("N", "28/02/2005"),
        ]);
        var result = Run(ChildrensKpi.Indicators.REREF12, data, year2005);

        Assert.Equal(2m, result.Numerator);
        Assert.Equal(3m, result.Denominator);
        Assert.Equal(Expected("L", true, true, "previous referral 2004-02-29, on or after 2004-02-28 (within 12 months)", "referral 2005-02-28"),
            Explain(result, "L", "referral 2005-02-28"));
        Assert.Equal("previous referral 2004-02-28, on or after 2004-02-28 (within 12 months)", Explain(result, "M", "referral 2005-02-28").Reason);
        Assert.Equal("previous referral 2004-02-27, before 2004-02-28 (more than 12 months)", Explain(result, "N", "referral 2005-02-28").Reason);
        Assert.Equal("referred 2004-02-29, not in the period", Explain(result, "L", "referral 2004-02-29").Reason);
    }

    [Fact]
    public void Ni68_ReferralsWithAndWithoutInitialOrSingleAssessment()
    {
        // A 05/06/2006: an initial assessment of that referral, still open -> counts (whenever authorised, if ever).
        // B 06/07/2006: a single assessment of that referral -> counts.
        // C 07/08/2006: only a core assessment -> does not count.
        // D 08/09/2006: no assessment -> does not count.
        // E 09/10/2006: an initial assessment of E, but of another referral (10/10/2006, not in the data) -> does not count.
        // F 15/03/2006: before the period -> excluded although assessed.
        // Numerator A, B = 2; denominator A, B, C, D, E = 5; value 40%.
        var data = Data(
            referrals: [Ref("A", "05/06/2006"), Ref("B", "06/07/2006"), Ref("C", "07/08/2006"), Ref("D", "08/09/2006"),
                Ref("E", "09/10/2006"), Ref("F", "15/03/2006")],
            assessments: [Initial("A", "05/06/2006", null), Single("B", "06/07/2006", "07/07/2006", "20/07/2006"),
                Core("C", "07/08/2006", "08/08/2006", "20/09/2006"), Initial("E", "10/10/2006", "12/10/2006"),
                Initial("F", "15/03/2006", "20/03/2006")]);
        var result = Run(ChildrensKpi.Indicators.NI68, data, Year2007);

        Assert.Equal(2m, result.Numerator);
        Assert.Equal(5m, result.Denominator);
        Assert.Equal(40m, result.Value);
        Assert.Equal(Expected("A", true, true, "led to an initial or single assessment", "referral 2006-06-05"), Explain(result, "A", "referral 2006-06-05"));
        Assert.Equal(Expected("B", true, true, "led to an initial or single assessment", "referral 2006-07-06"), Explain(result, "B", "referral 2006-07-06"));
        Assert.Equal(Expected("C", true, false, "no initial or single assessment of this referral", "referral 2006-08-07"), Explain(result, "C", "referral 2006-08-07"));
        Assert.Equal(Expected("D", true, false, "no initial or single assessment of this referral", "referral 2006-09-08"), Explain(result, "D", "referral 2006-09-08"));
        Assert.Equal(Expected("E", true, false, "no initial or single assessment of this referral", "referral 2006-10-09"), Explain(result, "E", "referral 2006-10-09"));
        Assert.Equal(Expected("F", false, false, "referred 2006-03-15, not in the period", "referral 2006-03-15"), Explain(result, "F", "referral 2006-03-15"));
    }

    [Fact]
    public void ReferralFamily_Invariants_NumeratorWithinDenominatorAndSubjectNamesTheReferral()
    {
        // A mixed set: repeat referrals, referrals outside the period, assessed and unassessed.
        var referrals = new[]
        {
            Ref("A", "15/06/2005"), Ref("A", "15/06/2006"), Ref("B", "01/04/2006"), Ref("B", "31/03/2007"),
            Ref("C", "31/03/2006"), Ref("D", "01/04/2007"), Ref("E", "20/12/2006"),
        };
        var data = Data(referrals: referrals,
            assessments: [Initial("A", "15/06/2006", "20/06/2006"), Single("B", "31/03/2007", null, null), Core("E", "20/12/2006", null, null)]);
        var expectedSubjects = new[]
        {
            "A referral 2005-06-15", "A referral 2006-06-15", "B referral 2006-04-01", "B referral 2007-03-31",
            "C referral 2006-03-31", "D referral 2007-04-01", "E referral 2006-12-20",
        };

        foreach (var indicator in new[] { ChildrensKpi.Indicators.REREF12, ChildrensKpi.Indicators.NI68 })
        {
            var result = Run(indicator, data, Year2007);
            AssertCountsAgree(result);
            Assert.Equal(expectedSubjects, result.Children.Select(c => $"{c.ChildId} {c.Subject}"));
        }

        // REF10K: the denominator is a population, so check the numerator against the explanations instead.
        var rate = Run(ChildrensKpi.Indicators.REF10K, data, Year2007, null, Population45370);
        Assert.InRange(rate.Numerator, 0m, referrals.Length);
        Assert.Equal(rate.Children.Count(c => c.InNumerator), (int)rate.Numerator);
        Assert.All(rate.Children, c => Assert.True(c.InDenominator || !c.InNumerator));
        Assert.Equal(expectedSubjects, rate.Children.Select(c => $"{c.ChildId} {c.Subject}"));
    }
}
