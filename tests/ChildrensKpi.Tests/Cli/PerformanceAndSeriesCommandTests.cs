using System.Text.Json;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Cli;

/// <summary><c>compute</c> with the judging tables, and <c>series</c>, on the samples.</summary>
public class PerformanceAndSeriesCommandTests
{
    private static readonly string Ssda903 = Repository.Path("samples", "data", "ssda903");

    private static string Table(string name) => Repository.Path("samples", "data", "performance", name);

    [Fact]
    public void Compute_WithTargetsBandsAndComparators_AddsTheContractFieldsWorkedInTheSampleReadme()
    {
        var run = CliRun.Of("compute", "--ssda903", Ssda903, "--year-ending", "2007-03-31", "--indicators", "NI62,NI63",
            "--targets", Table("targets.csv"), "--bands", Table("bands.csv"), "--comparators", Table("comparators.csv"), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var ni62 = json.RootElement.GetProperty("indicators")[0];
        var ni63 = json.RootElement.GetProperty("indicators")[1];
        // samples/data/performance/README.md works these by hand.
        Assert.Equal((12m, "Red", 3, 4, 6, 3, 12.0m), (ni62.GetProperty("target").GetDecimal(), ni62.GetProperty("rag").GetString(), ni62.GetProperty("band").GetInt32(),
            ni62.GetProperty("rank").GetInt32(), ni62.GetProperty("rankOf").GetInt32(), ni62.GetProperty("quartile").GetInt32(), ni62.GetProperty("national").GetDecimal()));
        Assert.Equal((60m, "Red", 2, 5, 6, 4, 65.0m), (ni63.GetProperty("target").GetDecimal(), ni63.GetProperty("rag").GetString(), ni63.GetProperty("band").GetInt32(),
            ni63.GetProperty("rank").GetInt32(), ni63.GetProperty("rankOf").GetInt32(), ni63.GetProperty("quartile").GetInt32(), ni63.GetProperty("national").GetDecimal()));
        Assert.True(ni62.TryGetProperty("directionOfTravel", out _));
    }

    [Fact]
    public void Compute_WithoutJudgingTables_HasNoJudgementFields()
    {
        var run = CliRun.Of("compute", "--ssda903", Ssda903, "--year-ending", "2007-03-31", "--indicators", "NI62", "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        Assert.False(json.RootElement.GetProperty("indicators")[0].TryGetProperty("rank", out _));
    }

    [Fact]
    public void Series_Json_HasTwelvePointsWithTheThreeMeasures()
    {
        var run = CliRun.Of("series", "--ssda903", Ssda903, "--year-ending", "2007-03-31", "--indicators", "NI62", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var points = json.RootElement.GetProperty("series")[0].GetProperty("points");
        Assert.Equal(12, points.GetArrayLength());
        Assert.Equal("2006-04-30", points[0].GetProperty("monthEnd").GetString());
        var march = points[11];
        // March's year to date is the whole year: NI62 26 of 165.
        Assert.Equal(26m, march.GetProperty("yearToDate").GetProperty("numerator").GetDecimal());
        Assert.Equal(165m, march.GetProperty("rolling12Months").GetProperty("denominator").GetDecimal());
        Assert.Equal("2007-03-01", march.GetProperty("month").GetProperty("periodStart").GetString());
    }

    [Fact]
    public void Series_Csv_HasOneRowPerIndicatorMonthAndMeasure()
    {
        var run = CliRun.Of("series", "--ssda903", Ssda903, "--year-ending", "2007-03-31", "--indicators", "NI62,NI63", "--format", "csv");

        var lines = run.Output.TrimEnd('\n').Split('\n');
        Assert.Equal("id,monthEnd,measure,periodStart,periodEnd,numerator,denominator,value", lines[0]);
        // Per indicator, the sample's two earlier years (its 2004-05 and 2005-06 SSDA903 returns), then 12 months of 3 measures.
        Assert.Equal(1 + (2 * (2 + (12 * 3))), lines.Length);
        Assert.StartsWith("NI62,2005-03-31,earlierYear,2004-04-01,2005-03-31,", lines[1]);
        Assert.StartsWith("NI62,2006-03-31,earlierYear,2005-04-01,2006-03-31,", lines[2]);
        Assert.StartsWith("NI62,2006-04-30,month,2006-04-01,2006-04-30,", lines[3]);
    }
}
