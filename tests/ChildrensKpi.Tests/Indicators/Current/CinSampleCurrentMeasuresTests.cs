using System.Text.Json;
using ChildrensKpi.Tests.Cli;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Indicators.Current;

/// <summary>
/// The current children in need measures on the bundled CIN sample (samples/data/cin, 2006-07) against
/// cin_sample_current_oracle.py beside this file: an independent reading of indicators-current.md in Python (ElementTree
/// and csv over the sample files, no code of the library), whose printed figures are the expectations below.
/// </summary>
/// <remarks>
/// Cross-checks with figures the sample README already predicts: REF_NFA's denominators are REF10K's 173 and 96; CPP31's
/// are CPP10K's 19 and 12; CPP_BY_CATEGORY's are the plans starting in the year, NI65's denominators 20 and 13. The sample
/// records no disabilities, so CIN_DISABLED is 0 of the children in need.
/// </remarks>
public class CinSampleCurrentMeasuresTests
{
    private static readonly string Population = Repository.Path("samples", "data", "population.csv");

    // python3 tests/ChildrensKpi.Tests/Indicators/Current/cin_sample_current_oracle.py, its output copied here.
    public static TheoryData<string, string, int, int> Shares => new()
    {
        { "census_2006-07.xml", "CIN_BY_NEED_N1", 42, 79 },
        { "census_2006-07.xml", "CIN_BY_NEED_N2", 4, 79 },
        { "census_2006-07.xml", "CIN_BY_NEED_N3", 3, 79 },
        { "census_2006-07.xml", "CIN_BY_NEED_N4", 8, 79 },
        { "census_2006-07.xml", "CIN_BY_NEED_N5", 13, 79 },
        { "census_2006-07.xml", "CIN_BY_NEED_N6", 1, 79 },
        { "census_2006-07.xml", "CIN_BY_NEED_N7", 1, 79 },
        { "census_2006-07.xml", "CIN_BY_NEED_N8", 3, 79 },
        { "census_2006-07.xml", "CIN_BY_NEED_N9", 2, 79 },
        { "census_2006-07.xml", "CIN_BY_NEED_NOT_STATED", 2, 79 },
        { "census_2006-07.xml", "CIN_DISABLED", 0, 79 },
        { "census_2006-07.xml", "REF_NFA", 18, 173 },
        { "census_2006-07.xml", "CPP_BY_CATEGORY_NEG", 10, 20 },
        { "census_2006-07.xml", "CPP_BY_CATEGORY_PHY", 3, 20 },
        { "census_2006-07.xml", "CPP_BY_CATEGORY_SAB", 2, 20 },
        { "census_2006-07.xml", "CPP_BY_CATEGORY_EMO", 2, 20 },
        { "census_2006-07.xml", "CPP_BY_CATEGORY_MUL", 3, 20 },
        { "census_2006-07.xml", "CPP_BY_CATEGORY_NOT_STATED", 0, 20 },
        { "census_2006-07.xml", "CPP31_BY_CATEGORY_NEG", 9, 19 },
        { "census_2006-07.xml", "CPP31_BY_CATEGORY_PHY", 3, 19 },
        { "census_2006-07.xml", "CPP31_BY_CATEGORY_SAB", 2, 19 },
        { "census_2006-07.xml", "CPP31_BY_CATEGORY_EMO", 2, 19 },
        { "census_2006-07.xml", "CPP31_BY_CATEGORY_MUL", 3, 19 },
        { "census_2006-07.xml", "CPP31_BY_CATEGORY_NOT_STATED", 0, 19 },
        { "flat_2006-07", "CIN_BY_NEED_N1", 29, 45 },
        { "flat_2006-07", "CIN_BY_NEED_N2", 2, 45 },
        { "flat_2006-07", "CIN_BY_NEED_N3", 3, 45 },
        { "flat_2006-07", "CIN_BY_NEED_N4", 7, 45 },
        { "flat_2006-07", "CIN_BY_NEED_N5", 1, 45 },
        { "flat_2006-07", "CIN_BY_NEED_N6", 0, 45 },
        { "flat_2006-07", "CIN_BY_NEED_N7", 1, 45 },
        { "flat_2006-07", "CIN_BY_NEED_N8", 0, 45 },
        { "flat_2006-07", "CIN_BY_NEED_N9", 1, 45 },
        { "flat_2006-07", "CIN_BY_NEED_NOT_STATED", 1, 45 },
        { "flat_2006-07", "CIN_DISABLED", 0, 45 },
        { "flat_2006-07", "REF_NFA", 14, 96 },
        { "flat_2006-07", "CPP_BY_CATEGORY_NEG", 9, 13 },
        { "flat_2006-07", "CPP_BY_CATEGORY_PHY", 2, 13 },
        { "flat_2006-07", "CPP_BY_CATEGORY_SAB", 0, 13 },
        { "flat_2006-07", "CPP_BY_CATEGORY_EMO", 1, 13 },
        { "flat_2006-07", "CPP_BY_CATEGORY_MUL", 1, 13 },
        { "flat_2006-07", "CPP_BY_CATEGORY_NOT_STATED", 0, 13 },
        { "flat_2006-07", "CPP31_BY_CATEGORY_NEG", 6, 12 },
        { "flat_2006-07", "CPP31_BY_CATEGORY_PHY", 3, 12 },
        { "flat_2006-07", "CPP31_BY_CATEGORY_SAB", 0, 12 },
        { "flat_2006-07", "CPP31_BY_CATEGORY_EMO", 1, 12 },
        { "flat_2006-07", "CPP31_BY_CATEGORY_MUL", 2, 12 },
        { "flat_2006-07", "CPP31_BY_CATEGORY_NOT_STATED", 0, 12 },
    };

    [Theory]
    [MemberData(nameof(Shares))]
    public void Compute_CinSample_MatchesTheIndependentOracle(string input, string id, int numerator, int denominator)
    {
        var result = Indicator(input, id);

        Assert.Equal(numerator, result.GetProperty("numerator").GetDecimal());
        Assert.Equal(denominator, result.GetProperty("denominator").GetDecimal());
    }

    // Rates per 10,000: the population of 2006-07 aged 0-17 is 45,370 (the oracle sums population.csv), so 4.537.
    [Theory]
    [InlineData("census_2006-07.xml", "CIN10K", 79)]
    [InlineData("census_2006-07.xml", "S47_10K", 36)]
    [InlineData("flat_2006-07", "CIN10K", 45)]
    [InlineData("flat_2006-07", "S47_10K", 17)]
    public void Compute_CinSampleRates_MatchTheIndependentOracle(string input, string id, int numerator)
    {
        var result = Indicator(input, id);

        Assert.Equal(numerator, result.GetProperty("numerator").GetDecimal());
        Assert.Equal(4.537m, result.GetProperty("denominator").GetDecimal());
    }

    private static JsonElement Indicator(string input, string id)
    {
        var run = CliRun.Of("compute", "--cin", Repository.Path("samples", "data", "cin", input), "--population", Population,
            "--year-ending", "2007-03-31", "--indicators", id, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        return json.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id).Clone();
    }
}
