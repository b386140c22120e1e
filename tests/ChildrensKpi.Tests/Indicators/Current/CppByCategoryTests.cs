using FsCheck.Xunit;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.Current;

/// <summary>
/// CPP_BY_CATEGORY_* (plans starting in the year by initial category of abuse) and CPP31_BY_CATEGORY_* (children subject
/// of a plan at 31 March by the initial category of that plan) on the worked example of indicators-current.md (2023-24)
/// and hand-worked readings.
/// </summary>
public class CppByCategoryTests
{
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.YearEnding(new LocalDate(2024, 3, 31));

    private static ChildId Id(string child) => new(child);

    private static IndicatorResult Compute(Indicator indicator, ChildrenInNeedData data) =>
        indicator.Compute(new IndicatorInputs { ChildrenInNeed = data }, Year2024);

    private static (decimal, decimal) Counts(Indicator indicator, ChildrenInNeedData data)
    {
        var result = Compute(indicator, data);
        return (result.Numerator, result.Denominator);
    }

    [Fact]
    public void Starts_WorkedExample_NegHalfPhyHalf()
    {
        // ChildrenInNeedCurrentTests.Example: plans starting in 2023-24 are 1's 28/09/2023 (NEG) and 5's 05/03/2024 (PHY) = 2.
        // NEG 1/2 = 50%, PHY 1/2 = 50%, SAB, EMO, MUL and not stated 0/2.
        var data = ChildrenInNeedCurrentTests.Example();

        Assert.Equal((1m, 2m), Counts(ChildrensKpi.Indicators.CPPBYCATEGORYNEG, data));
        Assert.Equal(50m, Compute(ChildrensKpi.Indicators.CPPBYCATEGORYPHY, data).Value);
        Assert.Equal((0m, 2m), Counts(ChildrensKpi.Indicators.CPPBYCATEGORYSAB, data));
        Assert.Equal((0m, 2m), Counts(ChildrensKpi.Indicators.CPPBYCATEGORYNOTSTATED, data));
        var neg = Compute(ChildrensKpi.Indicators.CPPBYCATEGORYNEG, data);
        Assert.Equal(IndicatorGroup.Current, neg.Definition.Group);
        Assert.Equal(Polarity.Contextual, neg.Definition.Polarity);
        Assert.Equal(IndicatorUnit.Percent, neg.Definition.Unit);
        Assert.Equal("plan started in the period, initial category PHY", neg.Children.Single(c => c.ChildId == Id("5")).Reason);
        Assert.Equal("plan 2024-03-05", neg.Children.Single(c => c.ChildId == Id("5")).Subject);
    }

    [Fact]
    public void AtMarch31_WorkedExample_BothPlansOpen()
    {
        // Both example plans are open on 31/03/2024 (no CPPendDate): children 1 (NEG) and 5 (PHY), CPP10K's numerator 2.
        var data = ChildrenInNeedCurrentTests.Example();

        Assert.Equal((1m, 2m), Counts(ChildrensKpi.Indicators.CPP31BYCATEGORYNEG, data));
        Assert.Equal((1m, 2m), Counts(ChildrensKpi.Indicators.CPP31BYCATEGORYPHY, data));
        Assert.Equal((0m, 2m), Counts(ChildrensKpi.Indicators.CPP31BYCATEGORYMUL, data));
        Assert.Equal("plan started 2023-09-28 open on 2024-03-31, initial category NEG",
            Compute(ChildrensKpi.Indicators.CPP31BYCATEGORYNEG, data).Children.Single(c => c.ChildId == Id("1")).Reason);
    }

    // A: plan 01/02/2023 (before the year) EMO, open; and plan 01/06/2023 SAB, open: two plans open on 31 March.
    // B: plan 10/04/2023 with no category, ended 31/03/2024 (the period's last day, so not open on it).
    // C: plan 01/03/2024 "mul" (a caller's lower case), open.
    // D: plan 01/04/2024, the day after the year: in neither.
    private static ChildrenInNeedData Readings() => new([],
        plans:
        [
            new ProtectionPlan(Id("A"), D("01/02/2023"), initialCategory: "EMO"),
            new ProtectionPlan(Id("A"), D("01/06/2023"), initialCategory: "SAB"),
            new ProtectionPlan(Id("B"), D("10/04/2023"), D("31/03/2024")),
            new ProtectionPlan(Id("C"), D("01/03/2024"), initialCategory: "mul"),
            new ProtectionPlan(Id("D"), D("01/04/2024"), initialCategory: "NEG"),
        ]);

    [Fact]
    public void Starts_PlansBeforeAndAfterTheYearAndNoCategory_EachReadingApplied()
    {
        // Started in 2023-24: A's 01/06/2023 (SAB), B's 10/04/2023 (not stated), C's 01/03/2024 (MUL) = 3. A's 01/02/2023
        // and D's 01/04/2024 are out. SAB 1/3, not stated 1/3, MUL 1/3, EMO 0/3, NEG 0/3.
        var data = Readings();

        Assert.Equal((1m, 3m), Counts(ChildrensKpi.Indicators.CPPBYCATEGORYSAB, data));
        Assert.Equal((1m, 3m), Counts(ChildrensKpi.Indicators.CPPBYCATEGORYNOTSTATED, data));
        Assert.Equal((1m, 3m), Counts(ChildrensKpi.Indicators.CPPBYCATEGORYMUL, data));
        Assert.Equal((0m, 3m), Counts(ChildrensKpi.Indicators.CPPBYCATEGORYEMO, data));
        Assert.Equal((0m, 3m), Counts(ChildrensKpi.Indicators.CPPBYCATEGORYNEG, data));
        var emo = Compute(ChildrensKpi.Indicators.CPPBYCATEGORYEMO, data);
        Assert.Equal("started 2023-02-01, not in the period", emo.Children.First(c => c.ChildId == Id("A")).Reason);
        Assert.Equal("started 2024-04-01, not in the period", emo.Children.Single(c => c.ChildId == Id("D")).Reason);
    }

    [Fact]
    public void AtMarch31_TwoOpenPlansAndAPlanEndingOnTheDay_EachReadingApplied()
    {
        // Subject of a plan on 31/03/2024: A (counted once, on its earliest open plan 01/02/2023, EMO, as CPP10K names it)
        // and C (MUL) = 2. B's plan ended on 31/03/2024, so B is not; D's starts after. EMO 1/2, MUL 1/2, SAB 0/2.
        var data = Readings();

        Assert.Equal((1m, 2m), Counts(ChildrensKpi.Indicators.CPP31BYCATEGORYEMO, data));
        Assert.Equal((1m, 2m), Counts(ChildrensKpi.Indicators.CPP31BYCATEGORYMUL, data));
        Assert.Equal((0m, 2m), Counts(ChildrensKpi.Indicators.CPP31BYCATEGORYSAB, data));
        Assert.Equal("no plan open on 2024-03-31", Compute(ChildrensKpi.Indicators.CPP31BYCATEGORYEMO, data).Children.Single(c => c.ChildId == Id("B")).Reason);
    }

    [Fact]
    public void Compute_NoPlan_NoValueWithTheReason()
    {
        var data = new ChildrenInNeedData([], plans: [new ProtectionPlan(Id("A"), D("01/02/2023"), D("01/03/2023"), "NEG")]);

        var starts = Compute(ChildrensKpi.Indicators.CPPBYCATEGORYNEG, data);
        var at31 = Compute(ChildrensKpi.Indicators.CPP31BYCATEGORYNEG, data);

        Assert.Null(starts.Value);
        Assert.Contains("No child protection plan started in the period, so there is no value.", starts.Notes);
        Assert.Null(at31.Value);
        Assert.Contains("No child was the subject of a child protection plan on 2024-03-31, so there is no value.", at31.Notes);
    }
}

/// <summary>The category groups partition the plans starting in the year and the children subject of a plan at 31 March, on any valid data.</summary>
[Properties(Arbitrary = [typeof(CurrentCinArbitraries)], MaxTest = 80)]
public class CppByCategoryProperties
{
    private static readonly Indicator[] Starts =
    [
        ChildrensKpi.Indicators.CPPBYCATEGORYNEG, ChildrensKpi.Indicators.CPPBYCATEGORYPHY, ChildrensKpi.Indicators.CPPBYCATEGORYSAB,
        ChildrensKpi.Indicators.CPPBYCATEGORYEMO, ChildrensKpi.Indicators.CPPBYCATEGORYMUL, ChildrensKpi.Indicators.CPPBYCATEGORYNOTSTATED,
    ];

    private static readonly Indicator[] AtMarch31 =
    [
        ChildrensKpi.Indicators.CPP31BYCATEGORYNEG, ChildrensKpi.Indicators.CPP31BYCATEGORYPHY, ChildrensKpi.Indicators.CPP31BYCATEGORYSAB,
        ChildrensKpi.Indicators.CPP31BYCATEGORYEMO, ChildrensKpi.Indicators.CPP31BYCATEGORYMUL, ChildrensKpi.Indicators.CPP31BYCATEGORYNOTSTATED,
    ];

    private static IndicatorInputs Inputs(CurrentCinRecords records) => new()
    {
        ChildrenInNeed = records.Data,
        Population = [.. Enumerable.Range(2021, 5).Select(y => new PopulationEstimate($"{y}-{(y + 1) % 100:D2}", 0, 17, 20_000))],
    };

    [Property]
    public bool Starts_AnyData_GroupsPartitionThePlansStartingInTheYear(CurrentCinRecords records, ReportingPeriod period)
    {
        var inputs = Inputs(records);
        // Counted from the records themselves, not from CPP_STARTS10K: each plan whose start is in the period.
        int started = records.Plans.Count(p => period.Contains(p.Start));
        var groups = Starts.Select(g => g.Compute(inputs, period)).ToArray();
        return groups.Sum(g => g.Numerator) == started && groups.All(g => g.Denominator == started && g.Numerator <= g.Denominator)
            && ChildrensKpi.Indicators.CPPSTARTS10K.Compute(inputs, period).Numerator == started;
    }

    [Property]
    public bool AtMarch31_AnyData_GroupsPartitionTheChildrenSubjectOfAPlan(CurrentCinRecords records, ReportingPeriod period)
    {
        var inputs = Inputs(records);
        int subject = records.Plans.Where(p => p.IsOpenOn(period.End)).Select(p => p.Child).Distinct().Count();
        var groups = AtMarch31.Select(g => g.Compute(inputs, period)).ToArray();
        return groups.Sum(g => g.Numerator) == subject && groups.All(g => g.Denominator == subject)
            && ChildrensKpi.Indicators.CPP10K.Compute(inputs, period).Numerator == subject;
    }
}
