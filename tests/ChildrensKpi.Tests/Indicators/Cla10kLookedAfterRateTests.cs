using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators;

/// <summary>
/// CLA10K, hand-worked for the year ending 31/03/2007 (reporting year "2006-07"): numerator = children looked after on
/// 31/03/2007; denominator = 2006-07 population aged 0–17 / 10,000, each age covered exactly once.
/// </summary>
public class Cla10kLookedAfterRateTests
{
    // A, B, C looked after on 31/03/2007 (C since 31/03/2007 itself). D left on 31/03/2007 -> not looked after.
    // E has only a V4 short break open on 31/03/2007 -> not looked after. Numerator 3.
    private static readonly LookedAfterData Data = new(
    [
        Ep("A", "01/01/2005", S, U4),
        Ep("B", "01/06/2006", S, K2),
        Ep("C", "31/03/2007", S, U6),
        Ep("D", "01/06/2006", S, U4, "31/03/2007", rec: ReasonEpisodeCeased.E4A),
        Ep("E", "30/03/2007", S, U6, ls: LegalStatus.V4),
    ]);

    private static IndicatorResult Cla10k(params PopulationEstimate[] population) =>
        ChildrensKpi.Indicators.CLA10K.Compute(new IndicatorInputs { LookedAfter = Data, Population = [.. population] }, Year2007, ComputeOptions.Default);

    [Fact]
    public void Compute_PopulationOf40000_DenominatorIs4AndValueIsCountOver4()
    {
        // 2006-07 rows: 12,000 + 11,000 + 13,000 + 4,000 = 40,000 -> denominator 40,000 / 10,000 = 4.
        // The 2005-06 and 2007-08 rows are for other years and are ignored (including them would double ages 0–17).
        // Value: 3 / 4 = 0.75 per 10,000.
        var result = Cla10k(
            new PopulationEstimate("2006-07", 0, 4, 12_000),
            new PopulationEstimate("2006-07", 5, 9, 11_000),
            new PopulationEstimate("2006-07", 10, 15, 13_000),
            new PopulationEstimate("2006-07", 16, 17, 4_000),
            new PopulationEstimate("2005-06", 0, 17, 999_999),
            new PopulationEstimate("2007-08", 0, 4, 50_000));

        Assert.Equal(3m, result.Numerator);
        Assert.Equal(4m, result.Denominator);
        Assert.Equal(0.75m, result.Value);
        Assert.Empty(result.Notes);
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true, "looked after on 2007-03-31"), Explain(result, "A"));
        Assert.Equal(new ChildExplanation(new ChildId("C"), true, true, "looked after on 2007-03-31"), Explain(result, "C"));
        Assert.Equal(new ChildExplanation(new ChildId("D"), false, false, "not looked after on 2007-03-31"), Explain(result, "D"));
        Assert.Equal(new ChildExplanation(new ChildId("E"), false, false, "only short breaks (LS V3/V4), which are not time looked after"), Explain(result, "E"));
    }

    [Fact]
    public void Compute_MissingAgeBand_ValueNullWithNoteListingMissingAges()
    {
        // The 10–15 row is missing: ages 10, 11, 12, 13, 14, 15 are uncovered -> no usable denominator, no value.
        var result = Cla10k(
            new PopulationEstimate("2006-07", 0, 4, 12_000),
            new PopulationEstimate("2006-07", 5, 9, 11_000),
            new PopulationEstimate("2006-07", 16, 17, 4_000));

        Assert.Equal(3m, result.Numerator);
        Assert.Equal(0m, result.Denominator);
        Assert.Null(result.Value);
        Assert.Contains("The Population input for 2006-07 does not cover ages 0–17 exactly once; missing ages: 10, 11, 12, 13, 14, 15.", result.Notes);
        Assert.Contains("There is no usable population aged 0–17 for 2006-07, so there is no rate.", result.Notes);
    }

    [Fact]
    public void Compute_AgeBandGivenTwice_ValueNullWithNoteListingRepeatedAges()
    {
        // 0–17 in one row plus a 16–17 row: ages 16 and 17 are counted twice -> no value.
        var result = Cla10k(
            new PopulationEstimate("2006-07", 0, 17, 40_000),
            new PopulationEstimate("2006-07", 16, 17, 4_000));

        Assert.Null(result.Value);
        Assert.Contains("The Population input for 2006-07 does not cover ages 0–17 exactly once; ages given more than once: 16, 17.", result.Notes);
    }

    [Fact]
    public void Compute_OnlyOtherYearsRows_ValueNullWithNote()
    {
        // Rows exist but none for 2006-07 -> every age is missing.
        var result = Cla10k(new PopulationEstimate("2005-06", 0, 17, 40_000));

        Assert.Equal(0m, result.Denominator);
        Assert.Null(result.Value);
        Assert.Contains("The Population input has no estimate for 2006-07 within ages 0–17.", result.Notes);
    }

    [Fact]
    public void Compute_WithoutPopulation_Throws()
    {
        // CLA10K needs the Population input: computing from episodes alone is refused.
        var e = Assert.Throws<ArgumentException>(() => ChildrensKpi.Indicators.CLA10K.Compute(Data, Year2007));
        Assert.StartsWith("CLA10K needs Population", e.Message);
    }
}
