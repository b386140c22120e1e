using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.Current;

/// <summary>
/// The current children in need measures on the worked example of indicators-current.md (01/04/2023–31/03/2024,
/// population 50,000, so the rate's denominator is 5), and hand-worked cases of each reading.
/// </summary>
public class ChildrenInNeedCurrentTests
{
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.YearEnding(new LocalDate(2024, 3, 31));

    private static ChildId Id(string child) => new(child);

    // 1: referral 05/09/2023 N1, open; s47 10/09/2023, ICPC 28/09/2023, plan 28/09/2023 NEG.
    // 2: referral 10/01/2024, NFA, closed that day.
    // 3: referral 2022 (01/06/2022) N2, open.
    // 4: referral 01/02/2024, closed 20/03/2024 (RC8).
    // 5: unborn (no date of birth); referral 15/02/2024 N1, open; s47 20/02/2024, ICPC 05/03/2024, plan 05/03/2024 PHY.
    internal static ChildrenInNeedData Example() => new(
        [
            new Referral(Id("1"), D("05/09/2023"), PrimaryNeed: "N1"),
            new Referral(Id("2"), D("10/01/2024"), ClosureDate: D("10/01/2024"), NoFurtherAction: true),
            new Referral(Id("3"), D("01/06/2022"), PrimaryNeed: "N2"),
            new Referral(Id("4"), D("01/02/2024"), ClosureDate: D("20/03/2024"), ReasonForClosure: "RC8"),
            new Referral(Id("5"), D("15/02/2024"), PrimaryNeed: "N1"),
        ],
        enquiries:
        [
            new Section47Enquiry(Id("1"), D("05/09/2023"), D("10/09/2023"), D("28/09/2023")),
            new Section47Enquiry(Id("5"), D("15/02/2024"), D("20/02/2024"), D("05/03/2024")),
        ],
        plans: [new ProtectionPlan(Id("1"), D("28/09/2023"), initialCategory: "NEG"), new ProtectionPlan(Id("5"), D("05/03/2024"), initialCategory: "PHY")],
        children:
        [
            new ChildInNeed(Id("1"), D("01/01/2015")), new ChildInNeed(Id("2"), D("01/01/2012")), new ChildInNeed(Id("3"), D("01/01/2010")),
            new ChildInNeed(Id("4"), D("01/01/2019")), new ChildInNeed(Id("5")),
        ]);

    private static IndicatorResult Compute(Indicator indicator, ChildrenInNeedData data) =>
        indicator.Compute(new IndicatorInputs { ChildrenInNeed = data, Population = [new PopulationEstimate("2023-24", 0, 17, 50_000)] }, Year2024);

    [Fact]
    public void Cin10K_WorkedExample_ThreeChildrenInNeed()
    {
        // In need on 31/03/2024: 1, 3, 5 (unborn counts) = 3; 2 is NFA, 4 closed 20/03/2024. 3 / 5 = 0.6 per 10,000.
        var result = Compute(ChildrensKpi.Indicators.CIN10K, Example());

        Assert.Equal((3m, 5m, 0.6m), (result.Numerator, result.Denominator, result.Value!.Value));
        Assert.Equal("in need on 2024-03-31 (unborn or no date of birth)", result.Children.Single(c => c.ChildId == Id("5")).Reason);
        Assert.Equal("referral with no further action (ReferralNFA), not a child in need", result.Children.Single(c => c.ChildId == Id("2")).Reason);
        Assert.Equal("closed 2024-03-20, on or before 2024-03-31", result.Children.Single(c => c.ChildId == Id("4")).Reason);
    }

    [Fact]
    public void RefNfa_WorkedExample_OneReferralInFour()
    {
        // Referrals in the year: 1, 2, 4, 5 = 4 (3's is 2022); NFA: 2 -> 1/4 = 25%.
        var result = Compute(ChildrensKpi.Indicators.REFNFA, Example());

        Assert.Equal((1m, 4m, 25m), (result.Numerator, result.Denominator, result.Value!.Value));
    }

    [Fact]
    public void EnquiriesAndPlans_WorkedExample_TwoEachPerTenThousand()
    {
        // Section 47 enquiries starting in the year: 10/09/2023 and 20/02/2024 = 2 -> 2 / 5 = 0.4.
        // Plans starting in the year: 28/09/2023 and 05/03/2024 = 2 -> 0.4.
        Assert.Equal(0.4m, Compute(ChildrensKpi.Indicators.S4710K, Example()).Value);
        Assert.Equal(0.4m, Compute(ChildrensKpi.Indicators.CPPSTARTS10K, Example()).Value);
    }

    [Fact]
    public void Cin10K_AgedEighteenTwoOpenEpisodesAndAnOpenNfa_EachReadingApplied()
    {
        // A: born 15/03/2006, 18 on 15/03/2024: excluded. B: two open referrals (01/05/2023, 01/09/2023): once, on the
        // later. C: NFA referral left open (rule 8815): not in need. D: closed on 31/03/2024 itself: not open that day.
        // Children in need 1 (B) -> 1 / 5 = 0.2.
        var data = new ChildrenInNeedData(
            [
                new Referral(Id("A"), D("01/06/2023")),
                new Referral(Id("B"), D("01/05/2023")), new Referral(Id("B"), D("01/09/2023")),
                new Referral(Id("C"), D("01/06/2023"), NoFurtherAction: true),
                new Referral(Id("D"), D("01/06/2023"), ClosureDate: D("31/03/2024")),
            ],
            children: [new ChildInNeed(Id("A"), D("15/03/2006"))]);

        var result = Compute(ChildrensKpi.Indicators.CIN10K, data);

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(0.2m, result.Value);
        Assert.Equal("aged 18 or over on 2024-03-31", result.Children.Single(c => c.ChildId == Id("A")).Reason);
        Assert.Equal("open, but the child is counted on the later referral 2023-09-01",
            result.Children.Single(c => c.ChildId == Id("B") && c.Subject == "referral 2023-05-01").Reason);
        Assert.True(result.Children.Single(c => c.ChildId == Id("B") && c.Subject == "referral 2023-09-01").InNumerator);
    }
}
