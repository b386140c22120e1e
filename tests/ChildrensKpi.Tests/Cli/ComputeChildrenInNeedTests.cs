using System.Text.Json;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Cli;

/// <summary>
/// <c>compute --cin</c> on the bundled census samples. The expected figures are those of samples/data/cin/README.md,
/// computed by oracle_cin.py, an independent Python reading of the rules with its own bank-holiday calendar.
/// </summary>
public class ComputeChildrenInNeedTests
{
    private static readonly string Population = Repository.Path("samples", "data", "population.csv");

    public static TheoryData<string, string, int, int> CensusExpectations => new()
    {
        { "census_2006-07.xml", "CIN45", 121, 145 },
        { "census_2006-07.xml", "REREF12", 34, 173 },
        { "census_2006-07.xml", "NI68", 154, 173 },
        // ICPC15 counts conferences held in the year (issue 15): N0028, N0148 and F0020 (within), F0025 (late) join;
        // worked in samples/data/cin/README.md, reading 8.
        { "census_2006-07.xml", "ICPC15", 27, 31 },
        { "census_2006-07.xml", "NI64", 1, 8 },
        { "census_2006-07.xml", "NI65", 4, 20 },
        { "census_2006-07.xml", "NI67", 19, 23 },
        { "flat_2006-07", "NI59", 56, 81 },
        { "flat_2006-07", "NI60", 25, 37 },
        { "flat_2006-07", "REREF12", 15, 96 },
        { "flat_2006-07", "NI68", 82, 96 },
        { "flat_2006-07", "ICPC15", 11, 15 },
        { "flat_2006-07", "NI64", 1, 7 },
        { "flat_2006-07", "NI65", 3, 13 },
        { "flat_2006-07", "NI67", 10, 14 },
    };

    [Theory]
    [MemberData(nameof(CensusExpectations))]
    public void Compute_CinSample_GivesTheOraclesFigures(string input, string id, int numerator, int denominator)
    {
        var indicator = Indicator(Run(input), id);

        Assert.Equal(numerator, indicator.GetProperty("numerator").GetDecimal());
        Assert.Equal(denominator, indicator.GetProperty("denominator").GetDecimal());
    }

    [Theory]
    [InlineData("census_2006-07.xml", "REF10K", 173)]
    [InlineData("census_2006-07.xml", "CPP10K", 19)]
    [InlineData("flat_2006-07", "REF10K", 96)]
    [InlineData("flat_2006-07", "CPP10K", 12)]
    // ICPC10K (issue 15): conferences held in the year, distinct child and date (oracle_cin.py, samples/data/cin/README.md):
    // in this sample the same conferences as ICPC15's denominator, 31 and 15.
    [InlineData("census_2006-07.xml", "ICPC10K", 31)]
    [InlineData("flat_2006-07", "ICPC10K", 15)]
    public void Compute_CinSampleRates_DivideByThePopulationOver10000(string input, string id, int numerator)
    {
        // samples/data/population.csv: 2006-07 ages 0–17 sum to 45,370, so the denominator is 4.537.
        var indicator = Indicator(Run(input), id);

        Assert.Equal(numerator, indicator.GetProperty("numerator").GetDecimal());
        Assert.Equal(4.537m, indicator.GetProperty("denominator").GetDecimal());
        Assert.Equal(numerator / 4.537m, indicator.GetProperty("value").GetDecimal());
        Assert.Equal("Per10000", indicator.GetProperty("unit").GetString());
    }

    [Fact]
    public void Compute_CinXml_RowsAddUpAsTheSampleReadmeSays()
    {
        // 1029 elements counted: 963 used, 63 CINPlanDates excluded, 3 rejected (N0024's referral with its assessment, N0026's
        // first assessment); N0025's unknown ReferralSource 9Z is a warning, its referral and assessment used.
        using var json = Run("census_2006-07.xml");
        var file = json.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("path").GetString() == "census_2006-07.xml");

        Assert.Equal([1029L, 963L, 63L, 3L], new[] { "read", "used", "excluded", "rejected" }.Select(c => file.GetProperty(c).GetInt64()).ToArray());
        var rejection = json.RootElement.GetProperty("rejections")[0];
        Assert.Equal("Child/CINdetails/CINreferralDate", rejection.GetProperty("column").GetString());
        Assert.Equal("2006-02-30", rejection.GetProperty("value").GetString());
    }

    [Fact]
    public void Compute_CinDetail_NamesEachCountedItem()
    {
        using var json = Run("census_2006-07.xml", "--indicators", "CIN45", "--detail");
        var children = Indicator(json, "CIN45").GetProperty("children").EnumerateArray().ToArray();

        Assert.Equal(145, children.Count(c => c.GetProperty("inDenominator").GetBoolean()));
        Assert.All(children, c => Assert.StartsWith("single assessment of referral ", c.GetProperty("subject").GetString()));
    }

    [Fact]
    public void Compute_MalformedCensus_RejectsTheFileFromTheBreakNamingTheLineAndElementPath()
    {
        // Issue 13: a broken file is one rejection in the account, not the end of the run (other files would be lost).
        using var folder = new TempFolder().With("census.xml",
            "<Message>\n<Children>\n<Child>\n<CINdetails>\n<CINreferralDate>2006-05-01</CINreferralDate>\n</Child>\n</Children>\n</Message>\n");

        var run = CliRun.Of("compute", "--cin", Path.Combine(folder.Path, "census.xml"), "--year-ending", "2007-03-31", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var rejection = Assert.Single(json.RootElement.GetProperty("rejections").EnumerateArray());
        Assert.Equal((6, "(file)"), (rejection.GetProperty("line").GetInt32(), rejection.GetProperty("column").GetString()));
        Assert.StartsWith("malformed XML in Message/Children/Child/CINdetails:", rejection.GetProperty("rule").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_Ssda903AndCinTogether_ComputesBothFamilies()
    {
        var run = CliRun.Of("compute", "--ssda903", Repository.Path("samples", "data", "ssda903"),
            "--cin", Repository.Path("samples", "data", "cin", "census_2006-07.xml"), "--year-ending", "2007-03-31", "--indicators", "NI62,CIN45", "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(["NI62", "CIN45"], json.RootElement.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToArray());
    }

    private static JsonDocument Run(string input, params string[] extra)
    {
        var run = CliRun.Of([
            "compute", "--cin", Repository.Path("samples", "data", "cin", input), "--population", Population,
            "--year-ending", "2007-03-31", "--format", "json", .. extra]);
        Assert.Equal(0, run.ExitCode);
        return JsonDocument.Parse(run.Output);
    }

    private static JsonElement Indicator(JsonDocument json, string id) =>
        json.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);
}
