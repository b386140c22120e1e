using System.Text.Json;
using ChildrensKpi.Tests.Cli;
using ChildrensKpi.Tests.Fixtures;
using ChildrensKpi.Tests.Report;

namespace ChildrensKpi.Tests.Excel;

/// <summary>
/// The workbooks of <c>compute</c>, <c>series</c> and <c>report</c> read back by openpyxl: the sheets, real number
/// formats, no formula, the figures of the JSON of the same run, and disclosure control as the JSON with <c>--suppress</c>.
/// </summary>
public class WorkbookOpenpyxlTests
{
    private static string[] Sample(string command) =>
        [command, "--ssda903", Repository.Path("samples", "data", "ssda903"), "--year-ending", "2007-03-31"];

    private static (JsonElement Workbook, JsonElement Json) Both(TempFolder folder, string[] run, params string[] jsonOptions)
    {
        string file = Path.Combine(folder.Path, "result.xlsx");
        var xlsx = CliRun.Of([.. run, "--format", "xlsx", "--output", file]);
        Assert.True(xlsx.ExitCode == 0, xlsx.Error);
        var json = CliRun.Of([.. run, "--format", "json", .. jsonOptions]);
        Assert.True(json.ExitCode == 0, json.Error);
        return (Openpyxl.Read(file), JsonDocument.Parse(json.Output).RootElement);
    }

    private static JsonElement SheetNamed(JsonElement workbook, string name) =>
        workbook.GetProperty("sheets").EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);

    private static JsonElement[][] Rows(JsonElement sheet) =>
        [.. sheet.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().ToArray())];

    /// <summary>The cells of <paramref name="sheet"/> by header, for the row whose first cell is <paramref name="key"/>.</summary>
    private static Dictionary<string, JsonElement> Row(JsonElement sheet, string key)
    {
        var rows = Rows(sheet);
        var header = rows[0].Select(c => c.GetProperty("v").GetString()!).ToArray();
        var row = rows.Single(r => r[0].GetProperty("v").ValueKind == JsonValueKind.String && r[0].GetProperty("v").GetString() == key);
        return header.Select((h, i) => (h, row[i])).ToDictionary(p => p.h, p => p.Item2);
    }

    /// <summary>The cells of <paramref name="sheet"/> by header, for row <paramref name="index"/> (the header is row 0).</summary>
    private static Dictionary<string, JsonElement> Row(JsonElement sheet, int index)
    {
        var rows = Rows(sheet);
        var header = rows[0].Select(c => c.GetProperty("v").GetString()!).ToArray();
        return header.Select((h, i) => (h, rows[index][i])).ToDictionary(p => p.h, p => p.Item2);
    }

    private static string Format(string unit) => unit switch
    {
        "Percent" => "0.0%",
        "Per10000" => "0.0",
        "Days" => "#,##0",
        "Ratio" => "#,##0.00",
        "Count" => "#,##0",
        _ => "\"£\"#,##0.00",
    };

    [OpenpyxlFact]
    public void Compute_SampleWithDetail_ReadsBackWithTheJsonFigures()
    {
        using var folder = new TempFolder();
        string[] run = [.. Sample("compute"), "--detail", "--suppression-threshold", "0"];

        var (workbook, json) = Both(folder, run, "--detail");

        var sheets = workbook.GetProperty("sheets").EnumerateArray().ToList();
        Assert.Equal(["Summary", "Children (internal use)", "Data quality", "Rejections", "Exclusions", "Warnings", "About"], sheets.Select(s => s.GetProperty("name").GetString()));
        Assert.All(sheets, s =>
        {
            Assert.Equal("A2", s.GetProperty("freeze").GetString());
            Assert.StartsWith("A1:", s.GetProperty("filter").GetString());
            // openpyxl's data type "f" is a formula.
            Assert.DoesNotContain(Rows(s).SelectMany(r => r), c => c.GetProperty("t").GetString() == "f");
        });

        var summary = SheetNamed(workbook, "Summary");
        var indicators = json.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(indicators.Count + 1, Rows(summary).Length);
        foreach (var indicator in indicators)
        {
            var row = Row(summary, indicator.GetProperty("id").GetString()!);
            string unit = indicator.GetProperty("unit").GetString()!;
            Assert.Equal(indicator.GetProperty("numerator").GetDecimal(), row["Numerator"].GetProperty("v").GetDecimal());
            Assert.Equal(indicator.GetProperty("denominator").GetDecimal(), row["Denominator"].GetProperty("v").GetDecimal());
            if (indicator.GetProperty("value").ValueKind == JsonValueKind.Null)
            {
                Assert.Equal(JsonValueKind.Null, row["Value"].GetProperty("v").ValueKind);
                continue;
            }
            // A percentage is held as its fraction: the JSON's 15.95… is 0.1595….
            double expected = indicator.GetProperty("value").GetDouble() / (unit == "Percent" ? 100 : 1);
            Assert.Equal(expected, row["Value"].GetProperty("v").GetDouble(), 12);
            Assert.Equal(Format(unit), row["Value"].GetProperty("f").GetString());
        }
        // NI62 on the sample: 26 of 165 (samples/data/ssda903/README.md), 26 / 165 = 0.1576… shown as 15.8%.
        var ni62 = Row(summary, "NI62");
        Assert.Equal((26, 165), (ni62["Numerator"].GetProperty("v").GetInt32(), ni62["Denominator"].GetProperty("v").GetInt32()));
        Assert.Equal(26d / 165, ni62["Value"].GetProperty("v").GetDouble(), 12);
        Assert.Equal(("2006-04-01T00:00:00", "d mmm yyyy"), (ni62["Period start"].GetProperty("v").GetString(), ni62["Period start"].GetProperty("f").GetString()));

        var children = SheetNamed(workbook, "Children (internal use)");
        Assert.Equal(indicators.Sum(i => i.TryGetProperty("children", out var c) ? c.GetArrayLength() : 0), Rows(children).Length - 1);
        Assert.Equal("FFC00000", children.GetProperty("tab").GetString());
        Assert.StartsWith("Internal use only", children.GetProperty("printHeader").GetString());
        Assert.All(Rows(children).Skip(1), r => Assert.Equal(("b", "b"), (r[3].GetProperty("t").GetString(), r[4].GetProperty("t").GetString())));

        var all = Row(SheetNamed(workbook, "Data quality"), "All files");
        var rows = json.GetProperty("rows");
        Assert.Equal(
            (rows.GetProperty("read").GetInt64(), rows.GetProperty("used").GetInt64(), rows.GetProperty("excluded").GetInt64(), rows.GetProperty("rejected").GetInt64()),
            (all["Read"].GetProperty("v").GetInt64(), all["Used"].GetProperty("v").GetInt64(), all["Excluded"].GetProperty("v").GetInt64(), all["Rejected"].GetProperty("v").GetInt64()));
        Assert.Equal(json.GetProperty("rejections").GetArrayLength(), Rows(SheetNamed(workbook, "Rejections")).Length - 1);
    }

    [OpenpyxlFact]
    public void Compute_NumeratorOfThree_WithheldAsTheJsonWithSuppress()
    {
        using var folder = ReportSuppressionTests.ThreeOfThirteen();
        string[] run = ["compute", "--ssda903", folder.Path, "--year-ending", "2007-03-31", "--indicators", "NI62", "--detail"];

        // The workbook withholds by default, as CSV and table do; the JSON only with --suppress.
        var (workbook, json) = Both(folder, run, "--suppress");

        // NI62 = 3 / 13 (ReportSuppressionTests): 3 is a count from 1 to 5, so the numerator and the value are withheld; 13 stays.
        var indicator = json.GetProperty("indicators")[0];
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null, 13), (indicator.GetProperty("numerator").ValueKind, indicator.GetProperty("value").ValueKind, indicator.GetProperty("denominator").GetInt32()));
        var ni62 = Row(SheetNamed(workbook, "Summary"), "NI62");
        Assert.Equal(("[c]", "[c]", 13), (ni62["Numerator"].GetProperty("v").GetString(), ni62["Value"].GetProperty("v").GetString(), ni62["Denominator"].GetProperty("v").GetInt32()));
        Assert.Equal(string.Join("; ", indicator.GetProperty("suppressed").EnumerateArray().Select(r => r.GetString())), ni62["Withheld"].GetProperty("v").GetString());
        // The children would count the numerator back: none listed.
        Assert.Single(Rows(SheetNamed(workbook, "Children (internal use)")));
        // Neither 3 nor 3 / 13 anywhere in the workbook.
        var numbers = workbook.GetProperty("sheets").EnumerateArray().SelectMany(Rows).SelectMany(r => r)
            .Where(c => c.GetProperty("v").ValueKind == JsonValueKind.Number).Select(c => c.GetProperty("v").GetDouble()).ToList();
        Assert.DoesNotContain(3d, numbers);
        Assert.DoesNotContain(numbers, n => Math.Abs(n - 3d / 13) < 1e-9);
    }

    [OpenpyxlFact]
    public void Report_SampleAsXlsx_HasASheetPerIndicatorAndRagAsWordAndColour()
    {
        using var folder = new TempFolder();
        string file = Path.Combine(folder.Path, "report.xlsx");
        var run = CliRun.Of([.. SampleReport.Arguments, "--format", "xlsx", "--output", file]);
        Assert.True(run.ExitCode == 0, run.Error);

        var workbook = Openpyxl.Read(file);

        var summary = SheetNamed(workbook, "Summary");
        var ids = Rows(summary).Skip(1).Select(r => r[0].GetProperty("v").GetString()!).ToList();
        var names = workbook.GetProperty("sheets").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.All(ids, id => Assert.Contains(id, names));
        // Each RAG word on its own colour (Excel's Bad, Neutral and Good fills), wherever there is one.
        var fills = new Dictionary<string, string> { ["Red"] = "FFFFC7CE", ["Amber"] = "FFFFEB9C", ["Green"] = "FFC6EFCE" };
        var rags = ids.Select(id => Row(summary, id)["RAG"]).Where(c => c.GetProperty("v").ValueKind == JsonValueKind.String).ToList();
        Assert.NotEmpty(rags);
        Assert.All(rags, c => Assert.Equal(fills[c.GetProperty("v").GetString()!], c.GetProperty("fill").GetString()));
        // NI62 is 16.0% against a target of 12% (samples/data/performance/targets.csv), lower is better: worse, so Red.
        var ni62 = Row(summary, "NI62");
        Assert.Equal("Red", ni62["RAG"].GetProperty("v").GetString());
        Assert.Equal(0.12, ni62["Target"].GetProperty("v").GetDouble(), 12);

        // NI62's sheet: the sample's earlier years 2004-05 and 2005-06 (its SSDA903 returns, samples/data/ssda903/README.md)
        // at their 31 March, then the months April 2006 to March 2007 at each month's end; the year to date at March is the
        // year's figure.
        var months = Rows(SheetNamed(workbook, "NI62"));
        Assert.Equal(1 + 2 + 12, months.Length);
        Assert.Equal(("Year 2004-05", "Year 2005-06", "Month"), (months[1][1].GetProperty("v").GetString(), months[2][1].GetProperty("v").GetString(), months[3][1].GetProperty("v").GetString()));
        Assert.Equal(("2005-03-31T00:00:00", "2006-04-30T00:00:00", "2007-03-31T00:00:00"), (months[1][0].GetProperty("v").GetString(), months[3][0].GetProperty("v").GetString(), months[14][0].GetProperty("v").GetString()));
        var march = Row(SheetNamed(workbook, "NI62"), 14);
        Assert.Equal(ni62["Value"].GetProperty("v").GetDouble(), march["Year to date value"].GetProperty("v").GetDouble(), 12);
        Assert.Equal("0.0%", march["Year to date value"].GetProperty("f").GetString());
    }
}
