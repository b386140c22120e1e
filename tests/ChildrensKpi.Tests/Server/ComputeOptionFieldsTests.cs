using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ChildrensKpi.Tests.Cli;

namespace ChildrensKpi.Tests.Server;

/// <summary>
/// The compute options of the upload's fields and the JSON request's properties (<c>a3Months</c>, <c>a3Adjusted</c>,
/// <c>adoptionThresholds</c>, <c>turnoverBase</c>, <c>workingDaysPerYear</c>): the figures the command line's flags give
/// (<see cref="ComputeOptionFlagsTests"/>, hand-worked there), and the same refusals.
/// </summary>
public sealed class ComputeOptionFieldsTests
{
    private static ByteArrayContent Csv(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n")));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }

    /// <summary>The sample SSDA903 files and workforce file, and the text fields given.</summary>
    private static MultipartFormDataContent SampleUpload(params (string Field, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var path in Directory.GetFiles(ComputeOptionFlagsTests.Sample, "*.csv").Order(StringComparer.Ordinal))
        {
            form.Add(Csv(File.ReadAllText(path)), "ssda903", Path.GetFileName(path));
        }
        form.Add(Csv(File.ReadAllText(ComputeOptionFlagsTests.Workforce)), "workforce", "workforce.csv");
        form.Add(new StringContent("2007-03-31"), "yearEnding");
        foreach (var (field, value) in fields)
        {
            form.Add(new StringContent(value), field);
        }
        return form;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> Indicator(HttpResponseMessage response, string id)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return ComputeOptionFlagsTests.Indicator(text, id);
    }

    private static async Task<string?> Refusal(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await ServerHost.ProblemOf(response)).GetProperty("detail").GetString();
    }

    public static TheoryData<string, string, string, string[], decimal, decimal> SameAnswer => new()
    {
        // ComputeOptionFlagsTests' working: ADOPT_A3 2 of 4 at 17 months, 0 of 4 unadjusted; SW_TURNOVER 3.0 / 40.6
        // on the average FTE; SW_SICKNESS 183.5 / (41.1 × 200).
        { "ADOPT_A3", "a3Months", "17", ["--a3-months", "17"], 2m, 4m },
        { "ADOPT_A3", "a3Adjusted", "false", ["--a3-unadjusted"], 0m, 4m },
        { "SW_TURNOVER", "turnoverBase", "average", ["--turnover-base", "average"], 3.0m, 40.6m },
        { "SW_SICKNESS", "workingDaysPerYear", "200", ["--working-days-per-year", "200"], 183.5m, 8_220m },
    };

    [Theory]
    [MemberData(nameof(SameAnswer))]
    public async Task Compute_UploadOptionField_GivesTheCommandLinesFigures(string id, string field, string value, string[] flags, decimal numerator, decimal denominator)
    {
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var served = await Indicator(await client.PostAsync("/v1/compute", SampleUpload(("indicators", id), (field, value))), id);
        var run = CliRun.Of(["compute", "--ssda903", ComputeOptionFlagsTests.Sample, "--workforce", ComputeOptionFlagsTests.Workforce,
            "--year-ending", "2007-03-31", "--indicators", id, "--format", "json", .. flags]);

        Assert.Equal((numerator, denominator), ComputeOptionFlagsTests.Figures(served));
        Assert.Equal(run.Output.Length > 0 ? ComputeOptionFlagsTests.Indicator(run.Output, id).ToString() : null, served.ToString());
    }

    [Fact]
    public async Task Compute_UploadAdoptionThresholdsFile_IsTheTargetOfItsYear()
    {
        using var host = ServerHost.Create();
        using var client = host.CreateClient();
        var form = SampleUpload(("indicators", "ADOPT_A1"));
        form.Add(Csv("Year,A1Days,A2Days\n2007,500,60\n"), "adoptionThresholds", "thresholds.csv");

        var served = await Indicator(await client.PostAsync("/v1/compute", form), "ADOPT_A1");
        var none = await Indicator(await client.PostAsync("/v1/compute", SampleUpload(("indicators", "ADOPT_A1"), ("adoptionThresholds", "none"))), "ADOPT_A1");

        Assert.Contains(served.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("Scorecard threshold for periods ending in 2007: 500 days", StringComparison.Ordinal));
        Assert.Contains(none.GetProperty("notes").EnumerateArray(), n => n.GetString() == "No scorecard threshold for periods ending in 2007, so there is no target.");
    }

    // Two children adopted in the year ending 31/03/2007, placed for adoption (P, A4) after a foster placement (S, U4):
    //   A: entered care 01/01/2005, moved in 01/02/2006, 13 months on: before 01/03/2006 (14 months), not before 01/01/2006 (12).
    //   B: entered care 01/06/2005, moved in 01/11/2005, 5 months on: within both.
    // ADOPT_A3 at 14 months (the default) 2 of 2; at 12, 1 of 2.
    private const string Adoptions = """
        "episodes": [
          {"child":"A","start":"2005-01-01","reasonForNewEpisode":"S","legalStatus":"C2","placement":"U4","end":"2006-02-01","reasonCeased":"E11"},
          {"child":"A","start":"2006-02-01","reasonForNewEpisode":"P","legalStatus":"E1","placement":"A4","end":"2006-08-01","reasonCeased":"E11"},
          {"child":"B","start":"2005-06-01","reasonForNewEpisode":"S","legalStatus":"C2","placement":"U4","end":"2005-11-01","reasonCeased":"E11"},
          {"child":"B","start":"2005-11-01","reasonForNewEpisode":"P","legalStatus":"E1","placement":"A4","end":"2006-06-01","reasonCeased":"E11"}
        ]
        """;

    [Theory]
    [InlineData("", 2)]
    [InlineData("\"a3Months\": 14,", 2)]
    [InlineData("\"a3Months\": 12,", 1)]
    public async Task Compute_JsonA3Months_CountsAsTheOptionSays(string option, int numerator)
    {
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var served = await Indicator(await client.PostAsync("/v1/compute",
            Json($$"""{ "yearEnding": "2007-03-31", "indicators": ["ADOPT_A3"], {{option}} {{Adoptions}} }""")), "ADOPT_A3");

        Assert.Equal((numerator, 2m), ComputeOptionFlagsTests.Figures(served));
    }

    [Fact]
    public async Task Compute_JsonAdoptionThresholdRows_AreTheTargetOfTheirYear()
    {
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var rows = await Indicator(await client.PostAsync("/v1/compute", Json($$"""
            { "yearEnding": "2007-03-31", "indicators": ["ADOPT_A1"], "adoptionThresholds": [{"year": 2007, "a1Days": 500, "a2Days": 60}], {{Adoptions}} }
            """)), "ADOPT_A1");
        var none = await Indicator(await client.PostAsync("/v1/compute", Json($$"""
            { "yearEnding": "2007-03-31", "indicators": ["ADOPT_A1"], "adoptionThresholds": "none", {{Adoptions}} }
            """)), "ADOPT_A1");

        Assert.Contains(rows.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("Scorecard threshold for periods ending in 2007: 500 days", StringComparison.Ordinal));
        Assert.Contains(none.GetProperty("notes").EnumerateArray(), n => n.GetString() == "No scorecard threshold for periods ending in 2007, so there is no target.");
    }

    [Theory]
    [InlineData("a3Months", "0", "a3Months: '0' is not a whole number of months, 1 or more.")]
    [InlineData("a3Months", "twelve", "a3Months: 'twelve' is not a whole number of months, 1 or more.")]
    [InlineData("a3Adjusted", "no", "a3Adjusted: 'no' is not true or false.")]
    [InlineData("workingDaysPerYear", "0", "workingDaysPerYear: '0' is not a whole number of days, 1 or more.")]
    [InlineData("turnoverBase", "mean", "turnoverBase: 'mean' is not year-end or average.")]
    [InlineData("adoptionThresholds", "latest", "adoptionThresholds: 'latest' is not published or none.")]
    public async Task Compute_UploadBadOption_Is400NamingTheField(string field, string value, string detail)
    {
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        Assert.Equal(detail, await Refusal(await client.PostAsync("/v1/compute", SampleUpload((field, value)))));
    }

    [Theory]
    [InlineData("\"a3Months\": 0", "a3Months: '0' is not a whole number of months, 1 or more.")]
    [InlineData("\"workingDaysPerYear\": -1", "workingDaysPerYear: '-1' is not a whole number of days, 1 or more.")]
    [InlineData("\"turnoverBase\": \"mean\"", "turnoverBase: 'mean' is not year-end or average.")]
    [InlineData("\"adoptionThresholds\": \"latest\"", "adoptionThresholds: 'latest' is not published or none.")]
    [InlineData("\"adoptionThresholds\": [{\"year\": 2016, \"a1Days\": 426, \"a2Days\": 121}, {\"year\": 2016, \"a1Days\": 400, \"a2Days\": 100}]",
        "adoptionThresholds: 'adoptionThresholds': Two thresholds are given for 2016.")]
    [InlineData("\"adoptionThresholds\": [{\"year\": 2016, \"a1Days\": -5, \"a2Days\": 121}]",
        "adoptionThresholds: 'adoptionThresholds' line 2: A1Days must be a whole number of days, 0 or more.")]
    public async Task Compute_JsonBadOption_Is400WithTheUploadsReason(string option, string detail)
    {
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        Assert.Equal(detail, await Refusal(await client.PostAsync("/v1/compute",
            Json($$"""{ "yearEnding": "2007-03-31", {{option}}, {{Adoptions}} }"""))));
    }

    [Fact]
    public async Task OpenApi_FormSchema_ListsTheOptionFields()
    {
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var form = json.RootElement.GetProperty("paths").GetProperty("/v1/compute").GetProperty("post").GetProperty("requestBody")
            .GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema").GetProperty("properties");

        Assert.All(new[] { "a3Months", "a3Adjusted", "adoptionThresholds", "turnoverBase", "workingDaysPerYear" },
            field => Assert.True(form.TryGetProperty(field, out _), field));
        Assert.Equal(["year-end", "average"], form.GetProperty("turnoverBase").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Compute_UploadAdoptionThresholdsTwice_Is400()
    {
        using var host = ServerHost.Create();
        using var client = host.CreateClient();
        var form = SampleUpload(("adoptionThresholds", "none"));
        form.Add(Csv("Year,A1Days,A2Days\n2007,500,60\n"), "adoptionThresholds", "thresholds.csv");

        Assert.Equal("adoptionThresholds is given more than once: give published or none as a text field, or upload one file of Year,A1Days,A2Days rows.",
            await Refusal(await client.PostAsync("/v1/compute", form)));
    }

    // CIN_DISABLED, year ending 31/03/2023: three children in need then (open referrals, not NFA, under 18).
    //   K1 MOB and HAND: a disability → numerator. K2 NONE: no disability. K3 no Disabilities recorded: no disability.
    // 1 of 3, from the records as from the census's flat tables.
    [Fact]
    public async Task Compute_JsonCinChildrenDisabilities_GiveTheFilesFigures()
    {
        const string body = """
            {
              "yearEnding": "2023-03-31",
              "indicators": ["CIN_DISABLED"],
              "referrals": [
                {"child":"K1","date":"2022-06-01","source":"1A","primaryNeed":"N1","noFurtherAction":false},
                {"child":"K2","date":"2022-09-01","source":"1A","primaryNeed":"N2","noFurtherAction":false},
                {"child":"K3","date":"2022-10-01","source":"1A","primaryNeed":"N1","noFurtherAction":false}
              ],
              "cinChildren": [
                {"child":"K1","dateOfBirth":"2015-05-01","sex":"1","disabilities":["MOB","HAND"]},
                {"child":"K2","dateOfBirth":"2012-01-10","sex":"2","disabilities":["NONE"]},
                {"child":"K3","dateOfBirth":"2010-03-03","sex":"1"}
              ]
            }
            """;
        var form = new MultipartFormDataContent
        {
            { Csv("LAchildID,CINreferralDate,ReferralSource,PrimaryNeedCode,CINclosureDate,ReasonForClosure,ReferralNFA\n" +
                "K1,2022-06-01,1A,N1,,,false\nK2,2022-09-01,1A,N2,,,false\nK3,2022-10-01,1A,N1,,,false\n"), "cin", "referrals.csv" },
            { Csv("LAchildID,PersonBirthDate,GenderCurrent\nK1,2015-05-01,1\nK2,2012-01-10,2\nK3,2010-03-03,1\n"), "cin", "children.csv" },
            { Csv("LAchildID,Disability\nK1,MOB\nK1,HAND\nK2,NONE\n"), "cin", "disabilities.csv" },
            { new StringContent("2023-03-31"), "yearEnding" },
            { new StringContent("CIN_DISABLED"), "indicators" },
        };
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var records = await Indicator(await client.PostAsync("/v1/compute", Json(body)), "CIN_DISABLED");
        var files = await Indicator(await client.PostAsync("/v1/compute", form), "CIN_DISABLED");

        Assert.Equal((1m, 3m), ComputeOptionFlagsTests.Figures(records));
        Assert.Equal(files.ToString(), records.ToString());
    }
}
