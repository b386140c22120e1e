using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.LookedAfter;

/// <summary>
/// PAF C18, hand-worked for 01/04/2006..31/03/2007. Cohort: looked after at 31/03/2007 since on or before 31/03/2006
/// (12 months), aged 10 or over. Numerator: OC2 CONVICTED true. Value: the cohort's percentage over the area's.
/// </summary>
public class PafC18OffendingTests
{
    // A: born 1993 (14), since 2005, convicted                   -> numerator.
    // B: born 1993, since 2005, not convicted                    -> cohort only.
    // C: since 31/03/2006, exactly 12 months, no OC2 row         -> cohort only.
    // D: since 01/04/2006 (under 12 months), convicted           -> excluded.
    // E: born 01/04/1997: 9 on 31/03/2007                        -> excluded.
    // F: born 31/03/1997: 10 on 31/03/2007; CONVICTED empty      -> cohort only.
    // Numerator A = 1; cohort A, B, C, F = 4: 25% of the cohort.
    private static readonly LookedAfterData Data = new(
        [Ep("A", "01/01/2005", S, K2), Ep("B", "01/01/2005", S, U4), Ep("C", "31/03/2006", S, U4),
         Ep("D", "01/04/2006", S, U4), Ep("E", "01/01/2005", S, U4), Ep("F", "01/01/2005", S, U4)],
        [Born("A", "01/01/1993"), Born("B", "01/01/1993"), Born("C", "01/01/1993"), Born("D", "01/01/1993"), Born("E", "01/04/1997"), Born("F", "31/03/1997")])
    {
        Oc2Outcomes =
        [
            new Oc2Outcome(new ChildId("A"), D("01/01/1993"), true),
            new Oc2Outcome(new ChildId("B"), D("01/01/1993"), false),
            new Oc2Outcome(new ChildId("D"), D("01/01/1993"), true),
            new Oc2Outcome(new ChildId("F"), D("31/03/1997"), null),
        ],
    };

    [Fact]
    public void Compute_WithoutTheAreaPercentage_GivesTheLookedAfterPercentageWithANote()
    {
        var result = ChildrensKpi.Indicators.PAFC18.Compute(Data, Year2007);

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(4m, result.Denominator);
        Assert.Equal(25m, result.Value);
        Assert.Equal(IndicatorUnit.Percent, result.Definition.Unit);
        Assert.Contains("The value is the looked-after percentage, not PAF C18's ratio: the ratio needs the percentage for all children aged 10–17 in the area (ComputeOptions.AreaOffendingPercentage).", result.Notes);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true, "looked after since 2005-01-01, aged 14; OC2 CONVICTED 1"), Explain(result, "A"));
        Assert.Equal(new ChildExplanation(new ChildId("B"), true, false, "looked after since 2005-01-01, aged 14; OC2 CONVICTED 0"), Explain(result, "B"));
        Assert.Equal(new ChildExplanation(new ChildId("C"), true, false, "looked after since 2006-03-31, aged 14; no OC2 row"), Explain(result, "C"));
        Assert.Equal(new ChildExplanation(new ChildId("D"), false, false,
            "looked after since 2006-04-01, after 2006-03-31 (less than 12 months: not in the OC2 cohort)"), Explain(result, "D"));
        Assert.Equal(new ChildExplanation(new ChildId("E"), false, false, "aged 9 on 2007-03-31 (under 10)"), Explain(result, "E"));
        Assert.Equal(new ChildExplanation(new ChildId("F"), true, false, "looked after since 2005-01-01, aged 10; OC2 CONVICTED not recorded"), Explain(result, "F"));
    }

    [Fact]
    public void Compute_WithTheAreaPercentage_GivesTheRatio()
    {
        // 25% against an area rate of 5%: ratio 5. Denominator 4 × 5 / 100 = 0.2 (the number at the area's rate); 1 / 0.2 = 5.
        var inputs = new IndicatorInputs { LookedAfter = Data };
        var result = ChildrensKpi.Indicators.PAFC18.Compute(inputs, Year2007, ComputeOptions.Default with { AreaOffendingPercentage = 5m });

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(0.2m, result.Denominator);
        Assert.Equal(5m, result.Value);
        Assert.Equal(IndicatorUnit.Ratio, result.Definition.Unit);
        Assert.Same(ChildrensKpi.Indicators.PAFC18.Definition, result.Definition);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(100.1)]
    public void AreaOffendingPercentage_OutOfRange_Throws(double percentage)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ComputeOptions.Default with { AreaOffendingPercentage = (decimal)percentage });
        Assert.StartsWith("A percentage must be from 0 to 100.", e.Message);
    }
}
