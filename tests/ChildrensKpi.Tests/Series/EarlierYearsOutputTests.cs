using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChildrensKpi.Tests.Cli;
using ChildrensKpi.Tests.Excel;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Series;

/// <summary>
/// A series' earlier years in every output that writes the series: <c>series</c> CSV, JSON and table, the xlsx sheet per
/// indicator, and the report headline's sparkline. Each writes what the library published
/// (<see cref="PublishedSeries.EarlierYears"/>), so a year withheld there is withheld in each of them.
/// </summary>
public class EarlierYearsOutputTests
{
    /// <summary>
    /// One episodes file holding three years of NI62 (children looked after at the period's end with 3 or more placements
    /// open in it):
    /// <list type="bullet">
    /// <item>A1, A2: S 01/05/2004 U4, P 01/07/2004 K2, P 01/09/2004 U6 (still open): three placements in 2004-05, one after.</item>
    /// <item>O1–O10: one placement from 01/05/2004, still open.</item>
    /// <item>B1–B6: S 01/05/2005 U4, P 01/07/2005 K2, P 01/09/2005 U6 (still open): three placements in 2005-06.</item>
    /// </list>
    /// 2004-05: looked after at 31/03/2005 A1, A2, O1–O10 = 12; 3+ placements A1, A2 = 2: 2 / 12 = 16.7%, and 2 is a count
    /// from 1 to 5, so at threshold 5 the numerator and value are withheld; 12 is not small, so stays.
    /// 2005-06: 18 looked after (the 12 and B1–B6); B1–B6 = 6: 6 / 18 = 33.3%, published.
    /// 2006-07: 18; B's first placement ended 01/07/2005, on or before 01/04/2006, so each B has 2: 0 / 18 = 0%.
    /// Rolling 12 months: April 2006 (01/05/2005–30/04/2006) and May 2006 (from 01/06/2005) still hold B's first placement,
    /// 6 / 18 = 33.3%; from June (from 01/07/2005, the day it ended) 0 / 18 = 0%.
    /// Coverage (the direction of travel's rule): an episode ended in 2004-05 (A's) and in 2005-06 (B's), none in 2003-04,
    /// so the earlier years are 2004-05 and 2005-06.
    /// </summary>
    internal static TempFolder ThreeYears()
    {
        var episodes = new StringBuilder("CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n");
        foreach (var child in new[] { "A1", "A2" })
        {
            episodes.Append($"{child},01/05/2004,S,C2,U4,01/07/2004,X1\n{child},01/07/2004,P,C2,K2,01/09/2004,X1\n{child},01/09/2004,P,C2,U6,,\n");
        }
        foreach (int i in Enumerable.Range(1, 10))
        {
            episodes.Append($"O{i},01/05/2004,S,C2,U4,,\n");
        }
        foreach (int i in Enumerable.Range(1, 6))
        {
            episodes.Append($"B{i},01/05/2005,S,C2,U4,01/07/2005,X1\nB{i},01/07/2005,P,C2,K2,01/09/2005,X1\nB{i},01/09/2005,P,C2,U6,,\n");
        }
        return new TempFolder().With("episodes.csv", episodes.ToString());
    }

    private static string[] Series(TempFolder folder, string format, string threshold) =>
        ["series", "--ssda903", folder.Path, "--year-ending", "2007-03-31", "--indicators", "NI62", "--format", format, "--suppression-threshold", threshold];

    private static string Run(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.True(run.ExitCode == 0, run.Error);
        return run.Output;
    }

    [Fact]
    public void Csv_EarlierYearsComeFirst_TheWithheldYearWithheld()
    {
        using var folder = ThreeYears();

        var lines = Run(Series(folder, "csv", "5")).TrimEnd('\n').Split('\n');

        // Two earlier years, then 12 months of 3 measures.
        Assert.Equal(1 + 2 + 12 * 3, lines.Length);
        Assert.Equal("NI62,2005-03-31,earlierYear,2004-04-01,2005-03-31,[c],12,[c]", lines[1]);
        Assert.StartsWith("NI62,2006-03-31,earlierYear,2005-04-01,2006-03-31,6,18,33.33", lines[2]);
        Assert.StartsWith("NI62,2006-04-30,month,", lines[3]);
        // 2 / 12 = 16.66…% nowhere.
        Assert.DoesNotContain(lines, l => l.Contains("16.6", StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_ThresholdZero_TheYearShown()
    {
        using var folder = ThreeYears();

        var lines = Run(Series(folder, "csv", "0")).Split('\n');

        Assert.StartsWith("NI62,2005-03-31,earlierYear,2004-04-01,2005-03-31,2,12,16.66", lines[1]);
    }

    [Fact]
    public void Json_EarlierYears_AsPublished()
    {
        using var folder = ThreeYears();

        using var json = JsonDocument.Parse(Run(Series(folder, "json", "5")));

        var series = json.RootElement.GetProperty("series")[0];
        var years = series.GetProperty("earlierYears").EnumerateArray().ToList();
        Assert.Equal(["2004-05", "2005-06"], years.Select(y => y.GetProperty("reportingYear").GetString()));
        var withheld = years[0];
        Assert.Equal(("2004-04-01", "2005-03-31"), (withheld.GetProperty("periodStart").GetString(), withheld.GetProperty("periodEnd").GetString()));
        Assert.Equal(JsonValueKind.Null, withheld.GetProperty("numerator").ValueKind);
        Assert.Equal(JsonValueKind.Null, withheld.GetProperty("value").ValueKind);
        Assert.Equal(12, withheld.GetProperty("denominator").GetInt32());
        Assert.Contains("withheld", withheld.GetProperty("suppressed")[0].GetString());
        Assert.Equal((6, 18), (years[1].GetProperty("numerator").GetInt32(), years[1].GetProperty("denominator").GetInt32()));
        Assert.Equal(100m * 6 / 18, years[1].GetProperty("value").GetDecimal(), 10);
        Assert.False(years[1].TryGetProperty("suppressed", out _));
        Assert.Equal(12, series.GetProperty("points").GetArrayLength());
    }

    [Fact]
    public void Table_EarlierYearsInTheRollingColumn()
    {
        using var folder = ThreeYears();

        var lines = Run(Series(folder, "table", "5")).Split('\n');

        Assert.Matches(@"^2004-05\s+\[c\]$", lines.Single(l => l.StartsWith("2004-05", StringComparison.Ordinal)));
        Assert.Matches(@"^2005-06\s+33\.3%$", lines.Single(l => l.StartsWith("2005-06", StringComparison.Ordinal)));
    }

    [OpenpyxlFact]
    public void Xlsx_SheetPerIndicator_EarlierYearsAboveTheMonths_TheWithheldYearWithheld()
    {
        using var folder = ThreeYears();
        string file = Path.Combine(folder.Path, "series.xlsx");
        Run([.. Series(folder, "xlsx", "5"), "--output", file]);

        var workbook = Openpyxl.Read(file);

        var sheet = workbook.GetProperty("sheets").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "NI62");
        var rows = sheet.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().ToArray()).ToArray();
        string?[] header = [.. rows[0].Select(c => c.GetProperty("v").GetString())];
        Dictionary<string, JsonElement> Row(int i) => header.Select((h, c) => (h!, rows[i][c])).ToDictionary(p => p.Item1, p => p.Item2);
        Assert.Equal(1 + 2 + 12, rows.Length);

        var y2005 = Row(1);
        Assert.Equal(("2005-03-31T00:00:00", "Year 2004-05"), (y2005["Month ending"].GetProperty("v").GetString(), y2005["Row"].GetProperty("v").GetString()));
        Assert.Equal(("[c]", "[c]", 12), (y2005["Rolling 12 months value"].GetProperty("v").GetString(), y2005["Rolling 12 months numerator"].GetProperty("v").GetString(), y2005["Rolling 12 months denominator"].GetProperty("v").GetInt32()));
        // The month alone and the year to date are not computed for an earlier year: empty, not withheld.
        Assert.Equal(JsonValueKind.Null, y2005["Month value"].GetProperty("v").ValueKind);
        Assert.Equal(JsonValueKind.Null, y2005["Year to date numerator"].GetProperty("v").ValueKind);
        Assert.StartsWith("year numerator: withheld", y2005["Withheld"].GetProperty("v").GetString());

        var y2006 = Row(2);
        Assert.Equal("Year 2005-06", y2006["Row"].GetProperty("v").GetString());
        Assert.Equal(6d / 18, y2006["Rolling 12 months value"].GetProperty("v").GetDouble(), 12);
        Assert.Equal("0.0%", y2006["Rolling 12 months value"].GetProperty("f").GetString());
        Assert.Equal((6, 18), (y2006["Rolling 12 months numerator"].GetProperty("v").GetInt32(), y2006["Rolling 12 months denominator"].GetProperty("v").GetInt32()));

        var april = Row(3);
        Assert.Equal(("2006-04-30T00:00:00", "Month"), (april["Month ending"].GetProperty("v").GetString(), april["Row"].GetProperty("v").GetString()));
        // Neither 2 of 2004-05 nor 2 / 12 in any cell of the workbook.
        var numbers = workbook.GetProperty("sheets").EnumerateArray()
            .SelectMany(s => s.GetProperty("rows").EnumerateArray().SelectMany(r => r.EnumerateArray()))
            .Where(c => c.GetProperty("v").ValueKind == JsonValueKind.Number).Select(c => c.GetProperty("v").GetDouble()).ToList();
        Assert.DoesNotContain(numbers, n => Math.Abs(n - 2d / 12) < 1e-9 || Math.Abs(n - 100d * 2 / 12) < 1e-9);
        Assert.DoesNotContain(rows.Skip(1).SelectMany(r => r), c => c.GetProperty("v").ValueKind == JsonValueKind.Number && c.GetProperty("v").GetDouble() == 2);
    }

    [Fact]
    public void Report_Sparkline_DrawsThePublishedYearAndLeavesTheWithheldOneOut()
    {
        using var folder = ThreeYears();
        string output = Path.Combine(folder.Path, "report.html");
        // The report withholds counts from 1 to 5 by default.
        Run("report", "--ssda903", folder.Path, "--year-ending", "2007-03-31", "--indicators", "NI62", "--output", output);
        string html = File.ReadAllText(output);

        int start = html.IndexOf("<td class=\"trend\">", StringComparison.Ordinal);
        string trend = html[start..html.IndexOf("</td>", start, StringComparison.Ordinal)];

        // Time runs evenly from 31 March 2005 (x = 3) to 31 March 2007 (x = 90 − 3 = 87): 24 months, 84 / 24 = 3.5 px a month.
        // 2005-06 at 31 March 2006 is 12 months on: x = 45; April 2006 48.5, then 3.5 more a month to March 2007's 87.
        // Values run from 0% (y = 28 − 3 = 25) to 33.3% (y = 3): 2005-06, April and May at the top, June to March at the bottom.
        Assert.Contains("aria-label=\"NI62, earlier years: 2004-05 withheld, 2005-06 33.3%; rolling 12 months: Apr 2006 33.3% to Mar 2007 0.0%\"", trend);
        // The year leads into April by a thin blue line, and is a 4 px square about (45, 3).
        Assert.Contains("<polyline fill=\"none\" stroke=\"#0072B2\" stroke-width=\"1\" points=\"45,3 48.5,3\"/>", trend);
        Assert.Contains("<rect x=\"43\" y=\"1\" width=\"4\" height=\"4\" fill=\"#0072B2\"/>", trend);
        Assert.Single(Regex.Matches(trend, "<rect "));
        Assert.Contains("<polyline fill=\"none\" stroke=\"#009E73\" stroke-width=\"2\" points=\"48.5,3 52,3 55.5,25 59,25 62.5,25 66,25 69.5,25 73,25 76.5,25 80,25 83.5,25 87,25\"/>", trend);
        // 2004-05 would be at x = 3: nothing is drawn there, and its 16.7% is nowhere in the report.
        Assert.DoesNotContain("\"3,", trend);
        Assert.DoesNotContain("x=\"1\"", trend);
        Assert.DoesNotContain("16.7", html);
    }
}
