using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators;

/// <summary>
/// NI 63, hand-worked for the year ending 31/03/2007. Denominator: looked after at 31/03/2007, aged under 16 then,
/// current period of care began on or before 31/03/2007 minus 30 months = 30/09/2004 (March 31 minus 30 months is
/// September, which has 30 days). Numerator: current placement began on or before 31/03/2007 minus 2 years =
/// 31/03/2005, or placed for adoption with the placement immediately before it beginning on or before 31/03/2005.
/// </summary>
public class Ni63LongTermPlacementStabilityTests
{
    private static IndicatorResult Ni63(Child[] children, params Episode[] episodes) =>
        ChildrensKpi.Indicators.NI63.Compute(new LookedAfterData(episodes, children), Year2007);

    [Fact]
    public void Compute_PeriodOfCareBeganOn30September2004_InDenominator()
    {
        // A (born 01/01/1998, aged 9): care began 30/09/2004, exactly 30 months before 31/03/2007 -> continuously 2½ years.
        // Current placement U4 began 01/06/2005, after 31/03/2005 -> denominator only.
        var result = Ni63([Born("A", "01/01/1998")],
            Ep("A", "30/09/2004", S, K2, "01/06/2005"),
            Ep("A", "01/06/2005", P, U4));

        Assert.Equal(0m, result.Numerator);
        Assert.Equal(1m, result.Denominator);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, false, "current placement began 2005-06-01, after 2005-03-31"), Explain(result, "A"));
    }

    [Fact]
    public void Compute_PeriodOfCareBeganOn1October2004_Excluded()
    {
        // A: care began 01/10/2004, after 30/09/2004 (one day short of 2½ years) -> excluded. Its U4 placement began
        // 01/10/2004, before 31/03/2005, so only the 2½-year condition keeps A out of both counts.
        var result = Ni63([Born("A", "01/01/1998")],
            Ep("A", "01/10/2004", S, U4));

        Assert.Equal(0m, result.Denominator);
        Assert.Null(result.Value);
        Assert.Equal(
            new ChildExplanation(new ChildId("A"), false, false, "looked after continuously since 2004-10-01, after 2004-09-30 (less than 2½ years)"),
            Explain(result, "A"));
    }

    [Fact]
    public void Compute_ReturnedAfterAGap_ContinuousOnlySinceTheReturn()
    {
        // A: first period 01/01/2003-01/01/2005 (went home), back on 02/01/2005: 01/01/2005 is a day not looked after, so
        // a new period of care began 02/01/2005, after 30/09/2004 -> excluded despite 4 years in care overall.
        var result = Ni63([Born("A", "01/01/1998")],
            Ep("A", "01/01/2003", S, U4, "01/01/2005", rec: ReasonEpisodeCeased.E4A),
            Ep("A", "02/01/2005", S, U4));

        Assert.Equal(0m, result.Denominator);
        Assert.Equal("looked after continuously since 2005-01-02, after 2004-09-30 (less than 2½ years)", Explain(result, "A").Reason);
    }

    [Fact]
    public void Compute_CurrentPlacementBeganOn31March2005_InNumerator()
    {
        // A: care since 01/01/2004 (<= 30/09/2004); current U4 began 31/03/2005 = 31/03/2007 minus 2 years -> numerator.
        var result = Ni63([Born("A", "01/01/1998")],
            Ep("A", "01/01/2004", S, K2, "31/03/2005"),
            Ep("A", "31/03/2005", P, U4));

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(1m, result.Denominator);
        Assert.Equal(100m, result.Value);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true, "current placement began 2005-03-31, on or before 2005-03-31"), Explain(result, "A"));
    }

    [Fact]
    public void Compute_CurrentPlacementBeganOn1April2005_DenominatorOnly()
    {
        // A: as above but U4 began 01/04/2005, one day short of 2 years -> denominator only.
        var result = Ni63([Born("A", "01/01/1998")],
            Ep("A", "01/01/2004", S, K2, "01/04/2005"),
            Ep("A", "01/04/2005", P, U4));

        Assert.Equal(0m, result.Numerator);
        Assert.Equal(1m, result.Denominator);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, false, "current placement began 2005-04-01, after 2005-03-31"), Explain(result, "A"));
    }

    [Fact]
    public void Compute_Aged16At31March_Excluded()
    {
        // A born 01/03/1991: 16th birthday 01/03/2007, before 31/03/2007 -> aged 16 -> excluded.
        var result = Ni63([Born("A", "01/03/1991")],
            Ep("A", "01/01/2003", S, U4));

        Assert.Equal(0m, result.Denominator);
        Assert.Equal(new ChildExplanation(new ChildId("A"), false, false, "aged 16 on 2007-03-31 (16 or over)"), Explain(result, "A"));
    }

    [Fact]
    public void Compute_SixteenthBirthdayOn31March2007_ExcludedButBorn1April1991Included()
    {
        // A born 31/03/1991: 16th birthday is 31/03/2007 itself, so aged 16 (not under 16) at the end -> excluded.
        // B born 01/04/1991: 16th birthday 01/04/2007, the day after -> aged 15 -> included; same placement since
        //   01/01/2003 (<= 31/03/2005) -> numerator.
        var result = Ni63([Born("A", "31/03/1991"), Born("B", "01/04/1991")],
            Ep("A", "01/01/2003", S, U4),
            Ep("B", "01/01/2003", S, U4));

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(1m, result.Denominator);
        Assert.Equal(new ChildExplanation(new ChildId("A"), false, false, "aged 16 on 2007-03-31 (16 or over)"), Explain(result, "A"));
        Assert.Equal(new ChildExplanation(new ChildId("B"), true, true, "current placement began 2003-01-01, on or before 2005-03-31"), Explain(result, "B"));
    }

    [Fact]
    public void Compute_PlacedForAdoptionAfterALongPlacement_InNumerator()
    {
        // A: U4 from 01/01/2004 (C2, then E1 by L on 01/06/2006: same placement), then placed for adoption A3 by P on
        //    01/12/2006. A3 began after 31/03/2005, but it is an adoptive placement and the placement before it began
        //    01/01/2004 <= 31/03/2005 -> numerator.
        // B (legacy): K2 from 01/06/2004 (care began <= 30/09/2004), F3 by P 01/03/2005, A1 by P 01/02/2007; the
        //    placement before A1 (F3) began 01/03/2005 <= 31/03/2005 -> numerator.
        // C: K2 from 01/06/2004, U4 by P 01/04/2005, A4 by P 01/02/2007: the placement before began 01/04/2005, after
        //    31/03/2005 -> denominator only.
        var result = Ni63([Born("A", "01/01/2000"), Born("B", "01/01/2000"), Born("C", "01/01/2000")],
            Ep("A", "01/01/2004", S, U4, "01/06/2006", ls: LegalStatus.C2),
            Ep("A", "01/06/2006", L, U4, "01/12/2006", ls: LegalStatus.E1),
            Ep("A", "01/12/2006", P, A3, ls: LegalStatus.E1),
            Ep("B", "01/06/2004", S, K2, "01/03/2005"),
            Ep("B", "01/03/2005", P, F3, "01/02/2007"),
            Ep("B", "01/02/2007", P, A1),
            Ep("C", "01/06/2004", S, K2, "01/04/2005"),
            Ep("C", "01/04/2005", P, U4, "01/02/2007"),
            Ep("C", "01/02/2007", P, A4, ls: LegalStatus.E1));

        Assert.Equal(2m, result.Numerator);
        Assert.Equal(3m, result.Denominator);
        Assert.Equal(
            new ChildExplanation(new ChildId("A"), true, true, "placed for adoption (A3); the placement before it began 2004-01-01, on or before 2005-03-31"),
            Explain(result, "A"));
        Assert.Equal(
            new ChildExplanation(new ChildId("B"), true, true, "placed for adoption (A1); the placement before it began 2005-03-01, on or before 2005-03-31"),
            Explain(result, "B"));
        Assert.Equal(new ChildExplanation(new ChildId("C"), true, false, "current placement began 2007-02-01, after 2005-03-31"), Explain(result, "C"));
    }

    [Fact]
    public void Compute_FosterCarerBecomesAdopterByRneU_PlacementKeepsItsFosterStart()
    {
        // A: U4 from 01/01/2004, then A1 by U on 01/01/2007 (same carer): one placement that began 01/01/2004 -> numerator.
        var result = Ni63([Born("A", "01/01/2000")],
            Ep("A", "01/01/2004", S, U4, "01/01/2007"),
            Ep("A", "01/01/2007", U, A1));

        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true, "current placement began 2004-01-01, on or before 2005-03-31"), Explain(result, "A"));
    }

    [Fact]
    public void Compute_ChildWithoutHeaderRow_Excluded()
    {
        // A has no Header or OC3 row, so no date of birth and no age on 31/03/2007 -> excluded, though looked after since 2003.
        // B, same episodes with a Header row -> numerator.
        var result = Ni63([Born("B", "01/01/2000")],
            Ep("A", "01/01/2003", S, U4),
            Ep("B", "01/01/2003", S, U4));

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(1m, result.Denominator);
        Assert.Equal(
            new ChildExplanation(new ChildId("A"), false, false, "no date of birth (no Header or OC3 row), so age at the end of the period is unknown"),
            Explain(result, "A"));
    }

    [Fact]
    public void Compute_NotLookedAfterAt31March_Excluded()
    {
        // A left care on 31/03/2007 -> not looked after on 31 March -> excluded; no one in the denominator -> note.
        var result = Ni63([Born("A", "01/01/2000")],
            Ep("A", "01/01/2003", S, U4, "31/03/2007", rec: ReasonEpisodeCeased.E4A));

        Assert.Equal(new ChildExplanation(new ChildId("A"), false, false, "not looked after on 2007-03-31"), Explain(result, "A"));
        Assert.Null(result.Value);
        Assert.Contains("No child under 16 had been looked after continuously for 2½ years on 2007-03-31, so there is no value.", result.Notes);
    }
    [Fact]
    public void Compute_PeriodEnding31August2006_ThirtyMonthsBackIs29February2004()
    {
        // Period 01/09/2005..31/08/2006. 31/08/2006 minus 30 months is February 2004, which (2004 being a leap year)
        // has 29 days, so the day is clipped from 31 to 29: continuous since 29/02/2004 or earlier.
        // A: care began 29/02/2004 -> in the denominator; same placement since then, on or before 31/08/2004 -> numerator.
        // B: care began 01/03/2004 -> excluded.
        var period = ReportingPeriod.YearEnding(new LocalDate(2006, 8, 31));
        var result = ChildrensKpi.Indicators.NI63.Compute(
            new LookedAfterData([Ep("A", "29/02/2004", S, U4), Ep("B", "01/03/2004", S, U4)], [Born("A", "01/01/2000"), Born("B", "01/01/2000")]),
            period);

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(1m, result.Denominator);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true, "current placement began 2004-02-29, on or before 2004-08-31"), Explain(result, "A"));
        Assert.Equal(
            new ChildExplanation(new ChildId("B"), false, false, "looked after continuously since 2004-03-01, after 2004-02-29 (less than 2½ years)"),
            Explain(result, "B"));
    }

    [Fact]
    public void Compute_FosterHomeSince2004WithTwoCarerHolidays_PlacementBeganIn2004()
    {
        // The worked example of indicators.md: A (born 01/01/2000, 7) in the same foster home (U4) since 01/03/2004 (care
        // began then too, before 30/09/2004 -> denominator), with the carer's holidays T3 01/08/2006-15/08/2006 and
        // 19/02/2007-26/02/2007, back to U4 by RNE P each time. The returns continue the placement: it began 2004-03-01,
        // on or before 31/03/2005 -> numerator (reading RNE P as a move gave "began 2007-02-26" and failed).
        // B (born 01/01/2000): U4 since 01/03/2004, in hospital (T1) from 28/03/2007, still there on 31 March: a child in a
        //    temporary placement is in the placement before it, U4 from 2004-03-01 -> numerator.
        var result = Ni63([Born("A", "01/01/2000"), Born("B", "01/01/2000")],
            Ep("A", "01/03/2004", S, U4, "01/08/2006"),
            Ep("A", "01/08/2006", P, T3, "15/08/2006"),
            Ep("A", "15/08/2006", P, U4, "19/02/2007"),
            Ep("A", "19/02/2007", P, T3, "26/02/2007"),
            Ep("A", "26/02/2007", P, U4),
            Ep("B", "01/03/2004", S, U4, "28/03/2007"),
            Ep("B", "28/03/2007", P, T1));

        Assert.Equal(2m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true, "current placement began 2004-03-01, on or before 2005-03-31"), Explain(result, "A"));
        Assert.Equal(new ChildExplanation(new ChildId("B"), true, true, "current placement began 2004-03-01, on or before 2005-03-31"), Explain(result, "B"));
    }

    [Fact]
    public void Compute_PlacedForAdoptionAfterAHospitalStay_PlacementBeforeSkipsTheTemporaryOne()
    {
        // A (born 01/01/2003): care and U4 from 01/03/2004; hospital (T1) 01/06/2006-10/06/2006, then placed for adoption
        //    (A5, RNE P) 10/06/2006 with new carers: not the PLACE before the stay, so a new placement, begun after 31/03/2005.
        //    The placement immediately before the adoptive one skips the temporary one: U4 from 2004-03-01, on or before
        //    31/03/2005 -> numerator (reading the T1 as that placement gave 2006-06-01 and failed).
        var result = Ni63([Born("A", "01/01/2003")],
            Ep("A", "01/03/2004", S, U4, "01/06/2006"),
            Ep("A", "01/06/2006", P, T1, "10/06/2006"),
            Ep("A", "10/06/2006", P, A5));

        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true,
            "placed for adoption (A5); the placement before it began 2004-03-01, on or before 2005-03-31"), Explain(result, "A"));
    }
}
