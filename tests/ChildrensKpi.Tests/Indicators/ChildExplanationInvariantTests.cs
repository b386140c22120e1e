using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators;

/// <summary>Every result explains every child once, and never counts a child in the numerator only.</summary>
public class ChildExplanationInvariantTests
{
    // A mix: looked after now (A), left in the year (B), short breaks only (C), history mid period (D), three placements
    // (E), OC3-only care leaver (F), care leaver with episodes (G), long stayer under 16 (H), no Header row (I),
    // a Header row with no episodes (J).
    private static readonly LookedAfterData Data = new(
        [
            Ep("A", "01/01/2005", S, U4),
            Ep("B", "01/06/2006", S, K2, "31/03/2007", rec: ReasonEpisodeCeased.E4A),
            Ep("C", "01/03/2007", S, U6, ls: LegalStatus.V4),
            Ep("D", "01/04/2006", L, U4),
            Ep("E", "01/05/2006", S, U4, "01/07/2006"),
            Ep("E", "01/07/2006", P, K2, "01/09/2006"),
            Ep("E", "01/09/2006", P, U6),
            Ep("G", "01/01/2003", S, U4, "15/06/2005", rec: ReasonEpisodeCeased.E5),
            Ep("H", "01/01/2003", S, U4),
            Ep("I", "01/01/2003", S, U4),
        ],
        [Born("A", "01/01/2000"), Born("B", "01/01/2000"), Born("C", "01/01/2000"), Born("D", "01/01/2000"),
         Born("E", "01/01/2000"), Born("G", "15/06/1987"), Born("H", "01/01/2000"), Born("J", "01/01/2001")],
        [
            new CareLeaverOutcome(new ChildId("F"), D("01/09/1987"), InTouch.Yes, CareLeaverActivity.F1, "U1"),
            new CareLeaverOutcome(new ChildId("G"), D("15/06/1987"), InTouch.No, CareLeaverActivity.NoInformation, null),
        ]);

    // Every indicator computable from SSDA903 records and population estimates alone (BVPI51 also needs Finance).
    public static TheoryData<string> AllIds => [.. ChildrensKpi.Indicators.All
        .Where(i => i.Requires.HasFlag(IndicatorInputKinds.LookedAfter) && !i.Requires.HasFlag(IndicatorInputKinds.Finance))
        .Select(i => i.Definition.Id)];

    [Theory]
    [MemberData(nameof(AllIds))]
    public void Compute_EveryChildOnce_NeverNumeratorWithoutDenominator(string id)
    {
        var indicator = ChildrensKpi.Indicators.Find(id)!;
        var inputs = new IndicatorInputs
        {
            LookedAfter = Data,
            Population = [new PopulationEstimate("2006-07", 0, 17, 40_000)],
        };
        var result = indicator.Compute(inputs, Year2007);

        // Every child with an episode, a Header row or an OC3 row: A–J, each exactly once, in id order.
        Assert.Equal(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"], result.Children.Select(c => c.ChildId.Value));
        // PAF C23 is a ratio: an adopted child has left care, so is in the numerator only. No child here was adopted.
        Assert.All(result.Children, c => Assert.True(c.InDenominator || !c.InNumerator, $"{c.ChildId}: numerator without denominator"));
        Assert.All(result.Children, c => Assert.False(string.IsNullOrWhiteSpace(c.Reason)));
        // A mean in days (the adoption scorecard's) sums days; no child here was adopted, so both sums are 0.
        Assert.Equal(result.Numerator, result.Children.Count(c => c.InNumerator));
        // A rate per 10,000 divides by a population, and a count (CLA_STARTS) has no denominator: neither is these children.
        if (indicator.Definition.Unit is not (IndicatorUnit.Per10000 or IndicatorUnit.Count))
        {
            Assert.Equal(result.Denominator, result.Children.Count(c => c.InDenominator));
        }
    }
}
