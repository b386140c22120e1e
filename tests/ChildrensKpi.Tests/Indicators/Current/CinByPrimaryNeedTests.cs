using FsCheck.Xunit;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.Current;

/// <summary>CIN_BY_NEED_* on the worked example of indicators-current.md (2023-24) and hand-worked readings.</summary>
public class CinByPrimaryNeedTests
{
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.YearEnding(new LocalDate(2024, 3, 31));

    private static ChildId Id(string child) => new(child);

    private static IndicatorResult Compute(Indicator indicator, ChildrenInNeedData data) =>
        indicator.Compute(new IndicatorInputs { ChildrenInNeed = data }, Year2024);

    [Fact]
    public void Compute_WorkedExample_N1TwoThirdsN2OneThird()
    {
        // ChildrenInNeedCurrentTests.Example: in need on 31/03/2024 are 1 (N1), 3 (N2) and 5 (unborn, N1) = 3; 2 is NFA and
        // 4 closed 20/03/2024. N1 2/3 = 66.7%, N2 1/3 = 33.3%, every other group 0/3.
        var data = ChildrenInNeedCurrentTests.Example();
        var n1 = Compute(ChildrensKpi.Indicators.CINBYNEEDN1, data);

        Assert.Equal((2m, 3m), (n1.Numerator, n1.Denominator));
        Assert.Equal(66.7m, Math.Round(n1.Value!.Value, 1));
        Assert.Equal((1m, 3m), (Compute(ChildrensKpi.Indicators.CINBYNEEDN2, data).Numerator, Compute(ChildrensKpi.Indicators.CINBYNEEDN2, data).Denominator));
        Assert.Equal(0m, Compute(ChildrensKpi.Indicators.CINBYNEEDNOTSTATED, data).Numerator);
        Assert.Equal("in need on 2024-03-31, primary need N2", Compute(ChildrensKpi.Indicators.CINBYNEEDN1, data).Children.Single(c => c.ChildId == Id("3")).Reason);
        Assert.Equal("referral with no further action (ReferralNFA), not a child in need", n1.Children.Single(c => c.ChildId == Id("2")).Reason);
    }

    [Fact]
    public void Compute_NeedOfTheLaterOpenEpisodeAndN0_NotStatedIsEmptyOrN0()
    {
        // A: two open referrals, 01/05/2023 N4 and 01/09/2023 N1: counted once, on the later, so N1 (not N4).
        // B: open, PrimaryNeedCode N0 (not stated). C: open, no PrimaryNeedCode: not stated.
        // In need 3: N1 1/3, N4 0/3, not stated 2/3.
        var data = new ChildrenInNeedData(
        [
            new Referral(Id("A"), D("01/05/2023"), PrimaryNeed: "N4"),
            new Referral(Id("A"), D("01/09/2023"), PrimaryNeed: "N1"),
            new Referral(Id("B"), D("01/06/2023"), PrimaryNeed: "N0"),
            new Referral(Id("C"), D("01/07/2023")),
        ]);

        Assert.Equal((1m, 3m), Counts(ChildrensKpi.Indicators.CINBYNEEDN1));
        Assert.Equal((0m, 3m), Counts(ChildrensKpi.Indicators.CINBYNEEDN4));
        Assert.Equal((2m, 3m), Counts(ChildrensKpi.Indicators.CINBYNEEDNOTSTATED));
        Assert.Equal("open, but the child is counted on the later referral 2023-09-01",
            Compute(ChildrensKpi.Indicators.CINBYNEEDN4, data).Children.First(c => c.ChildId == Id("A")).Reason);

        (decimal, decimal) Counts(Indicator indicator)
        {
            var r = Compute(indicator, data);
            return (r.Numerator, r.Denominator);
        }
    }

    [Fact]
    public void Compute_NoChildInNeed_NoValueWithTheReason()
    {
        var data = new ChildrenInNeedData([new Referral(Id("A"), D("01/05/2023"), PrimaryNeed: "N1", ClosureDate: D("01/06/2023"))]);

        var result = Compute(ChildrensKpi.Indicators.CINBYNEEDN1, data);

        Assert.Null(result.Value);
        Assert.Contains("No child was in need on 2024-03-31, so there is no value.", result.Notes);
    }
}

/// <summary>The need groups partition CIN10K's children in need, on any valid data (<see cref="CurrentCinRecords"/>).</summary>
[Properties(Arbitrary = [typeof(CurrentCinArbitraries)], MaxTest = 80)]
public class CinByPrimaryNeedProperties
{
    private static readonly Indicator[] Groups =
    [
        ChildrensKpi.Indicators.CINBYNEEDN1, ChildrensKpi.Indicators.CINBYNEEDN2, ChildrensKpi.Indicators.CINBYNEEDN3,
        ChildrensKpi.Indicators.CINBYNEEDN4, ChildrensKpi.Indicators.CINBYNEEDN5, ChildrensKpi.Indicators.CINBYNEEDN6,
        ChildrensKpi.Indicators.CINBYNEEDN7, ChildrensKpi.Indicators.CINBYNEEDN8, ChildrensKpi.Indicators.CINBYNEEDN9,
        ChildrensKpi.Indicators.CINBYNEEDNOTSTATED,
    ];

    [Property]
    public bool Compute_AnyData_GroupsPartitionTheChildrenInNeed(CurrentCinRecords records, ReportingPeriod period)
    {
        var inputs = new IndicatorInputs
        {
            ChildrenInNeed = records.Data,
            Population = [.. Enumerable.Range(2021, 5).Select(y => new PopulationEstimate($"{y}-{(y + 1) % 100:D2}", 0, 17, 20_000))],
        };
        var inNeed = ChildrensKpi.Indicators.CIN10K.Compute(inputs, period).Numerator;
        var groups = Groups.Select(g => g.Compute(inputs, period)).ToArray();
        return groups.Sum(g => g.Numerator) == inNeed && groups.All(g => g.Denominator == inNeed);
    }
}
