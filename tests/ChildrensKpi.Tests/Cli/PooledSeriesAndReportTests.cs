using System.Text.Json;
using System.Text.RegularExpressions;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Cli;

/// <summary>
/// <c>series</c> and <c>report</c> on the two councils' pooled SSDA903 files of <see cref="ComputePooledTests"/>: the
/// consortium's output, and each authority's beside it in a folder named after it, as <c>compute</c> writes them.
/// </summary>
/// <remarks>
/// From the working of <see cref="ComputePooledTests"/>: NI62 for the year ending 31/03/2007 is 0 of 1 for 201, 1 of 2 for
/// 202 and 1 of 3 for the consortium. The rolling 12 months at the March month end is that year, so the series' last
/// point has the same figures.
/// </remarks>
public sealed class PooledSeriesAndReportTests
{
    private static readonly string[] Ni62 = ["--year-ending", "2007-03-31", "--indicators", "NI62", "--suppression-threshold", "0"];

    private static TempFolder Pooled() => new TempFolder().With("episodes.csv", ComputePooledTests.Episodes).With("header.csv", ComputePooledTests.Header);

    /// <summary>NI62's rolling 12 months at the series' last month end.</summary>
    private static (decimal Numerator, decimal Denominator) March(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var series = Assert.Single(document.RootElement.GetProperty("series").EnumerateArray());
        var last = series.GetProperty("points").EnumerateArray().Last();
        Assert.Equal("2007-03-31", last.GetProperty("monthEnd").GetString());
        var rolling = last.GetProperty("rolling12Months");
        return (rolling.GetProperty("numerator").GetDecimal(), rolling.GetProperty("denominator").GetDecimal());
    }

    [Fact]
    public void Series_PooledWithOutput_WritesTheConsortiumAndAFolderPerAuthority()
    {
        using var folder = Pooled();
        using var results = new TempFolder();
        string output = Path.Combine(results.Path, "series.json");

        var run = CliRun.Of(["series", "--ssda903", folder.Path, .. Ni62, "--format", "json", "--output", output]);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal((1m, 3m), March(output));
        Assert.Equal((0m, 1m), March(Path.Combine(results.Path, "201", "series.json")));
        Assert.Equal((1m, 2m), March(Path.Combine(results.Path, "202", "series.json")));
        Assert.Contains("Authority 202: computed 1 series", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Series_PooledJsonOnStandardOutput_WritesTheConsortiumOnlyAndSaysHowToGetEachAuthority()
    {
        using var folder = Pooled();

        var run = CliRun.Of(["series", "--ssda903", folder.Path, .. Ni62, "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Single(JsonDocument.Parse(run.Output).RootElement.GetProperty("series").EnumerateArray());
        Assert.Contains("note: the SSDA903 files pool 2 authorities (201, 202): these figures are the consortium's;", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Pooled_WritesTheConsortiumsReportAndOneNamingEachAuthority()
    {
        using var folder = Pooled();
        using var results = new TempFolder();
        string output = Path.Combine(results.Path, "report.html");

        var run = CliRun.Of(["report", "--ssda903", folder.Path, .. Ni62, "--output", output]);

        Assert.True(run.ExitCode == 0, run.Error);
        string total = File.ReadAllText(output), own201 = File.ReadAllText(Path.Combine(results.Path, "201", "report.html")),
            own202 = File.ReadAllText(Path.Combine(results.Path, "202", "report.html"));
        Assert.Contains("<h1>Children's social care performance, 2006-07</h1>", total, StringComparison.Ordinal);
        Assert.Contains("<h1>Children's social care performance, authority 201, 2006-07</h1>", own201, StringComparison.Ordinal);
        Assert.Contains("<h1>Children's social care performance, authority 202, 2006-07</h1>", own202, StringComparison.Ordinal);
        Assert.Equal("1 / 3", Headline(total));
        Assert.Equal("0 / 1", Headline(own201));
        Assert.Equal("1 / 2", Headline(own202));
    }

    /// <summary>NI62's numerator / denominator cell in the report's headline table.</summary>
    private static string Headline(string html)
    {
        var row = Regex.Match(html, """<tr><th scope="row"><a href="#chart-NI62">NI62</a>.*?</tr>""", RegexOptions.Singleline);
        Assert.True(row.Success, "no NI62 row in the headline table");
        return Regex.Matches(row.Value, """<td class="num">([^<]*)</td>""")[0].Groups[1].Value;
    }
}
