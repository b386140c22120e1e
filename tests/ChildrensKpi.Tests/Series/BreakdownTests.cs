using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Series;

public class BreakdownTests
{
    // Three children looked after at 31/03/2007 (so all in NI62's denominator), working:
    // A born 15/06/2006: aged 0 -> "under 1"; 1 placement -> denominator only.
    // B born 01/04/1995: aged 11 -> "10–15"; 3 placements in the year (S, P, P) -> numerator.
    // C born 01/04/1995: aged 11 -> "10–15"; 1 placement -> denominator only.
    // D has no Header row -> "Unknown"; 1 placement.
    private static readonly LookedAfterData Data = new(
        [
            Ep("A", "01/07/2006", S, U4),
            Ep("B", "01/05/2006", S, U4, "01/07/2006"), Ep("B", "01/07/2006", P, K2, "01/09/2006"), Ep("B", "01/09/2006", P, U6),
            Ep("C", "01/05/2006", S, U4),
            Ep("D", "01/05/2006", S, U4),
        ],
        [Born("A", "15/06/2006", Sex.Male), Born("B", "01/04/1995", Sex.Female), Born("C", "01/04/1995", Sex.Male)]);

    [Fact]
    public void Compute_ByAgeBand_CountsEachBandWithUnknownLast()
    {
        var result = ChildrensKpi.Indicators.NI62.Compute(Data, Year2007);

        var groups = Breakdown.Compute(result, new IndicatorInputs { LookedAfter = Data }, BreakdownDimension.AgeBand);

        Assert.Equal(
            [new BreakdownGroup("under 1", 0, 1, 0m), new BreakdownGroup("10–15", 1, 2, 50m), new BreakdownGroup("Unknown", 0, 1, 0m)],
            groups.ToArray());
    }

    [Fact]
    public void Compute_BySex_GroupsAddUpToTheWhole()
    {
        var result = ChildrensKpi.Indicators.NI62.Compute(Data, Year2007);

        var groups = Breakdown.Compute(result, new IndicatorInputs { LookedAfter = Data }, BreakdownDimension.Sex);

        // Female: B (numerator); Male: A, C; Unknown: D.
        Assert.Equal(["Female", "Male", "Unknown"], groups.Select(g => g.Group));
        Assert.Equal(result.Numerator, groups.Sum(g => g.Numerator));
        Assert.Equal(result.Denominator, groups.Sum(g => g.Denominator));
    }

    [Fact]
    public void Compute_ResultWithoutExplanations_Throws()
    {
        var result = ChildrensKpi.Indicators.NI62.Compute(new IndicatorInputs { LookedAfter = Data }, Year2007, ComputeOptions.Default with { Explain = false });

        var e = Assert.Throws<ArgumentException>(() => Breakdown.Compute(result, new IndicatorInputs { LookedAfter = Data }, BreakdownDimension.Sex));
        Assert.StartsWith("A breakdown needs the children behind the result: compute it with ComputeOptions.Explain = true.", e.Message);
    }
}
