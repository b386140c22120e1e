using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators;

/// <summary>
/// NI 147 and NI 148, hand-worked for the year 01/04/2006..31/03/2007. Cohort (both denominators): 19th birthday in
/// the year, i.e. born 01/04/1987..31/03/1988, and looked after (not V3/V4) on the first 1 April on or after the 16th
/// birthday (or asserted by an OC3 row); IN_TOUCH DIED excluded. NI148 numerator: in touch and ACTIV F1–F5/P1–P5.
/// NI147 numerator: in touch and ACCOM ending in 1.
/// Most children here are born 15/06/1987: 19th birthday 15/06/2006 (in the year); 16th birthday 15/06/2003, so the
/// 1 April when aged 16 is 01/04/2004 (on 01/04/2003 they were still 15).
/// </summary>
public class Ni147Ni148CareLeaverTests
{
    private const string AtSixteen = "looked after on 2004-04-01 aged 16";

    /// <summary>In care from 01/01/2003 to 15/06/2005 (E5): looked after on 01/04/2004.</summary>
    private static Episode[] InCareAt16(string child) =>
        [Ep(child, "01/01/2003", S, PlacementType.U4, "15/06/2005", rec: ReasonEpisodeCeased.E5)];

    private static CareLeaverOutcome Oc3(string child, string dob, InTouch inTouch, CareLeaverActivity activity, string? accommodation) =>
        new(new ChildId(child), D(dob), inTouch, activity, accommodation);

    private static IndicatorResult Compute(Indicator indicator, ReportingPeriod period, IEnumerable<Episode> episodes,
        IEnumerable<Child>? children = null, IEnumerable<CareLeaverOutcome>? leavers = null) =>
        indicator.Compute(new LookedAfterData(episodes, children, leavers), period);

    [Fact]
    public void Ni148_NineteenthBirthdayInYearAndLookedAfterAt16_InDenominator()
    {
        // A: born 15/06/1987, in care on 01/04/2004, OC3 YES/F2 (other education, full time) -> NI148 numerator.
        var result = Compute(ChildrensKpi.Indicators.NI148, Year2007, InCareAt16("A"),
            leavers: [Oc3("A", "15/06/1987", InTouch.Yes, CareLeaverActivity.F2, "U1")]);

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(1m, result.Denominator);
        Assert.Equal(100m, result.Value);
        Assert.Equal(
            new ChildExplanation(new ChildId("A"), true, true, AtSixteen + "; OC3 ACTIV F2 (education, employment or training)"),
            Explain(result, "A"));
    }

    [Fact]
    public void Ni148_ActivityAndContact_DecideTheNumerator()
    {
        // All born 15/06/1987 and in care on 01/04/2004 -> all five in the denominator.
        // F2 + YES -> numerator; G5 + YES -> not EET, denominator only; F1 + NO -> not in touch, denominator only;
        // 0 + YES -> no information, denominator only; N (Header only, no OC3) -> denominator only.
        // numerator 1, denominator 5 -> 20%.
        Episode[] episodes = [.. InCareAt16("F2"), .. InCareAt16("G5"), .. InCareAt16("NO"), .. InCareAt16("ZERO"), .. InCareAt16("N")];
        var result = Compute(ChildrensKpi.Indicators.NI148, Year2007, episodes,
            children: [Born("N", "15/06/1987")],
            leavers:
            [
                Oc3("F2", "15/06/1987", InTouch.Yes, CareLeaverActivity.F2, "U1"),
                Oc3("G5", "15/06/1987", InTouch.Yes, CareLeaverActivity.G5, "U1"),
                Oc3("NO", "15/06/1987", InTouch.No, CareLeaverActivity.F1, "U1"),
                Oc3("ZERO", "15/06/1987", InTouch.Yes, CareLeaverActivity.NoInformation, "U1"),
            ]);

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(5m, result.Denominator);
        Assert.Equal(20m, result.Value);
        Assert.Equal(new ChildExplanation(new ChildId("F2"), true, true, AtSixteen + "; OC3 ACTIV F2 (education, employment or training)"), Explain(result, "F2"));
        Assert.Equal(new ChildExplanation(new ChildId("G5"), true, false, AtSixteen + "; OC3 ACTIV G5 (not in education, employment or training)"), Explain(result, "G5"));
        Assert.Equal(new ChildExplanation(new ChildId("NO"), true, false, AtSixteen + "; OC3 IN_TOUCH NO (not in touch)"), Explain(result, "NO"));
        Assert.Equal(new ChildExplanation(new ChildId("ZERO"), true, false, AtSixteen + "; OC3 ACTIV 0 (no information)"), Explain(result, "ZERO"));
        Assert.Equal(new ChildExplanation(new ChildId("N"), true, false, AtSixteen + "; no OC3 row (counts in the denominator only)"), Explain(result, "N"));
    }

    [Fact]
    public void Ni148_Died_Excluded()
    {
        // A: in the cohort by birthday and care at 16, but OC3 IN_TOUCH DIED -> excluded; nobody left -> no value.
        var result = Compute(ChildrensKpi.Indicators.NI148, Year2007, InCareAt16("A"),
            leavers: [Oc3("A", "15/06/1987", InTouch.Died, CareLeaverActivity.NoInformation, null)]);

        Assert.Equal(0m, result.Denominator);
        Assert.Null(result.Value);
        Assert.Equal(new ChildExplanation(new ChildId("A"), false, false, "died (OC3 IN_TOUCH DIED)"), Explain(result, "A"));
        Assert.Contains("No young person looked after at 16 had their 19th birthday in the period, so there is no value.", result.Notes);
    }

    [Fact]
    public void Ni148_NineteenthBirthdayOutsideTheYear_Excluded()
    {
        // A born 31/03/1987: 19th birthday 31/03/2006, the day before the year -> excluded.
        // B born 15/06/1988: 19th birthday 15/06/2007, after the year -> excluded.
        // Both were in care at 16 (A on 01/04/2003, B on 01/04/2005) and have OC3 rows with F2, but that does not matter.
        var result = Compute(ChildrensKpi.Indicators.NI148, Year2007,
            [Ep("A", "01/01/2003", S, PlacementType.U4, "31/03/2005", rec: ReasonEpisodeCeased.E5),
             Ep("B", "01/01/2005", S, PlacementType.U4)],
            leavers:
            [
                Oc3("A", "31/03/1987", InTouch.Yes, CareLeaverActivity.F2, "U1"),
                Oc3("B", "15/06/1988", InTouch.Yes, CareLeaverActivity.F2, "U1"),
            ]);

        Assert.Equal(0m, result.Denominator);
        Assert.Equal(new ChildExplanation(new ChildId("A"), false, false, "19th birthday 2006-03-31 is not in the period"), Explain(result, "A"));
        Assert.Equal(new ChildExplanation(new ChildId("B"), false, false, "19th birthday 2007-06-15 is not in the period"), Explain(result, "B"));
    }

    [Fact]
    public void Ni148_BirthdaysOnTheBoundsOfTheYear_InDenominator()
    {
        // A born 01/04/1987: 19th birthday 01/04/2006 = first day of the year -> in. 16th birthday 01/04/2003 is itself a
        //   1 April, so the 1 April aged 16 is 01/04/2003. In care 01/01/2003-01/06/2003: on 01/04/2003 yes.
        // B born 31/03/1988: 19th birthday 31/03/2007 = last day -> in. 16th birthday 31/03/2004, next 1 April is
        //   01/04/2004 (aged 16 then). In care 01/01/2004-01/06/2004: on 01/04/2004 yes.
        // No OC3 rows (Header rows give the dates of birth) -> both denominator only.
        var result = Compute(ChildrensKpi.Indicators.NI148, Year2007,
            [Ep("A", "01/01/2003", S, PlacementType.U4, "01/06/2003", rec: ReasonEpisodeCeased.E4A),
             Ep("B", "01/01/2004", S, PlacementType.U4, "01/06/2004", rec: ReasonEpisodeCeased.E4A)],
            children: [Born("A", "01/04/1987"), Born("B", "31/03/1988")]);

        Assert.Equal(0m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        Assert.Equal("looked after on 2003-04-01 aged 16; no OC3 row (counts in the denominator only)", Explain(result, "A").Reason);
        Assert.Equal("looked after on 2004-04-01 aged 16; no OC3 row (counts in the denominator only)", Explain(result, "B").Reason);
    }

    [Fact]
    public void Ni148_Born1April1988_NineteenthBirthdayIsNotInTheYear()
    {
        // Born 01/04/1988: 19th birthday 01/04/2007, the day after 31/03/2007 -> not in the 2006-07 year: excluded,
        // although the child was looked after on 01/04/2004 (its 16th birthday, itself a 1 April).
        var result = Compute(ChildrensKpi.Indicators.NI148, Year2007,
            [Ep("A", "01/01/2004", S, PlacementType.U4, "01/06/2004", rec: ReasonEpisodeCeased.E4A)],
            children: [Born("A", "01/04/1988")]);

        Assert.Equal(0m, result.Denominator);
        Assert.Equal(new ChildExplanation(new ChildId("A"), false, false, "19th birthday 2007-04-01 is not in the period"), Explain(result, "A"));
    }

    [Fact]
    public void Ni148_Born1April1988_InThe2007To08CohortByCareOn1April2004()
    {
        // Year 01/04/2007..31/03/2008: the 19th birthday 01/04/2007 is its first day -> in range.
        // 16th birthday 01/04/2004 is a 1 April, so that is the 1 April when aged 16 (on 01/04/2005 the child is 17).
        // A: in care 01/01/2004-02/04/2004 -> looked after on 01/04/2004 -> in the denominator (no OC3).
        // B: in care only 01/01/2005-02/04/2005 (covers 01/04/2005, the wrong 1 April) and no OC3 -> excluded.
        var year2008 = ReportingPeriod.YearEnding(new LocalDate(2008, 3, 31));
        var result = Compute(ChildrensKpi.Indicators.NI148, year2008,
            [Ep("A", "01/01/2004", S, PlacementType.U4, "02/04/2004", rec: ReasonEpisodeCeased.E4A),
             Ep("B", "01/01/2005", S, PlacementType.U4, "02/04/2005", rec: ReasonEpisodeCeased.E4A)],
            children: [Born("A", "01/04/1988"), Born("B", "01/04/1988")]);

        Assert.Equal(1m, result.Denominator);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, false, "looked after on 2004-04-01 aged 16; no OC3 row (counts in the denominator only)"), Explain(result, "A"));
        Assert.Equal(
            new ChildExplanation(new ChildId("B"), false, false, "not looked after on 2004-04-01, the 1 April when aged 16, and no OC3 row"),
            Explain(result, "B"));
    }

    [Fact]
    public void Ni148_Oc3RowButEpisodesDoNotShowCareAt16_StillInCohort()
    {
        // A: born 15/06/1987, the episodes read begin 01/06/2004, after 01/04/2004; but A has an OC3 row (YES, F4), which
        //    asserts the cohort -> in the denominator, and F4 is EET -> numerator; the reason names the evidence.
        // B: same episodes, no OC3 row (Header gives the birth date) -> excluded: not looked after on 01/04/2004.
        var result = Compute(ChildrensKpi.Indicators.NI148, Year2007,
            [Ep("A", "01/06/2004", S, PlacementType.U4, "15/06/2005", rec: ReasonEpisodeCeased.E5),
             Ep("B", "01/06/2004", S, PlacementType.U4, "15/06/2005", rec: ReasonEpisodeCeased.E5)],
            children: [Born("B", "15/06/1987")],
            leavers: [Oc3("A", "15/06/1987", InTouch.Yes, CareLeaverActivity.F4, "U1")]);

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(1m, result.Denominator);
        var a = Explain(result, "A");
        Assert.True(a.InDenominator);
        Assert.True(a.InNumerator);
        Assert.Equal("in the cohort by its OC3 row (the episodes read do not show care on 2004-04-01); OC3 ACTIV F4 (education, employment or training)", a.Reason);
        Assert.Contains("in the cohort by its OC3 row", a.Reason);
        Assert.Equal(
            new ChildExplanation(new ChildId("B"), false, false, "not looked after on 2004-04-01, the 1 April when aged 16, and no OC3 row"),
            Explain(result, "B"));
    }

    [Fact]
    public void Ni148_OnlyShortBreaksAt16AndNoOc3_Excluded()
    {
        // A: born 15/06/1987, only a V3 short break spanning 01/04/2004 (31/03/2004-03/04/2004): not looked after, no OC3
        //    row -> excluded.
        var result = Compute(ChildrensKpi.Indicators.NI148, Year2007,
            [Ep("A", "31/03/2004", S, PlacementType.U6, "03/04/2004", ls: LegalStatus.V3, rec: ReasonEpisodeCeased.E13)],
            children: [Born("A", "15/06/1987")]);

        Assert.Equal(0m, result.Denominator);
        Assert.Equal(
            new ChildExplanation(new ChildId("A"), false, false, "not looked after on 2004-04-01, the 1 April when aged 16, and no OC3 row"),
            Explain(result, "A"));
    }

    [Fact]
    public void Ni147_SuitableAccommodation_DecidesTheNumerator()
    {
        // All born 15/06/1987 and in care on 01/04/2004 -> all four in the denominator.
        // U1 + YES -> suitable -> numerator. U2 + YES -> unsuitable -> denominator only.
        // 0 + YES -> no information -> denominator only. U1 + NO -> not in touch -> denominator only (documented reading).
        // numerator 1, denominator 4 -> 25%.
        Episode[] episodes = [.. InCareAt16("U1"), .. InCareAt16("U2"), .. InCareAt16("ZERO"), .. InCareAt16("NO")];
        var result = Compute(ChildrensKpi.Indicators.NI147, Year2007, episodes,
            leavers:
            [
                Oc3("U1", "15/06/1987", InTouch.Yes, CareLeaverActivity.G5, "U1"),
                Oc3("U2", "15/06/1987", InTouch.Yes, CareLeaverActivity.F2, "U2"),
                Oc3("ZERO", "15/06/1987", InTouch.Yes, CareLeaverActivity.F2, "0"),
                Oc3("NO", "15/06/1987", InTouch.No, CareLeaverActivity.NoInformation, "U1"),
            ]);

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(4m, result.Denominator);
        Assert.Equal(25m, result.Value);
        Assert.Equal(new ChildExplanation(new ChildId("U1"), true, true, AtSixteen + "; OC3 ACCOM U1 (suitable)"), Explain(result, "U1"));
        Assert.Equal(new ChildExplanation(new ChildId("U2"), true, false, AtSixteen + "; OC3 ACCOM U2 (not suitable)"), Explain(result, "U2"));
        Assert.Equal(new ChildExplanation(new ChildId("ZERO"), true, false, AtSixteen + "; OC3 ACCOM 0 (no information)"), Explain(result, "ZERO"));
        Assert.Equal(new ChildExplanation(new ChildId("NO"), true, false, AtSixteen + "; OC3 IN_TOUCH NO (not in touch)"), Explain(result, "NO"));
    }

    [Fact]
    public void Ni147_SameCohortAsNi148()
    {
        // Died, 19th birthday outside the year, and no OC3 row: the same decisions on the denominator as NI148.
        // D died -> excluded; OUT born 15/06/1988 -> excluded; N no OC3 row -> denominator only. Denominator 1.
        Episode[] episodes = [.. InCareAt16("D"), .. InCareAt16("N"), Ep("OUT", "01/01/2005", S, PlacementType.U4)];
        var leavers = new[]
        {
            Oc3("D", "15/06/1987", InTouch.Died, CareLeaverActivity.NoInformation, null),
            Oc3("OUT", "15/06/1988", InTouch.Yes, CareLeaverActivity.F2, "U1"),
        };
        var ni147 = Compute(ChildrensKpi.Indicators.NI147, Year2007, episodes, [Born("N", "15/06/1987")], leavers);

        Assert.Equal(0m, ni147.Numerator);
        Assert.Equal(1m, ni147.Denominator);
        Assert.Equal("died (OC3 IN_TOUCH DIED)", Explain(ni147, "D").Reason);
        Assert.Equal("19th birthday 2007-06-15 is not in the period", Explain(ni147, "OUT").Reason);
        Assert.Equal(AtSixteen + "; no OC3 row (counts in the denominator only)", Explain(ni147, "N").Reason);
    }
}
