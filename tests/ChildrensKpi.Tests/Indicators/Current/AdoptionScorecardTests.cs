using static ChildrensKpi.LegalStatus;
using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonEpisodeCeased;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.Current;

/// <summary>The adoption scorecard (ADOPT_A1, ADOPT_A10, ADOPT_A2, ADOPT_A3), hand-worked from indicators-current.md, "Adoption".</summary>
public class AdoptionScorecardTests
{
    private static readonly ReportingPeriod ThreeYears = new(D("01/04/2021"), D("31/03/2024"));

    private static AdoptionDecision Ad1(string child, string? match, bool? byFosterCarers) =>
        new(new ChildId(child), null, match is null ? null : D(match)) { ByFosterCarers = byFosterCarers };

    // The spec's example, 01/04/2021–31/03/2024.
    // S: entered 01/03/2021 (S, U4); L 10/12/2021 E1 U4; placed for adoption P 01/04/2022 A6; adopted 30/11/2022 (E11).
    //    Moved in 01/04/2022: 01/03/2021 → 01/03/2022 is 365 days, + 31 (March) = 396 = A1 = A10 (FOSTER_CARE 0, RNE P).
    //    A2: order 10/12/2021 → match 15/03/2022: 21 (to 31/12) + 31 + 28 + 15 = 95.
    // T: entered 20/06/2020 (S, U4); L 01/02/2021 E1 U4; T 15/09/2021 A5 (the foster carers become the adopters); adopted
    //    01/06/2022. A1: 20/06/2020 → 20/06/2021 365, → 15/09/2021 10 + 31 + 31 + 15 = 87: 452. A10: with those carers since
    //    the placement began (S 20/06/2020, joined by L and T): 0. A2: order 01/02/2021 → match 01/09/2021:
    //    27 + 31 + 30 + 31 + 30 + 31 + 31 + 1 = 212.
    // A1 (396 + 452) / 2 = 424.0; A10 (396 + 0) / 2 = 198.0; A2 (95 + 212) / 2 = 153.5.
    // A3 (14 months): S before 01/05/2022 (01/04/2022) yes; T adjusted 20/06/2020 before 20/08/2021 yes: 2/2; unadjusted T's
    // 15/09/2021 is after 20/08/2021: 1/2.
    internal static LookedAfterData Example { get; } = new(
    [
        Ep("S", "01/03/2021", S, U4, "10/12/2021", ls: C1),
        Ep("S", "10/12/2021", L, U4, "01/04/2022", ls: E1),
        Ep("S", "01/04/2022", P, A6, "30/11/2022", ls: E1, rec: E11),
        Ep("T", "20/06/2020", S, U4, "01/02/2021", ls: C1),
        Ep("T", "01/02/2021", L, U4, "15/09/2021", ls: E1),
        Ep("T", "15/09/2021", T, A5, "01/06/2022", ls: E1, rec: E11),
    ])
    {
        AdoptionDecisions = [Ad1("S", "15/03/2022", false), Ad1("T", "01/09/2021", true)],
    };

    [Fact]
    public void SpecExample_A1_Unadjusted()
    {
        var result = ChildrensKpi.Indicators.ADOPTA1.Compute(Example, ThreeYears);

        Assert.Equal("ADOPT_A1", result.Definition.Id);
        Assert.Equal(IndicatorGroup.Current, result.Definition.Group);
        Assert.Equal(396m + 452m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        Assert.Equal(424.0m, result.Value);
        Assert.Equal(new ChildExplanation(new ChildId("T"), true, true,
            "adopted 2022-06-01 (E11); entered care 2020-06-20, placed for adoption (A5) 2021-09-15: 452 days"), Explain(result, "T"));
        // The period ends in 2024: the 2016-on threshold, 426 days.
        Assert.Contains(result.Notes, n => n.StartsWith("Scorecard threshold for periods ending in 2024: 426 days", StringComparison.Ordinal));
    }

    [Fact]
    public void SpecExample_A10_AdjustedForFosterCarers()
    {
        var result = ChildrensKpi.Indicators.ADOPTA10.Compute(Example, ThreeYears);

        Assert.Equal(396m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        Assert.Equal(198.0m, result.Value);
        Assert.Equal(new ChildExplanation(new ChildId("T"), true, true,
            "adopted 2022-06-01 (E11); entered care 2020-06-20, placed for adoption (A5) 2021-09-15, a foster carer adoption (AD1 FOSTER_CARE 1): with those carers from 2020-06-20: 0 days"),
            Explain(result, "T"));
    }

    [Fact]
    public void SpecExample_A2_OrderToMatch()
    {
        var result = ChildrensKpi.Indicators.ADOPTA2.Compute(Example, ThreeYears);

        Assert.Equal(95m + 212m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        Assert.Equal(153.5m, result.Value);
        Assert.Contains(result.Notes, n => n.StartsWith("Scorecard threshold for periods ending in 2024: 121 days", StringComparison.Ordinal));
    }

    [Fact]
    public void SpecExample_A3_AdjustedByDefault_UnadjustedOnRequest()
    {
        var adjusted = ChildrensKpi.Indicators.ADOPTA3.Compute(Example, ThreeYears);
        var unadjusted = ChildrensKpi.Indicators.ADOPTA3.Compute(new IndicatorInputs { LookedAfter = Example }, ThreeYears,
            ComputeOptions.Default with { A3Adjusted = false });

        Assert.Equal((2m, 2m, 100m), (adjusted.Numerator, adjusted.Denominator, adjusted.Value));
        Assert.Equal((1m, 2m, 50m), (unadjusted.Numerator, unadjusted.Denominator, unadjusted.Value));
        Assert.False(Explain(unadjusted, "T").InNumerator);
    }

    [Fact]
    public void A3Months_Shorter_CountsFewer()
    {
        // 12 months: S entered 01/03/2021, limit 01/03/2022, moved in 01/04/2022: not within; T adjusted (0 days) within: 1/2.
        var result = ChildrensKpi.Indicators.ADOPTA3.Compute(new IndicatorInputs { LookedAfter = Example }, ThreeYears,
            ComputeOptions.Default with { A3Months = 12 });

        Assert.Equal((1m, 2m), (result.Numerator, result.Denominator));
        Assert.False(Explain(result, "S").InNumerator);
    }

    // Exclusions, 01/04/2021–31/03/2024:
    // U: ceased E12 from a foster placement, never placed for adoption   -> excluded everywhere (not placed before the order).
    // V: the data begins with RNE P (the start of the period of care is not loaded) -> excluded everywhere, never assumed.
    // W: S 01/06/2021, placed (P, A4) 01/12/2021: 30 + 31 + 31 + 30 + 31 + 30 = 183 days; no AD1 row -> excluded from A2.
    // X: S 01/07/2021, E1 01/10/2021, placed 01/01/2022: 31 + 31 + 30 + 31 + 30 + 31 = 184; AD1 without DATE_MATCH -> not in A2.
    // Y: S 01/02/2022, E1 01/03/2022, placed 01/05/2022: 28 + 31 + 30 = 89; matched 15/02/2022, before the order -> A2 0 days.
    // Z: S 01/03/2022 straight into A4 (0 days), adopted with no E1 or D1 episode -> excluded from A2 (no order).
    // A1: 183 + 184 + 89 + 0 = 456 over 4 = 114.0. A2: 0 over 1 (Y alone).
    private static readonly LookedAfterData Exclusions = new(
    [
        Ep("U", "01/05/2021", S, U4, "01/05/2022", ls: C1, rec: E12),
        Ep("V", "01/01/2022", P, A3, "01/06/2022", ls: E1, rec: E11),
        Ep("W", "01/06/2021", S, U4, "01/12/2021", ls: C1),
        Ep("W", "01/12/2021", P, A4, "01/06/2022", ls: E1, rec: E11),
        Ep("X", "01/07/2021", S, U4, "01/10/2021", ls: C1),
        Ep("X", "01/10/2021", L, U4, "01/01/2022", ls: E1),
        Ep("X", "01/01/2022", P, A4, "01/07/2022", ls: E1, rec: E11),
        Ep("Y", "01/02/2022", S, U4, "01/03/2022", ls: C1),
        Ep("Y", "01/03/2022", L, U4, "01/05/2022", ls: E1),
        Ep("Y", "01/05/2022", P, A4, "01/09/2022", ls: E1, rec: E11),
        Ep("Z", "01/03/2022", S, A4, "01/09/2022", ls: C2, rec: E11),
    ])
    {
        AdoptionDecisions = [Ad1("X", null, false), Ad1("Y", "15/02/2022", false), Ad1("Z", "01/03/2022", false)],
    };

    [Fact]
    public void Exclusions_A1_EachWithItsReason()
    {
        var result = ChildrensKpi.Indicators.ADOPTA1.Compute(Exclusions, ThreeYears);

        Assert.Equal(456m, result.Numerator);
        Assert.Equal(4m, result.Denominator);
        Assert.Equal(114.0m, result.Value);
        Assert.Equal(new ChildExplanation(new ChildId("U"), false, false,
            "adopted 2022-05-01 (E12); not placed for adoption before the order (the period of care does not end in an A3–A6 or A1–A2 placement)"),
            Explain(result, "U"));
        Assert.Equal(new ChildExplanation(new ChildId("V"), false, false,
            "adopted 2022-06-01 (E11); the start of the period of care is not in the data (its earliest episode, 2022-01-01, has RNE P, not S), and entering care is never assumed"),
            Explain(result, "V"));
        Assert.Equal(new ChildExplanation(new ChildId("Z"), true, true,
            "adopted 2022-09-01 (E11); entered care 2022-03-01, placed for adoption (A4) 2022-03-01: 0 days"), Explain(result, "Z"));
    }

    [Fact]
    public void Exclusions_A2_NoAd1_NoMatch_NoOrder_MatchedEarly()
    {
        var result = ChildrensKpi.Indicators.ADOPTA2.Compute(Exclusions, ThreeYears);

        Assert.Equal((0m, 1m, 0m), (result.Numerator, result.Denominator, result.Value));
        Assert.Equal(new ChildExplanation(new ChildId("W"), false, false,
            "adopted 2022-06-01 (E11); placement order (E1) 2021-12-01 but no AD1 row, so the days to the match cannot be counted"), Explain(result, "W"));
        Assert.Equal(new ChildExplanation(new ChildId("X"), false, false,
            "adopted 2022-07-01 (E11); placement order (E1) 2021-10-01 but no AD1 DATE_MATCH, so the days cannot be counted"), Explain(result, "X"));
        Assert.Equal(new ChildExplanation(new ChildId("Y"), true, true,
            "adopted 2022-09-01 (E11); matched 2022-02-15, before the placement order (E1) 2022-03-01: 0 days"), Explain(result, "Y"));
        Assert.Equal(new ChildExplanation(new ChildId("Z"), false, false,
            "adopted 2022-09-01 (E11); no placement order (LS E1) or freeing order (D1) in the period of care"), Explain(result, "Z"));
        Assert.False(Explain(result, "U").InDenominator);
        Assert.False(Explain(result, "V").InDenominator);
    }

    [Fact]
    public void FosterCarers_BySameCarerChangeWithoutAd1_AndFlagOnANewPlacement()
    {
        // 2006-07. B: S 01/01/2006 (K2), P 01/03/2006 foster U4, U 01/09/2006 A3 (the same carers adopt; no AD1 row): A1 counts
        //    to 01/09/2006: 31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 = 243; A10 to the placement's start 01/03/2006: 31 + 28 = 59.
        // C: S 01/01/2006 (U4), P 01/06/2006 A4 with AD1 FOSTER_CARE 1: the placement for adoption began a placement of its
        //    own (RNE P), so A10 = A1 = 31 + 28 + 31 + 30 + 31 = 151.
        var data = new LookedAfterData(
        [
            Ep("B", "01/01/2006", S, K2, "01/03/2006", ls: C1),
            Ep("B", "01/03/2006", P, U4, "01/09/2006", ls: C1),
            Ep("B", "01/09/2006", U, A3, "01/03/2007", ls: E1, rec: E11),
            Ep("C", "01/01/2006", S, U4, "01/06/2006", ls: C1),
            Ep("C", "01/06/2006", P, A4, "15/12/2006", ls: E1, rec: E11),
        ])
        {
            AdoptionDecisions = [Ad1("C", "01/05/2006", true)],
        };

        var a1 = ChildrensKpi.Indicators.ADOPTA1.Compute(data, Year2007);
        var a10 = ChildrensKpi.Indicators.ADOPTA10.Compute(data, Year2007);

        Assert.Equal(243m + 151m, a1.Numerator);
        Assert.Equal(59m + 151m, a10.Numerator);
        Assert.Equal(new ChildExplanation(new ChildId("B"), true, true,
            "adopted 2007-03-01 (E11); entered care 2006-01-01, placed for adoption (A3) 2006-09-01, a foster carer adoption (the placement for adoption began with RNE U): with those carers from 2006-03-01: 59 days"),
            Explain(a10, "B"));
        Assert.Equal(new ChildExplanation(new ChildId("C"), true, true,
            "adopted 2006-12-15 (E11); entered care 2006-01-01, placed for adoption (A4) 2006-06-01, a foster carer adoption (AD1 FOSTER_CARE 1), but the placement for adoption began a placement of its own (RNE P), so counted from 2006-06-01: 151 days"),
            Explain(a10, "C"));
    }

    [Fact]
    public void OldIds_StillFindTheScorecardIndicators()
    {
        Assert.Same(ChildrensKpi.Indicators.ADOPTA1, ChildrensKpi.Indicators.Find("ADOPTA1"));
        Assert.Same(ChildrensKpi.Indicators.ADOPTA1, ChildrensKpi.Indicators.Find("ADOPT_A1"));
        Assert.Same(ChildrensKpi.Indicators.ADOPTA2, ChildrensKpi.Indicators.Find("ADOPTA2"));
        Assert.Same(ChildrensKpi.Indicators.ADOPTA10, ChildrensKpi.Indicators.Find("scorecard A10"));
        Assert.Same(ChildrensKpi.Indicators.ADOPTA3, ChildrensKpi.Indicators.Find("ADOPT_A3"));
    }
}
