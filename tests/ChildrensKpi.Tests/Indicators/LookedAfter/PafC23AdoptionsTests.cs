using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.LookedAfter;

/// <summary>
/// PAF C23, hand-worked for 01/04/2006..31/03/2007. Denominator: looked after at 31/03/2007 with the period of care begun
/// on or before 30/09/2006 (6 months). Numerator: adopted (REC E11/E12) with DEC in the year — a ratio: adopted children
/// have left care, so they are in the numerator only.
/// </summary>
public class PafC23AdoptionsTests
{
    [Fact]
    public void Compute_HandWorkedChildren_AdoptionsOverChildrenLookedAfterSixMonths()
    {
        // A: in care since 01/01/2006, open             -> denominator only.
        // B: since 30/09/2006, exactly 6 months          -> denominator only.
        // C: since 01/10/2006, one day short             -> excluded.
        // D: adopted 15/12/2006 (E11)                    -> numerator only (not looked after at 31 March).
        // E: adopted 31/03/2007 (E12), last day          -> numerator only.
        // F: adopted 31/03/2006 (E11), before the year   -> excluded.
        // Numerator D, E = 2; denominator A, B = 2; value 100%.
        var data = new LookedAfterData(
        [
            Ep("A", "01/01/2006", S, U4),
            Ep("B", "30/09/2006", S, U4),
            Ep("C", "01/10/2006", S, U4),
            Ep("D", "01/01/2005", S, U4, "01/06/2006"),
            Ep("D", "01/06/2006", P, A4, "15/12/2006", ls: LegalStatus.E1, rec: ReasonEpisodeCeased.E11),
            Ep("E", "01/01/2005", S, U4, "31/03/2007", ls: LegalStatus.E1, rec: ReasonEpisodeCeased.E12),
            Ep("F", "01/01/2005", S, U4, "31/03/2006", ls: LegalStatus.E1, rec: ReasonEpisodeCeased.E11),
        ]);

        var result = ChildrensKpi.Indicators.PAFC23.Compute(data, Year2007);

        Assert.Equal(2m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        Assert.Equal(100m, result.Value);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, false,
            "looked after on 2007-03-31 since 2006-01-01, on or before 2006-09-30 (6 months or more); not adopted in the period"), Explain(result, "A"));
        Assert.True(Explain(result, "B").InDenominator);
        Assert.Equal(new ChildExplanation(new ChildId("C"), false, false,
            "looked after on 2007-03-31 only since 2006-10-01, after 2006-09-30 (less than 6 months)"), Explain(result, "C"));
        Assert.Equal(new ChildExplanation(new ChildId("D"), false, true, "adopted 2006-12-15 (E11); not looked after on 2007-03-31"), Explain(result, "D"));
        Assert.Equal(new ChildExplanation(new ChildId("E"), false, true, "adopted 2007-03-31 (E12); not looked after on 2007-03-31"), Explain(result, "E"));
        Assert.Equal(new ChildExplanation(new ChildId("F"), false, false, "not looked after on 2007-03-31"), Explain(result, "F"));
    }

    [Fact]
    public void Compute_AdoptionsButNobodyLookedAfterSixMonths_NoValue()
    {
        // D adopted in the year, nobody looked after at 31 March: 1 of 0 -> no value, with the reason.
        var result = ChildrensKpi.Indicators.PAFC23.Compute(new LookedAfterData(
            [Ep("D", "01/01/2005", S, U4, "15/12/2006", rec: ReasonEpisodeCeased.E11)]), Year2007);

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(0m, result.Denominator);
        Assert.Null(result.Value);
        Assert.Contains("No child had been looked after for 6 months or more on 2007-03-31, so there is no value.", result.Notes);
    }
}
