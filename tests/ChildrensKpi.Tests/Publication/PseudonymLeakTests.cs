using System.Net;
using System.Net.Http.Headers;
using ChildrensKpi.Tests.Cli;
using ChildrensKpi.Tests.Fixtures;
using ChildrensKpi.Tests.Server;

namespace ChildrensKpi.Tests.Publication;

/// <summary>
/// Issue 17, "pseudonymisation everywhere": with a key, no child id as written and no date of birth is in any byte of
/// any output of any command or of the API (standard output, standard error and every file written), on generated
/// returns with a mistake of every kind that makes a reader name a child (<see cref="PseudonymLeakFixture"/>).
/// </summary>
public sealed class PseudonymLeakTests(PseudonymLeakFixture data) : IClassFixture<PseudonymLeakFixture>
{
    /// <summary>Each command, its arguments after the inputs; <c>{out}</c> is a file in a fresh folder.</summary>
    public static TheoryData<string, string[]> Commands() => new()
    {
        { "compute json", ["compute", "@inputs", "--format", "json"] },
        { "compute json --detail", ["compute", "@inputs", "--format", "json", "--detail"] },
        { "compute json --suppress", ["compute", "@inputs", "--format", "json", "--suppress", "--detail"] },
        { "compute csv --detail", ["compute", "@inputs", "--format", "csv", "--detail", "--suppression-threshold", "0"] },
        { "compute table --detail", ["compute", "@inputs", "--format", "table", "--detail", "--suppression-threshold", "0"] },
        { "compute parquet --detail", ["compute", "@inputs", "--format", "parquet", "--detail", "--suppression-threshold", "0", "--output", "{out}/r.parquet"] },
        { "compute xlsx --detail", ["compute", "@inputs", "--format", "xlsx", "--detail", "--suppression-threshold", "0", "--output", "{out}/r.xlsx"] },
        { "report html", ["report", "@inputs", "--output", "{out}/r.html"] },
        { "report xlsx", ["report", "@inputs", "--format", "xlsx", "--output", "{out}/r.xlsx"] },
        { "series json", ["series", "@inputs", "--format", "json"] },
        { "validate json", ["validate", "@inputs", "--format", "json"] },
        { "validate csv", ["validate", "@inputs", "--format", "csv"] },
        { "validate table", ["validate", "@inputs", "--format", "table"] },
        { "validate --dfe ssda903", ["validate", "--dfe", "--ssda903", "@this", "--previous", "@last", "--format", "json"] },
        { "validate --dfe ssda903 csv", ["validate", "--dfe", "--ssda903", "@this", "--previous", "@last", "--format", "csv"] },
        { "validate --dfe cin", ["validate", "--dfe", "--cin", "@xml", "--format", "json"] },
        { "validate --dfe cin table", ["validate", "--dfe", "--cin", "@xml", "--format", "table"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Command_UnderAKey_NamesNoChildAndNoDateOfBirth(string name, string[] command)
    {
        using var output = new TempFolder();
        var run = CliRun.Of(Arguments(command, output.Path, withKey: true));

        Assert.True(run.ExitCode is 0 or 1, $"{name}: exit {run.ExitCode}: {run.Error}");
        var texts = new List<(string Where, string Text)> { ("stdout", run.Output), ("stderr", run.Error) };
        foreach (var file in Directory.GetFiles(output.Path))
        {
            texts.Add((Path.GetFileName(file), await PseudonymLeakFixture.TextOf(file)));
        }
        var leaks = texts.SelectMany(t => data.Leaks(t.Where, t.Text)).ToList();
        Assert.True(leaks.Count == 0, $"{name}: {leaks.Count} leaks:\n{string.Join("\n", leaks.Take(20))}");
        // And the children are there, by pseudonym: in the rejections, warnings, findings or child lists.
        Assert.Contains(data.Pseudonyms, p => texts.Any(t => t.Text.Contains(p, StringComparison.Ordinal)));
    }

    /// <summary>The control: without a key the same outputs do name the children, so the search above finds what it looks for.</summary>
    [Fact]
    public void Compute_WithoutAKey_NamesTheChildrenTheSearchLooksFor()
    {
        var run = CliRun.Of(Arguments(["compute", "@inputs", "--format", "json", "--detail"], "", withKey: false));

        var leaks = data.Leaks("stdout", run.Output).ToList();
        // The forms of the child written three ways (the warning), and the Header row's other DOB quoted in its conflict.
        Assert.Contains(leaks, l => l.Contains("'0566910'", StringComparison.Ordinal));
        Assert.Contains(leaks, l => l.Contains("date of birth", StringComparison.Ordinal));
        Assert.True(leaks.Count > 60, $"{leaks.Count} ids and dates of birth found");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Server_UnderAKey_NamesNoChildAndNoDateOfBirth(bool detail)
    {
        using var host = ServerHost.Create(("ChildrensKpi:PseudonymiseKey", PseudonymLeakFixture.Key));
        using var client = host.CreateClient();
        using var form = new MultipartFormDataContent();
        foreach (var (folder, field) in new[] { (data.Ssda903, "ssda903"), (data.CinFlat, "cin") })
        {
            foreach (var path in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
            {
                var content = new ByteArrayContent(File.ReadAllBytes(path));
                content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
                form.Add(content, field, Path.GetFileName(path));
            }
        }
        form.Add(new StringContent(PseudonymLeakFixture.YearEnding), "yearEnding");
        form.Add(new StringContent(detail ? "true" : "false"), "detail");

        var response = await client.PostAsync("/v1/compute", form);

        string body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"rejections\"", body);
        var leaks = data.Leaks("response", body).ToList();
        Assert.True(leaks.Count == 0, $"{leaks.Count} leaks:\n{string.Join("\n", leaks.Take(20))}");
    }

    private string[] Arguments(string[] command, string output, bool withKey)
    {
        var args = new List<string>();
        foreach (var arg in command)
        {
            switch (arg)
            {
                case "@inputs":
                    args.AddRange(["--ssda903", data.Ssda903, "--cin", data.CinFlat, "--year-ending", PseudonymLeakFixture.YearEnding]);
                    break;
                case "@this":
                    args.Add(data.ThisReturn);
                    break;
                case "@last":
                    args.Add(data.LastReturn);
                    break;
                case "@xml":
                    args.Add(data.CinXml);
                    break;
                default:
                    args.Add(arg.Replace("{out}", output, StringComparison.Ordinal));
                    break;
            }
        }
        return withKey ? [.. args, "--pseudonymise-key", PseudonymLeakFixture.Key] : [.. args];
    }
}
