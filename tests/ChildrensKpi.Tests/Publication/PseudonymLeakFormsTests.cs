using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChildrensKpi.Tests.Cli;
using ChildrensKpi.Tests.Fixtures;
using ChildrensKpi.Tests.Server;
using static ChildrensKpi.Fuzz.Ssda903Forms;

namespace ChildrensKpi.Tests.Publication;

/// <summary>
/// Issue 17, the gaps of <see cref="PseudonymLeakTests"/>: the API's JSON records (dates written yyyy-mm-dd) and an
/// SSDA903 workbook whose dates are Excel serial numbers (a date of birth 38153 is 15/06/2004 to anyone who knows
/// Excel). The same generated returns and mistakes (<see cref="PseudonymLeakFixture"/>); with a key, no output names a
/// child as written, or a date of birth in any of the fixture's forms or as a serial number.
/// </summary>
public sealed class PseudonymLeakFormsTests(PseudonymLeakFixture data) : IClassFixture<PseudonymLeakFixture>
{
    private const string Year = "2015-16";

    /// <summary>This year's SSDA903 tables of the fixture, by table (episodes, header, oc3, ...).</summary>
    private Dictionary<string, CsvTable> Tables() =>
        Directory.EnumerateFiles(data.Ssda903, $"*_{Year}.csv").ToDictionary(f => Path.GetFileName(f).Split('_')[0], CsvTable.Read);

    private static string? Iso(string cell) =>
        DateTime.TryParseExact(cell, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : cell.Length == 0 ? null : cell;

    // Excel's serial day of a date (from 1 March 1900, days since 30 December 1899), as Ssda903Forms writes it.
    private static string? Serial(string cell) =>
        DateTime.TryParseExact(cell, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date - new DateTime(1899, 12, 30)).TotalDays.ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>Every date of birth of the Header and OC3 tables as a serial number, standing alone in <paramref name="text"/>.</summary>
    private IEnumerable<string> SerialLeaks(string where, string text, Dictionary<string, CsvTable> tables)
    {
        var serials = new[] { "header", "oc3" }.Where(tables.ContainsKey)
            .SelectMany(t => tables[t].Rows.Select(r => r[Array.IndexOf(tables[t].Columns, "DOB")]))
            .Select(Serial).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var serial in serials)
        {
            foreach (Match m in Regex.Matches(text, $@"(?<![0-9.]){serial}(?:\.0)?(?![0-9])"))
            {
                yield return $"{where}: date of birth as the serial {serial} in …{text[Math.Max(0, m.Index - 160)..Math.Min(text.Length, m.Index + 30)].ReplaceLineEndings(" ")}…";
            }
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ServerRecords_UnderAKey_NamesNoChildAndNoDateOfBirth(bool detail)
    {
        var tables = Tables();
        IEnumerable<Dictionary<string, string?>> Records(string table, params (string Property, string Column)[] map) =>
            tables[table].Rows.Select(row => map.ToDictionary(m => m.Property, m => Iso(row[Array.IndexOf(tables[table].Columns, m.Column)])));
        var body = new Dictionary<string, object?>
        {
            ["yearEnding"] = PseudonymLeakFixture.YearEnding,
            ["detail"] = detail,
            ["episodes"] = Records("episodes", ("child", "CHILD"), ("start", "DECOM"), ("reasonForNewEpisode", "RNE"), ("legalStatus", "LS"),
                ("placement", "PLACE"), ("end", "DEC"), ("reasonCeased", "REC")),
            ["children"] = Records("header", ("child", "CHILD"), ("sex", "SEX"), ("dateOfBirth", "DOB"), ("ethnicity", "ETHNIC"), ("upn", "UPN")),
        };
        using var host = ServerHost.Create(("ChildrensKpi:PseudonymiseKey", PseudonymLeakFixture.Key));
        using var client = host.CreateClient();

        var response = await client.PostAsync("/v1/compute", new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));

        string answer = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"rejections\"", answer);
        var leaks = data.Leaks("response", answer).ToList();
        Assert.True(leaks.Count == 0, $"{leaks.Count} leaks:\n{string.Join("\n", leaks.Take(20))}");
        // The control: the records do reach the answer's account, by pseudonym.
        Assert.Contains(data.Pseudonyms, p => answer.Contains(p, StringComparison.Ordinal));
    }

    /// <summary>
    /// The workbook as Excel writes dates (a serial number in a date-formatted cell), and with the dates of birth as bare
    /// serial numbers (a General cell, as a column pasted as values gives).
    /// </summary>
    [Theory]
    [InlineData("compute", false)]
    [InlineData("compute", true)]
    [InlineData("validate", false)]
    [InlineData("validate", true)]
    public void Workbook_UnderAKey_NamesNoChildAndNoDateOfBirthNorItsSerial(string command, bool bareSerials)
    {
        var tables = Tables();
        if (bareSerials)
        {
            foreach (var table in new[] { "header", "oc3" }.Where(tables.ContainsKey))
            {
                int dob = Array.IndexOf(tables[table].Columns, "DOB");
                foreach (var row in tables[table].Rows)
                {
                    row[dob] = Serial(row[dob]) ?? row[dob];
                }
            }
        }
        using var folder = new TempFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, $"ssda903_{Year}.xlsx"), ToWorkbook(tables.Select(t => (t.Key, t.Value))));
        string[] arguments = command == "compute"
            ? ["compute", "--ssda903", folder.Path, "--year-ending", PseudonymLeakFixture.YearEnding, "--format", "json", "--detail"]
            : ["validate", "--ssda903", folder.Path, "--format", "json"];

        var run = CliRun.Of([.. arguments, "--pseudonymise-key", PseudonymLeakFixture.Key]);

        Assert.True(run.ExitCode is 0 or 1, $"exit {run.ExitCode}: {run.Error}");
        var leaks = new[] { ("stdout", run.Output), ("stderr", run.Error) }
            .SelectMany(t => data.Leaks(t.Item1, t.Item2).Concat(SerialLeaks(t.Item1, t.Item2, Tables()))).ToList();
        Assert.True(leaks.Count == 0, $"{leaks.Count} leaks:\n{string.Join("\n", leaks.Take(20))}");
        Assert.Contains(data.Pseudonyms, p => run.Output.Contains(p, StringComparison.Ordinal));
    }
}
