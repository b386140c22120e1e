using FsCheck.Xunit;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.Current;

/// <summary>
/// The UASC / non-UASC split of children looked after at 31 March (CLA_AT31_UASC, CLA_AT31_NON_UASC) and of starts
/// (CLA_STARTS_UASC, CLA_STARTS_NON_UASC) on the worked example of indicators-current.md (01/04/2023–31/03/2024), and the
/// reading of a start's status on the day it began.
/// </summary>
public class ClaByUascStatusTests
{
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.YearEnding(new LocalDate(2024, 3, 31));

    private static UnaccompaniedAsylumSeeker Uasc(string child, string? ceased = null) =>
        new(new ChildId(child), ceased is null ? null : D(ceased));

    // LookedAfterMovementsTests.Example: A S 10/05/2023 open; B in care since 2021, ceased 31/03/2024 (E11); C S 01/06/2023
    // to 20/08/2023, S 02/11/2023 open; D V3 only; E S 15/09/2023 open.
    private static LookedAfterData Example(params UnaccompaniedAsylumSeeker[] uasc)
    {
        var example = LookedAfterMovementsTests.Example();
        return new(example.Episodes, example.Children) { UnaccompaniedAsylumSeekers = [.. uasc] };
    }

    private static IndicatorResult Compute(Indicator indicator, LookedAfterData data) =>
        indicator.Compute(new IndicatorInputs { LookedAfter = data }, Year2024);

    [Fact]
    public void AtMarch31_WorkedExample_OneUascTwoNot()
    {
        // Looked after on 31/03/2024: A, C, E (B ceased that day, D short breaks only). E has a UASC row (DUC empty): UASC 1;
        // A and C: not UASC 2. B's UASC row counts in neither (not looked after). 1 + 2 = 3 = CLA10K's numerator.
        var data = Example(Uasc("E"), Uasc("B"));
        var uasc = Compute(ChildrensKpi.Indicators.CLAAT31UASC, data);
        var others = Compute(ChildrensKpi.Indicators.CLAAT31NONUASC, data);

        Assert.Equal((1m, 1m, 1m), (uasc.Numerator, uasc.Denominator, uasc.Value!.Value));
        Assert.Equal((2m, 2m), (others.Numerator, others.Value!.Value));
        Assert.Equal(IndicatorUnit.Count, uasc.Definition.Unit);
        Assert.Equal(IndicatorGroup.Current, uasc.Definition.Group);
        Assert.Equal(new ChildExplanation(new ChildId("E"), true, true, "UASC row, status not ceased (DUC empty)"), Explain(uasc, "E"));
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true, "looked after at the period's end; no UASC row"), Explain(others, "A"));
        Assert.Equal(new ChildExplanation(new ChildId("E"), false, false, "UASC row, status not ceased (DUC empty)"), Explain(others, "E"));
        Assert.False(Explain(uasc, "B").InNumerator);
        Assert.Empty(uasc.Notes);
    }

    [Fact]
    public void Starts_WorkedExample_OneUascTwoNot()
    {
        // Starts: A 10/05/2023, C 01/06/2023 (once), E 15/09/2023 = 3 (CLA_STARTS). E's UASC row holds on 15/09/2023: UASC 1;
        // A, C not: 2.
        var data = Example(Uasc("E"));
        var uasc = Compute(ChildrensKpi.Indicators.CLASTARTSUASC, data);
        var others = Compute(ChildrensKpi.Indicators.CLASTARTSNONUASC, data);

        Assert.Equal(1m, uasc.Value);
        Assert.Equal(2m, others.Value);
        Assert.Equal("started to be looked after on 2023-09-15, UASC then (DUC empty)", Explain(uasc, "E").Reason);
        Assert.Equal("started to be looked after on 2023-06-01, not UASC (no UASC row)", Explain(others, "C").Reason);
        Assert.Equal("only short breaks (LS V3/V4), which are not time looked after", Explain(uasc, "D").Reason);
    }

    [Fact]
    public void Starts_StatusOnTheDayTheChildStarted_DucOnThatDayIsNotUasc()
    {
        // A started 10/05/2023 with DUC 10/05/2023: the status ceased that day, so A started as not UASC. C started
        // 01/06/2023 with DUC 02/06/2023: UASC then (though not at 31 March). E's DUC 20/10/2023 is after its 15/09/2023
        // start: UASC then. UASC starts 2 (C, E), non-UASC 1 (A); at 31 March none is UASC (every DUC is in the year).
        var data = Example(Uasc("A", "10/05/2023"), Uasc("C", "02/06/2023"), Uasc("E", "20/10/2023"));

        Assert.Equal(2m, Compute(ChildrensKpi.Indicators.CLASTARTSUASC, data).Value);
        Assert.Equal(1m, Compute(ChildrensKpi.Indicators.CLASTARTSNONUASC, data).Value);
        Assert.Equal("started to be looked after on 2023-05-10, not UASC then (UASC status ceased 2023-05-10)",
            Explain(Compute(ChildrensKpi.Indicators.CLASTARTSNONUASC, data), "A").Reason);
        Assert.Equal(0m, Compute(ChildrensKpi.Indicators.CLAAT31UASC, data).Value);
        Assert.Equal(3m, Compute(ChildrensKpi.Indicators.CLAAT31NONUASC, data).Value);
    }

    [Fact]
    public void Compute_NoUascRows_EveryChildNotUascWithCLA_UASCsNote()
    {
        var result = Compute(ChildrensKpi.Indicators.CLASTARTSNONUASC, Example());

        Assert.Equal(3m, result.Value);
        Assert.Equal("No UASC rows were given, so every child reads as not UASC; if the return's UASC table was not given, give it.", Assert.Single(result.Notes));
    }
}

/// <summary>
/// The two halves of each split add up to the whole (CLA10K's numerator, CLA_STARTS), and partition the children, on the
/// histories of <see cref="CurrentCareHistories"/> with UASC rows for a random half of their children.
/// </summary>
[Properties(Arbitrary = [typeof(CurrentArbitraries)], MaxTest = 60)]
public class ClaByUascStatusProperties
{
    private static IReadOnlyList<UnaccompaniedAsylumSeeker> UascRows(CurrentCareHistories histories)
    {
        var random = new Random(histories.Seed ^ 0x0A5C);
        return [.. histories.Children.Where(_ => random.Next(2) == 0).Select(c => new UnaccompaniedAsylumSeeker(c.Id,
            random.Next(3) == 0 ? null : new LocalDate(2021, 1, 1).PlusDays(random.Next(0, 6 * 365))))];
    }

    private static LookedAfterData Data(CurrentCareHistories histories, IEnumerable<UnaccompaniedAsylumSeeker> uasc, Func<ChildId, bool> keep) =>
        new(histories.Episodes.Where(e => keep(e.Child)), histories.Children.Where(c => keep(c.Id)))
        {
            UnaccompaniedAsylumSeekers = [.. uasc.Where(u => keep(u.Child))],
        };

    private static decimal Count(Indicator indicator, LookedAfterData data, ReportingPeriod period) =>
        indicator.Compute(new IndicatorInputs { LookedAfter = data, Population = [new PopulationEstimate(period.ReportingYear, 0, 17, 10_000)] }, period).Numerator;

    [Property]
    public bool Compute_AnyData_TheHalvesAddUpToTheWhole(CurrentCareHistories histories, ReportingPeriod period)
    {
        var data = Data(histories, UascRows(histories), _ => true);
        return Count(ChildrensKpi.Indicators.CLAAT31UASC, data, period) + Count(ChildrensKpi.Indicators.CLAAT31NONUASC, data, period)
                == Count(ChildrensKpi.Indicators.CLA10K, data, period)
            && Count(ChildrensKpi.Indicators.CLAAT31UASC, data, period) == Count(ChildrensKpi.Indicators.CLAUASC, data, period)
            && Count(ChildrensKpi.Indicators.CLASTARTSUASC, data, period) + Count(ChildrensKpi.Indicators.CLASTARTSNONUASC, data, period)
                == Count(ChildrensKpi.Indicators.CLASTARTS, data, period);
    }

    [Property]
    public bool Compute_PartitionOfChildren_CountsAddUp(CurrentCareHistories histories, ReportingPeriod period, int partitionSeed)
    {
        var random = new Random(partitionSeed);
        var inFirst = histories.Children.Select(c => c.Id).Where(_ => random.Next(2) == 0).ToHashSet();
        var rows = UascRows(histories);
        Indicator[] split = [ChildrensKpi.Indicators.CLAAT31UASC, ChildrensKpi.Indicators.CLAAT31NONUASC, ChildrensKpi.Indicators.CLASTARTSUASC, ChildrensKpi.Indicators.CLASTARTSNONUASC];
        return split.All(i => Count(i, Data(histories, rows, _ => true), period)
            == Count(i, Data(histories, rows, inFirst.Contains), period) + Count(i, Data(histories, rows, c => !inFirst.Contains(c)), period));
    }
}
