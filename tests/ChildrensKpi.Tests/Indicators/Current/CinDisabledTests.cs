using FsCheck.Xunit;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.Current;

/// <summary>CIN_DISABLED on the worked example of indicators-current.md (2023-24) and hand-worked readings.</summary>
public class CinDisabledTests
{
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.YearEnding(new LocalDate(2024, 3, 31));

    private static ChildId Id(string child) => new(child);

    private static IndicatorResult Compute(ChildrenInNeedData data) =>
        ChildrensKpi.Indicators.CINDISABLED.Compute(new IndicatorInputs { ChildrenInNeed = data }, Year2024);

    /// <summary>The worked example with its disabilities: 1 NONE, 3 LD and AUT, 5 (unborn) none recorded.</summary>
    private static ChildrenInNeedData Example()
    {
        var example = ChildrenInNeedCurrentTests.Example();
        var codes = new Dictionary<string, string[]> { ["1"] = ["NONE"], ["3"] = ["LD", "AUT"] };
        return new(example.Referrals, example.Assessments, example.Enquiries, example.Plans,
            example.Children.Select(c => codes.TryGetValue(c.Id.Value, out var d) ? c with { Disabilities = [.. d] } : c));
    }

    [Fact]
    public void Compute_WorkedExample_OneInThree()
    {
        // In need on 31/03/2024: 1, 3, 5 = 3 (CIN10K's numerator). 1 is NONE, 5 has no Disabilities (no disability), 3 has
        // LD and AUT: disabled 1/3.
        var result = Compute(Example());

        Assert.Equal((1m, 3m), (result.Numerator, result.Denominator));
        Assert.Equal(IndicatorGroup.Current, result.Definition.Group);
        Assert.Equal(Polarity.Contextual, result.Definition.Polarity);
        Assert.Equal("in need on 2024-03-31, disability LD, AUT", result.Children.Single(c => c.ChildId == Id("3")).Reason);
        Assert.Equal("in need on 2024-03-31, disability NONE", result.Children.Single(c => c.ChildId == Id("1")).Reason);
        Assert.Equal("in need on 2024-03-31, no disability recorded", result.Children.Single(c => c.ChildId == Id("5")).Reason);
        Assert.Equal("referral with no further action (ReferralNFA), not a child in need", result.Children.Single(c => c.ChildId == Id("2")).Reason);
    }

    [Fact]
    public void Compute_NoneBesideACodeAndAChildNotInNeed_EachReadingApplied()
    {
        // A: open referral, NONE and HEAR (rule 8790 breaks, but a code other than NONE is a disability): disabled.
        // B: open referral, no child row at all: no disability. C: LD, but its referral closed 01/03/2024: not in need.
        // In need 2 (A, B): disabled 1/2.
        var data = new ChildrenInNeedData(
            [
                new Referral(Id("A"), D("01/05/2023")),
                new Referral(Id("B"), D("01/06/2023")),
                new Referral(Id("C"), D("01/07/2023"), ClosureDate: D("01/03/2024")),
            ],
            children: [new ChildInNeed(Id("A")) { Disabilities = ["NONE", "HEAR"] }, new ChildInNeed(Id("C")) { Disabilities = ["LD"] }]);

        var result = Compute(data);

        Assert.Equal((1m, 2m), (result.Numerator, result.Denominator));
        Assert.False(result.Children.Single(c => c.ChildId == Id("C")).InDenominator);
    }

    [Fact]
    public void Compute_NoChildInNeed_NoValueWithTheReason()
    {
        var data = new ChildrenInNeedData([new Referral(Id("A"), D("01/05/2023"), ClosureDate: D("01/06/2023"))],
            children: [new ChildInNeed(Id("A")) { Disabilities = ["LD"] }]);

        var result = Compute(data);

        Assert.Null(result.Value);
        Assert.Contains("No child was in need on 2024-03-31, so there is no value.", result.Notes);
    }
}

/// <summary>CIN_DISABLED's children are CIN10K's, and its numerator those with a code other than NONE, on any valid data.</summary>
[Properties(Arbitrary = [typeof(CurrentCinArbitraries)], MaxTest = 80)]
public class CinDisabledProperties
{
    [Property]
    public bool Compute_AnyData_DisabledAmongTheChildrenInNeed(CurrentCinRecords records, ReportingPeriod period)
    {
        var inputs = new IndicatorInputs
        {
            ChildrenInNeed = records.Data,
            Population = [.. Enumerable.Range(2021, 5).Select(y => new PopulationEstimate($"{y}-{(y + 1) % 100:D2}", 0, 17, 20_000))],
        };
        var inNeed = ChildrensKpi.Indicators.CIN10K.Compute(inputs, period);
        var disabled = ChildrensKpi.Indicators.CINDISABLED.Compute(inputs, period);
        var withDisability = records.Children.Where(c => c.Disabilities.Any(d => d != "NONE")).Select(c => c.Id).ToHashSet();
        var inNeedChildren = inNeed.Children.Where(c => c.InNumerator).Select(c => c.ChildId).ToHashSet();
        return disabled.Denominator == inNeed.Numerator
            && disabled.Numerator == inNeedChildren.Count(withDisability.Contains)
            && disabled.Children.Where(c => c.InNumerator).All(c => withDisability.Contains(c.ChildId));
    }
}
