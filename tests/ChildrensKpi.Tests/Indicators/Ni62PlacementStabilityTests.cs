using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators;

/// <summary>
/// NI 62, hand-worked for the year 01/04/2006..31/03/2007. Denominator: looked after at 31/03/2007 (an episode with
/// DECOM &lt;= 31/03/2007 and DEC empty or after it; V3/V4 ignored). Numerator: 3+ placements open at any time in
/// the year (began on or before 31/03/2007 and did not end on or before 01/04/2006); a placement starts at RNE S, P
/// or B; L, T, U continue it; T0–T4 are not counted.
/// </summary>
public class Ni62PlacementStabilityTests
{
    private const string BeginsBeforeDataFlag =
        "; history begins part way through a period of care (first episode's RNE is not S): earlier episodes are not in the data";

    private static IndicatorResult Ni62(params Episode[] episodes) =>
        ChildrensKpi.Indicators.NI62.Compute(new LookedAfterData(episodes), Year2007);

    [Fact]
    public void Compute_EpisodeEndingOn31March_ExcludedAsNotLookedAfterAt31March()
    {
        // A: DEC 31/03/2007. Looked after on 31/03 needs DEC > 31/03, and 31/03 is not > 31/03 -> excluded.
        // B: DEC 01/04/2007 > 31/03/2007 -> looked after at 31 March; one placement (U4) -> denominator only.
        var result = Ni62(
            Ep("A", "01/05/2006", S, U4, "31/03/2007", rec: ReasonEpisodeCeased.E4A),
            Ep("B", "01/05/2006", S, U4, "01/04/2007", rec: ReasonEpisodeCeased.E4A));

        Assert.Equal(0m, result.Numerator);
        Assert.Equal(1m, result.Denominator);
        Assert.Equal(new ChildExplanation(new ChildId("A"), false, false, "not looked after on 2007-03-31"), Explain(result, "A"));
        Assert.Equal(new ChildExplanation(new ChildId("B"), true, false, "1 placement open in the period"), Explain(result, "B"));
    }

    [Fact]
    public void Compute_OnlyShortBreaks_ExcludedWithShortBreakReason()
    {
        // A has only short breaks: a V3 break in February and a V4 one open on 31/03/2007. V3/V4 are not time looked
        // after, so A is not looked after at 31 March despite the open episode -> excluded; denominator 0.
        var result = Ni62(
            Ep("A", "01/02/2007", S, U6, "04/02/2007", ls: LegalStatus.V3, rec: ReasonEpisodeCeased.E13),
            Ep("A", "20/03/2007", S, U6, ls: LegalStatus.V4));

        Assert.Equal(0m, result.Numerator);
        Assert.Equal(0m, result.Denominator);
        Assert.Null(result.Value);
        var a = Explain(result, "A");
        Assert.False(a.InDenominator);
        Assert.False(a.InNumerator);
        Assert.Equal("only short breaks (LS V3/V4), which are not time looked after", a.Reason);
    }

    [Fact]
    public void Compute_ShortBreaksDuringFosterPlacement_AddNoPlacement()
    {
        // A: K2 from 01/01/2006 to 01/06/2006 (open on 01/04/2006: ended 01/06 > 01/04) = placement 1;
        //    U4 from 01/06/2006, open = placement 2.
        //    Two V3 short breaks (10-12/08/2006 and 20-22/10/2006) are ignored: neither placements nor care.
        // 2 placements (4 if the breaks were wrongly counted) -> denominator only.
        var result = Ni62(
            Ep("A", "01/01/2006", S, K2, "01/06/2006"),
            Ep("A", "01/06/2006", P, U4),
            Ep("A", "10/08/2006", S, U6, "12/08/2006", ls: LegalStatus.V3, rec: ReasonEpisodeCeased.E13),
            Ep("A", "20/10/2006", S, K2, "22/10/2006", ls: LegalStatus.V3, rec: ReasonEpisodeCeased.E13));

        Assert.Equal(0m, result.Numerator);
        Assert.Equal(1m, result.Denominator);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, false, "2 placements open in the period"), Explain(result, "A"));
    }

    [Fact]
    public void Compute_FosterCarerContinuingAsAdopterByRneU_IsOnePlacement()
    {
        // A: F3 from 01/05/2005 to 01/09/2006, then A1 from 01/09/2006 with RNE U (same carer) -> one placement.
        var result = Ni62(
            Ep("A", "01/05/2005", S, F3, "01/09/2006"),
            Ep("A", "01/09/2006", U, A1));

        Assert.Equal(new ChildExplanation(new ChildId("A"), true, false, "1 placement open in the period"), Explain(result, "A"));
    }

    [Fact]
    public void Compute_SameCarerMovesTAndU_NotCountedAsNewPlacements()
    {
        // U-child: K2 01/02/2006-01/05/2006 (open on 01/04/2006) = 1; F3 by P 01/05/2006 = 2; A1 by U 01/09/2006
        //          continues F3 (same carer) -> 2 placements. Counting U would make 3 and put the child in the numerator.
        // T-child: K2 01/02/2006-01/05/2006 = 1; U4 by P 01/05/2006 = 2; A3 by T 01/10/2006 (legal status C2 -> E1,
        //          same carer) continues U4 -> 2 placements.
        var result = Ni62(
            Ep("U", "01/02/2006", S, K2, "01/05/2006"),
            Ep("U", "01/05/2006", P, F3, "01/09/2006"),
            Ep("U", "01/09/2006", ReasonForNewEpisode.U, A1),
            Ep("T", "01/02/2006", S, K2, "01/05/2006"),
            Ep("T", "01/05/2006", P, U4, "01/10/2006"),
            Ep("T", "01/10/2006", ReasonForNewEpisode.T, A3, ls: LegalStatus.E1));

        Assert.Equal(0m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        Assert.Equal(new ChildExplanation(new ChildId("U"), true, false, "2 placements open in the period"), Explain(result, "U"));
        Assert.Equal(new ChildExplanation(new ChildId("T"), true, false, "2 placements open in the period"), Explain(result, "T"));
    }

    [Fact]
    public void Compute_LegalStatusChangeByRneL_NotCountedAsNewPlacement()
    {
        // A: K2 (V2) 01/02/2006-01/06/2006 = 1; U4 (C1) by P 01/06/2006 = 2; U4 (C2) by L 01/09/2006 continues -> 2.
        var result = Ni62(
            Ep("A", "01/02/2006", S, K2, "01/06/2006", ls: LegalStatus.V2),
            Ep("A", "01/06/2006", P, U4, "01/09/2006", ls: LegalStatus.C1),
            Ep("A", "01/09/2006", L, U4, ls: LegalStatus.C2));

        Assert.Equal(0m, result.Numerator);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, false, "2 placements open in the period"), Explain(result, "A"));
    }

    [Fact]
    public void Compute_ThreePlacementsOneBegunBeforeTheYear_InNumerator()
    {
        // A: U4 01/10/2005-01/07/2006: began before 01/04/2006 but ended 01/07/2006, after 01/04/2006 -> open in the year (1);
        //    K2 01/07/2006-01/11/2006 (2); U6 from 01/11/2006, open (3). Looked after at 31 March. 3 -> numerator.
        var result = Ni62(
            Ep("A", "01/10/2005", S, U4, "01/07/2006"),
            Ep("A", "01/07/2006", P, K2, "01/11/2006"),
            Ep("A", "01/11/2006", P, U6));

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(1m, result.Denominator);
        Assert.Equal(100m, result.Value);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true, "3 placements open in the period"), Explain(result, "A"));
    }

    [Fact]
    public void Compute_PlacementEndedOn1April2006_NotOpenInTheYear()
    {
        // A: U4 01/10/2005-01/04/2006 ended ON the first day of the year ("ended on or before periodStart") -> not counted;
        //    K2 01/04/2006-01/11/2006 (1); U6 from 01/11/2006 (2). 2 placements, not 3 -> denominator only.
        var result = Ni62(
            Ep("A", "01/10/2005", S, U4, "01/04/2006"),
            Ep("A", "01/04/2006", P, K2, "01/11/2006"),
            Ep("A", "01/11/2006", P, U6));

        Assert.Equal(0m, result.Numerator);
        Assert.Equal(1m, result.Denominator);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, false, "2 placements open in the period"), Explain(result, "A"));
    }

    [Fact]
    public void Compute_PlacementEndedOn2April2006_OpenInTheYear()
    {
        // The day after the previous case: U4 ended 02/04/2006, so the child was in it on 01/04/2006 -> counted.
        // U4 (1), K2 02/04/2006-01/11/2006 (2), U6 (3) -> numerator.
        var result = Ni62(
            Ep("A", "01/10/2005", S, U4, "02/04/2006"),
            Ep("A", "02/04/2006", P, K2, "01/11/2006"),
            Ep("A", "01/11/2006", P, U6));

        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true, "3 placements open in the period"), Explain(result, "A"));
    }

    [Fact]
    public void Compute_PlacementBeganOn31March2007_Counted()
    {
        // A: U4 from 01/10/2005 to 01/11/2006 (1), K2 to 31/03/2007 (2), U6 began 31/03/2007 = periodEnd, "on or before
        // periodEnd" -> counted (3); the child is in U6 on 31/03/2007 so looked after -> numerator.
        var result = Ni62(
            Ep("A", "01/10/2005", S, U4, "01/11/2006"),
            Ep("A", "01/11/2006", P, K2, "31/03/2007"),
            Ep("A", "31/03/2007", P, U6));

        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true, "3 placements open in the period"), Explain(result, "A"));
    }

    [Fact]
    public void Compute_TemporaryPlacement_NotCounted()
    {
        // A: U4 01/02/2006-01/06/2006 (1); T1 01/06/2006-15/06/2006 is a temporary placement the child does not
        //    return from (K2 is not the PLACE before it) -> not counted;
        //    K2 from 15/06/2006 (2). 2 counted placements -> denominator only.
        var result = Ni62(
            Ep("A", "01/02/2006", S, U4, "01/06/2006"),
            Ep("A", "01/06/2006", P, T1, "15/06/2006"),
            Ep("A", "15/06/2006", P, K2));

        Assert.Equal(0m, result.Numerator);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, false, "2 placements open in the period"), Explain(result, "A"));
    }

    [Fact]
    public void Compute_ChildReturningAfterAGap_PlacementsInBothPeriodsOfCareCounted()
    {
        // A, period 1: U4 01/05/2006-01/07/2006 (1), K2 01/07/2006-01/09/2006 (2), went home (E4A).
        //    period 2: S U6 from 01/12/2006 (3), open at 31 March. 3 placements in the year across both periods -> numerator.
        // B, period 1 ended before the year: U4 01/01/2005-01/05/2005, K2 01/05/2005-01/02/2006 (ended before 01/04/2006,
        //    not counted); period 2: S U6 from 01/12/2006 (1). -> denominator only.
        var result = Ni62(
            Ep("A", "01/05/2006", S, U4, "01/07/2006"),
            Ep("A", "01/07/2006", P, K2, "01/09/2006", rec: ReasonEpisodeCeased.E4A),
            Ep("A", "01/12/2006", S, U6),
            Ep("B", "01/01/2005", S, U4, "01/05/2005"),
            Ep("B", "01/05/2005", P, K2, "01/02/2006", rec: ReasonEpisodeCeased.E4A),
            Ep("B", "01/12/2006", S, U6));

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true, "3 placements open in the period"), Explain(result, "A"));
        Assert.Equal(new ChildExplanation(new ChildId("B"), true, false, "1 placement open in the period"), Explain(result, "B"));
    }

    [Fact]
    public void Compute_HistoryBeginsPartWayThroughPeriodOfCare_FlaggedInReasonAndNotes()
    {
        // A's first episode has RNE L (a legal status change), so the period of care (and the U4 placement) began
        // before the data: U4 01/04/2006-01/08/2006 (1), K2 from 01/08/2006 (2) -> denominator only, flagged.
        // B starts with S: U4 from 01/01/2006 (1) -> denominator only, not flagged. One flagged child -> singular note.
        var result = Ni62(
            Ep("A", "01/04/2006", L, U4, "01/08/2006"),
            Ep("A", "01/08/2006", P, K2),
            Ep("B", "01/01/2006", S, U4));

        Assert.Equal(0m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        var a = Explain(result, "A");
        Assert.True(a.InDenominator);
        Assert.False(a.InNumerator);
        Assert.Equal("2 placements open in the period" + BeginsBeforeDataFlag, a.Reason);
        Assert.Contains("history begins part way through a period of care", a.Reason);
        Assert.Equal("1 placement open in the period", Explain(result, "B").Reason);
        var note = Assert.Single(result.Notes);
        Assert.StartsWith("1 child's decision rests on a history that begins part way through a period of care", note);
    }

    [Fact]
    public void Compute_Value_Is100TimesNumeratorOverDenominator()
    {
        // A: 3 placements in the year -> numerator. B, C: 1 placement each -> denominator only.
        // D: left care 01/01/2007 -> not looked after at 31 March, excluded (though it had 3 placements).
        // numerator 1, denominator 3, value 100 x 1 / 3 = 33.33... (unrounded).
        var result = Ni62(
            Ep("A", "01/05/2006", S, U4, "01/07/2006"),
            Ep("A", "01/07/2006", P, K2, "01/09/2006"),
            Ep("A", "01/09/2006", P, U6),
            Ep("B", "01/05/2006", S, U4),
            Ep("C", "01/01/2000", S, U4),
            Ep("D", "01/05/2006", S, U4, "01/07/2006"),
            Ep("D", "01/07/2006", P, K2, "01/09/2006"),
            Ep("D", "01/09/2006", P, U6, "01/01/2007", rec: ReasonEpisodeCeased.E4A));

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(3m, result.Denominator);
        Assert.Equal(100m / 3m, result.Value);
        Assert.Equal(33.33m, Math.Round(result.Value!.Value, 2));
        Assert.False(Explain(result, "D").InDenominator);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Compute_NoChildLookedAfterAt31March_ValueNullWithNote()
    {
        // A left care 01/03/2007 -> nobody looked after at 31 March: denominator 0, no value (not 0%, not NaN), a note.
        var result = Ni62(Ep("A", "01/05/2006", S, U4, "01/03/2007", rec: ReasonEpisodeCeased.E4A));

        Assert.Equal(0m, result.Numerator);
        Assert.Equal(0m, result.Denominator);
        Assert.Null(result.Value);
        Assert.Contains("No child was looked after on 2007-03-31, so there is no value.", result.Notes);
    }

    [Fact]
    public void Compute_NoEpisodesAtAll_ValueNullAndNoChildren()
    {
        var result = Ni62();

        Assert.Equal(0m, result.Denominator);
        Assert.Null(result.Value);
        Assert.Empty(result.Children);
        Assert.Contains("No child was looked after on 2007-03-31, so there is no value.", result.Notes);
    }

    [Fact]
    public void Compute_FosterHomeSince2004WithTwoCarerHolidays_IsOnePlacement()
    {
        // The worked example of indicators.md ("Temporary placements"): A in the same foster home (U4) since 01/03/2004;
        // the carer's holidays T3 01/08/2006-15/08/2006 and 01/01/2007-08/01/2007, each followed by the return to U4 by
        // RNE P. A return from a temporary placement to the PLACE before it continues the placement whatever its RNE, and
        // the T3 weeks are not placements: 1 placement (reading RNE P as a move gave 3) -> denominator only.
        // B: U4, then T3 from 01/08/2006 and not back: K2 from 15/08/2006 by RNE L (a move, whatever the RNE, since it is
        //    not the PLACE before the break). U4 (ended 01/08/2006) + K2 = 2; the T3 is not counted -> denominator only.
        var result = Ni62(
            Ep("A", "01/03/2004", S, U4, "01/08/2006"),
            Ep("A", "01/08/2006", P, T3, "15/08/2006"),
            Ep("A", "15/08/2006", P, U4, "01/01/2007"),
            Ep("A", "01/01/2007", P, T3, "08/01/2007"),
            Ep("A", "08/01/2007", P, U4),
            Ep("B", "01/03/2004", S, U4, "01/08/2006"),
            Ep("B", "01/08/2006", P, T3, "15/08/2006"),
            Ep("B", "15/08/2006", L, K2));

        Assert.Equal(0m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, false, "1 placement open in the period"), Explain(result, "A"));
        Assert.Equal(new ChildExplanation(new ChildId("B"), true, false, "2 placements open in the period"), Explain(result, "B"));
    }

    [Fact]
    public void Compute_PlacementLeftForATemporaryOneBeforeTheYear_EndedWhenTheTemporaryOneBegan()
    {
        // A: U4 01/01/2006-25/03/2006, then T1 (hospital) 25/03/2006-05/04/2006, then R1 from 05/04/2006 (not back to U4).
        //    The U4 placement ended when the hospital stay began, 25/03/2006, before 01/04/2006: not open in the year.
        //    R1 from 05/04/2006 (then K2 by P 01/06/2006 and U6 by P 01/09/2006): 3 placements in the year -> numerator.
        // B: the same, but back to U4 from hospital (RNE P) on 05/04/2006: one U4 placement open across 01/04/2006, then K2
        //    and U6: 3 -> numerator. C: like B without the U6 move: U4 and K2 = 2 -> denominator only.
        var result = Ni62(
            Ep("A", "01/01/2006", S, U4, "25/03/2006"),
            Ep("A", "25/03/2006", P, T1, "05/04/2006"),
            Ep("A", "05/04/2006", P, R1, "01/06/2006"),
            Ep("A", "01/06/2006", P, K2, "01/09/2006"),
            Ep("A", "01/09/2006", P, U6),
            Ep("B", "01/01/2006", S, U4, "25/03/2006"),
            Ep("B", "25/03/2006", P, T1, "05/04/2006"),
            Ep("B", "05/04/2006", P, U4, "01/06/2006"),
            Ep("B", "01/06/2006", P, K2, "01/09/2006"),
            Ep("B", "01/09/2006", P, U6),
            Ep("C", "01/01/2006", S, U4, "25/03/2006"),
            Ep("C", "25/03/2006", P, T1, "05/04/2006"),
            Ep("C", "05/04/2006", P, U4, "01/06/2006"),
            Ep("C", "01/06/2006", P, K2));

        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true, "3 placements open in the period"), Explain(result, "A"));
        Assert.Equal(new ChildExplanation(new ChildId("B"), true, true, "3 placements open in the period"), Explain(result, "B"));
        Assert.Equal(new ChildExplanation(new ChildId("C"), true, false, "2 placements open in the period"), Explain(result, "C"));
    }

    [Fact]
    public void Compute_ShortBreaksBecomingCare_NotFlaggedAsBeginningBeforeTheData()
    {
        // A: short breaks (V3) from 01/05/2006 to 01/07/2006, then looked after (C2, U4, RNE L) from 01/07/2006, the day the
        //    breaks ended: care began in the data with the breaks, so no "history begins part way" flag. 1 placement.
        // B: the first episode is RNE L with nothing before it in the data -> flagged.
        var result = Ni62(
            Ep("A", "01/05/2006", S, U4, "01/07/2006", ls: LegalStatus.V3),
            Ep("A", "01/07/2006", L, U4),
            Ep("B", "01/07/2006", L, U4));

        Assert.Equal(new ChildExplanation(new ChildId("A"), true, false, "1 placement open in the period"), Explain(result, "A"));
        Assert.Equal(new ChildExplanation(new ChildId("B"), true, false, "1 placement open in the period" + BeginsBeforeDataFlag), Explain(result, "B"));
    }
}
