using static ChildrensKpi.MissingKind;
using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.LookedAfter;

/// <summary>
/// MISSING, hand-worked for 01/04/2006..31/03/2007. Denominator: looked after at any time in the year (a period of care
/// begun on or before 31/03/2007 and not ended on or before 01/04/2006). Numerator: a Missing row M starting in the year.
/// </summary>
public class MissingFromCareTests
{
    [Fact]
    public void Compute_HandWorkedChildren_MissingStartingInTheYear()
    {
        // A: in care all year; missing (M) from 10/05/2006                       -> numerator.
        // B: in care; only away without authorisation (A) on 10/05/2006           -> denominator only.
        // C: in care; missing from 31/03/2006, before the year                   -> denominator only.
        // D: left care 01/04/2006 (DEC = first day: not looked after that day); M on 01/04/2006 -> excluded.
        // E: left care 02/04/2006, so looked after on 01/04/2006; M on 01/04/2006 -> numerator.
        // F: short breaks only; M on 10/05/2006                                   -> excluded.
        // Numerator A, E = 2; denominator A, B, C, E = 4; 50%.
        var data = new LookedAfterData(
        [
            Ep("A", "01/01/2006", S, U4), Ep("B", "01/01/2006", S, U4), Ep("C", "01/01/2006", S, U4),
            Ep("D", "01/01/2006", S, U4, "01/04/2006", rec: ReasonEpisodeCeased.E4A),
            Ep("E", "01/01/2006", S, U4, "02/04/2006", rec: ReasonEpisodeCeased.E4A),
            Ep("F", "01/05/2006", S, U6, "03/05/2006", ls: LegalStatus.V3, rec: ReasonEpisodeCeased.E13),
        ])
        {
            MissingEpisodes =
            [
                new MissingEpisode(new ChildId("A"), Missing, D("10/05/2006"), D("11/05/2006")),
                new MissingEpisode(new ChildId("B"), AwayWithoutAuthorisation, D("10/05/2006"), D("10/05/2006")),
                new MissingEpisode(new ChildId("C"), Missing, D("31/03/2006"), D("02/04/2006")),
                new MissingEpisode(new ChildId("D"), Missing, D("01/04/2006")),
                new MissingEpisode(new ChildId("E"), Missing, D("01/04/2006"), D("01/04/2006")),
                new MissingEpisode(new ChildId("F"), Missing, D("10/05/2006")),
            ],
        };

        var result = ChildrensKpi.Indicators.MISSING.Compute(data, Year2007);

        Assert.Equal(2m, result.Numerator);
        Assert.Equal(4m, result.Denominator);
        Assert.Equal(50m, result.Value);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true, "looked after in the period; 1 time missing (M) starting in the period"), Explain(result, "A"));
        Assert.Equal(new ChildExplanation(new ChildId("B"), true, false, "looked after in the period; away without authorisation (A) 1 time, never missing (M)"), Explain(result, "B"));
        Assert.Equal(new ChildExplanation(new ChildId("C"), true, false, "looked after in the period; no Missing row (M) starting in the period"), Explain(result, "C"));
        Assert.Equal(new ChildExplanation(new ChildId("D"), false, false, "not looked after at any time in the period; its Missing rows are not counted"), Explain(result, "D"));
        Assert.True(Explain(result, "E").InNumerator);
        Assert.Equal(new ChildExplanation(new ChildId("F"), false, false, "only short breaks (LS V3/V4), which are not time looked after; its Missing rows are not counted"), Explain(result, "F"));
    }
}
