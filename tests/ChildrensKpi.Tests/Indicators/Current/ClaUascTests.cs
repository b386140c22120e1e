using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.Current;

/// <summary>CLA_UASC on the worked example of indicators-current.md (01/04/2023–31/03/2024) and hand-worked DUC bounds.</summary>
public class ClaUascTests
{
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.YearEnding(new LocalDate(2024, 3, 31));

    private static UnaccompaniedAsylumSeeker Uasc(string child, string? ceased = null) =>
        new(new ChildId(child), ceased is null ? null : D(ceased));

    // The worked example's children (LookedAfterMovementsTests.Example), with UASC rows:
    // A: S 10/05/2023 C1 U3, open. B: S 01/02/2021 C2 U4 to 31/03/2024 (E11): not looked after on 31 March.
    // C: S 01/06/2023 V2 K2 to 20/08/2023 (E4A); S 02/11/2023 V2 K2, open. D: V3 only. E: S 15/09/2023 V2 H5, open.
    private static LookedAfterData Example(params UnaccompaniedAsylumSeeker[] uasc)
    {
        var example = LookedAfterMovementsTests.Example();
        return new(example.Episodes, example.Children) { UnaccompaniedAsylumSeekers = [.. uasc] };
    }

    private static IndicatorResult Compute(LookedAfterData data) =>
        ChildrensKpi.Indicators.CLAUASC.Compute(new IndicatorInputs { LookedAfter = data }, Year2024);

    [Fact]
    public void Compute_WorkedExample_OneOfThreeAt31March()
    {
        // Looked after on 31/03/2024: A, C, E = 3 (B ceased that day, D has short breaks only). E has a UASC row with DUC
        // empty: UASC. B's UASC row (DUC empty too) is not counted, as B is not looked after then. UASC 1/3.
        var result = Compute(Example(Uasc("E"), Uasc("B")));

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(3m, result.Denominator);
        Assert.Equal(IndicatorGroup.Current, result.Definition.Group);
        Assert.Equal(Polarity.Contextual, result.Definition.Polarity);
        Assert.Equal(new ChildExplanation(new ChildId("E"), true, true, "UASC row, status not ceased (DUC empty)"), Explain(result, "E"));
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, false, "looked after at the period's end; no UASC row"), Explain(result, "A"));
        Assert.False(Explain(result, "B").InDenominator);
        Assert.EndsWith("; its UASC row is not counted", Explain(result, "B").Reason);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Compute_StatusCeasedOnTheLastDay_NotUasc()
    {
        // DUC is the day the status ceased: A's DUC 31/03/2024 (the period's end) is not "after periodEnd", so A is not
        // UASC; C's DUC 01/04/2024 is the next day, so C still is. E's DUC 20/10/2023 is in the year: not UASC. 1/3.
        var result = Compute(Example(Uasc("A", "31/03/2024"), Uasc("C", "01/04/2024"), Uasc("E", "20/10/2023")));

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(3m, result.Denominator);
        Assert.True(Explain(result, "C").InNumerator);
        Assert.Equal("UASC status ceased 2024-03-31, on or before the period's end", Explain(result, "A").Reason);
        Assert.Equal("UASC status ceased 2023-10-20, on or before the period's end", Explain(result, "E").Reason);
    }

    [Fact]
    public void Compute_NoUascRows_ZeroWithANote()
    {
        // No UASC row at all: A, C and E are looked after and none is UASC, 0/3; an empty UASC table cannot be told from
        // none given, so the result says so.
        var result = Compute(Example());

        Assert.Equal(0m, result.Numerator);
        Assert.Equal(3m, result.Denominator);
        Assert.Equal("No UASC rows were given, so every child reads as not UASC; if the return's UASC table was not given, give it.",
            Assert.Single(result.Notes));
    }

    [Fact]
    public void HoldsOn_DayBeforeTheDayAndAfterCeasing()
    {
        var ceased = Uasc("A", "10/05/2024");

        Assert.True(ceased.HoldsOn(D("09/05/2024")));
        Assert.False(ceased.HoldsOn(D("10/05/2024")));
        Assert.False(ceased.HoldsOn(D("11/05/2024")));
        Assert.True(Uasc("A").HoldsOn(D("01/01/2100")));
    }

    [Fact]
    public void LookedAfterData_TwoUascRowsForOneChild_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Example(Uasc("E"), Uasc("E", "01/01/2024")));

        Assert.Equal("Duplicate UASC row for child E: merge copies before building LookedAfterData (the readers do). (Parameter 'value')", error.Message);
    }
}
