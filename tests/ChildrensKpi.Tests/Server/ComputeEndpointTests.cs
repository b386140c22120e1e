using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ChildrensKpi.Readers;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Server;

public class ComputeEndpointTests
{
    private static readonly string Sample = Repository.Path("samples", "data", "ssda903");

    private static MultipartFormDataContent SampleUpload(params (string Field, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var path in Directory.GetFiles(Sample, "*.csv").Order(StringComparer.Ordinal))
        {
            form.Add(FileContent(File.ReadAllBytes(path)), "ssda903", Path.GetFileName(path));
        }
        foreach (var (field, value) in fields)
        {
            form.Add(new StringContent(value), field);
        }
        return form;
    }

    private static ByteArrayContent FileContent(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Compute_SampleUpload_MatchesTheIndependentOracle()
    {
        // samples/data/ssda903/README.md: oracle_ssda903.py, an independent reading of the rules, gives NI62 26 of 163.
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/v1/compute", SampleUpload(("yearEnding", "2007-03-31"), ("indicators", "NI62")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2006-04-01", json.RootElement.GetProperty("periodStart").GetString());
        var ni62 = Assert.Single(json.RootElement.GetProperty("indicators").EnumerateArray());
        Assert.Equal(26, ni62.GetProperty("numerator").GetDecimal());
        Assert.Equal(163, ni62.GetProperty("denominator").GetDecimal());
        // The README's row accounting: two deliberate errors, both in episodes_2006-07.csv, are rejected (the third is a
        // later return's correction, used with a warning on the earlier copy).
        Assert.Equal(2, json.RootElement.GetProperty("rows").GetProperty("rejected").GetInt64());
        Assert.All(json.RootElement.GetProperty("rejections").EnumerateArray(), r => Assert.Equal("episodes_2006-07.csv", r.GetProperty("path").GetString()));
    }

    [Fact]
    public async Task Compute_SampleUpload_AnswersExactlyWhatComputeReportWrites()
    {
        // Property: the body is the library's contract JSON, byte for byte, for the same files read the CLI's way.
        using var host = ServerHost.Create();
        using var client = host.CreateClient();
        var read = Ssda903Reader.ReadFolder(Sample);
        var period = ReportingPeriod.YearEnding(new LocalDate(2007, 3, 31));
        var options = ComputeOptions.Default with { Explain = true };
        var expected = new ComputeReport(period, [ChildrensKpi.Indicators.NI62.Compute(new IndicatorInputs { LookedAfter = read.Data }, period, options)], read.Account);
        using var written = new MemoryStream();
        expected.WriteJson(written, includeChildren: true);

        var response = await client.PostAsync("/v1/compute", SampleUpload(("yearEnding", "2007-03-31"), ("indicators", "NI62"), ("detail", "true")));

        Assert.Equal(written.ToArray(), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Compute_JsonRecords_HandWorkedNi62()
    {
        // Year ending 2007-03-31; NI62 counts children looked after on 31/03/2007 with 3+ placements open in the year.
        //   C1: S 01/04/2006 → P 01/06/2006 → P 01/09/2006, open: 3 placements, looked after at 31 March → numerator.
        //   C2: S 01/05/2006, open: 1 placement → denominator only.
        //   C3: S 01/05/2006, ended 01/12/2006 (E4A): not looked after at 31 March → neither.
        //   C4: a V3 short break: not time looked after → its row is excluded, the child in neither.
        // NI62 = 1 / 2 = 50%. Rows: 6 read, 5 used, 1 excluded (the short break, the 6th record).
        const string body = """
            {
              "yearEnding": "2007-03-31",
              "indicators": ["NI62"],
              "episodes": [
                {"child":"C1","start":"2006-04-01","reasonForNewEpisode":"S","legalStatus":"C2","placement":"U4","end":"2006-06-01","reasonCeased":"X1"},
                {"child":"C1","start":"2006-06-01","reasonForNewEpisode":"P","legalStatus":"C2","placement":"U4","end":"2006-09-01","reasonCeased":"X1"},
                {"child":"C1","start":"2006-09-01","reasonForNewEpisode":"P","legalStatus":"C2","placement":"U6","end":null,"reasonCeased":null},
                {"child":"C2","start":"2006-05-01","reasonForNewEpisode":"S","legalStatus":"C2","placement":"U4"},
                {"child":"C3","start":"2006-05-01","reasonForNewEpisode":"S","legalStatus":"V2","placement":"U4","end":"2006-12-01","reasonCeased":"E4A"},
                {"child":"C4","start":"2006-07-01","reasonForNewEpisode":"S","legalStatus":"V3","placement":"K2","end":"2006-07-03","reasonCeased":"E8"}
              ]
            }
            """;
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/v1/compute", Json(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ni62 = Assert.Single(json.RootElement.GetProperty("indicators").EnumerateArray());
        Assert.Equal(1, ni62.GetProperty("numerator").GetDecimal());
        Assert.Equal(2, ni62.GetProperty("denominator").GetDecimal());
        Assert.Equal(50, ni62.GetProperty("value").GetDecimal());
        var file = Assert.Single(json.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal("episodes", file.GetProperty("path").GetString());
        Assert.Equal("Episodes", file.GetProperty("table").GetString());
        Assert.Equal(6, file.GetProperty("read").GetInt64());
        Assert.Equal(5, file.GetProperty("used").GetInt64());
        Assert.Equal(1, file.GetProperty("excluded").GetInt64());
        var exclusion = Assert.Single(json.RootElement.GetProperty("exclusions").EnumerateArray());
        Assert.Equal(6, exclusion.GetProperty("firstLine").GetInt64());
    }

    [Fact]
    public async Task Compute_JsonRecordsWithSuppressionThreshold_WithholdsTheNumeratorOfOne()
    {
        // The hand-worked case above gives NI62 1 / 2. Asked for disclosure control with threshold 5: the numerator 1 is
        // a count from 1 to 5, so it is withheld; the denominator 2 is small too; the value derives from them.
        const string body = """
            {
              "yearEnding": "2007-03-31",
              "indicators": ["NI62"],
              "suppressionThreshold": 5,
              "episodes": [
                {"child":"C1","start":"2006-04-01","reasonForNewEpisode":"S","legalStatus":"C2","placement":"U4","end":"2006-06-01","reasonCeased":"X1"},
                {"child":"C1","start":"2006-06-01","reasonForNewEpisode":"P","legalStatus":"C2","placement":"U4","end":"2006-09-01","reasonCeased":"X1"},
                {"child":"C1","start":"2006-09-01","reasonForNewEpisode":"P","legalStatus":"C2","placement":"U6"},
                {"child":"C2","start":"2006-05-01","reasonForNewEpisode":"S","legalStatus":"C2","placement":"U4"}
              ]
            }
            """;
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/v1/compute", Json(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ni62 = Assert.Single(json.RootElement.GetProperty("indicators").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, ni62.GetProperty("numerator").ValueKind);
        Assert.Equal(JsonValueKind.Null, ni62.GetProperty("value").ValueKind);
        Assert.True(ni62.GetProperty("suppressed").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Compute_UnrecognisedFile_IsAccountedAsExcludedNotRefused()
    {
        // Issue 13: an upload whose header matches no table used to be a 400 that stopped the run; now its rows are excluded
        // and the other uploads are read.
        const string junk = "foo,bar\n1,2\n";
        const string episodes = "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA,01/04/2006,S,C2,U4,,\n";
        using var host = ServerHost.Create();
        using var client = host.CreateClient();
        using var form = new MultipartFormDataContent
        {
            { FileContent(Encoding.UTF8.GetBytes(junk)), "ssda903", "junk.csv" },
            { FileContent(Encoding.UTF8.GetBytes(episodes)), "ssda903", "episodes.csv" },
            { new StringContent("2007-03-31"), "yearEnding" },
        };

        var response = await client.PostAsync("/v1/compute", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var files = json.RootElement.GetProperty("files").EnumerateArray()
            .Select(f => (f.GetProperty("path").GetString(), f.GetProperty("table").GetString(), f.GetProperty("read").GetInt64(), f.GetProperty("excluded").GetInt64()))
            .ToList();
        Assert.Equal([("episodes.csv", "Episodes", 1L, 0L), ("junk.csv", "unrecognised", 1L, 1L)], files);
    }

    [Fact]
    public async Task Compute_OverTheSizeLimit_Is413()
    {
        // episodes_2006-07.csv alone is tens of kilobytes, far over a 1 KiB limit.
        using var host = ServerHost.Create(("ChildrensKpi:MaxRequestBodyBytes", "1024"));
        using var client = host.CreateClient();

        var response = await client.PostAsync("/v1/compute", SampleUpload(("yearEnding", "2007-03-31")));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await ServerHost.ProblemOf(response);
        Assert.Equal("The request body is larger than this server accepts (1024 bytes; setting ChildrensKpi:MaxRequestBodyBytes).",
            problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Compute_JsonOverTheSizeLimit_Is413()
    {
        using var host = ServerHost.Create(("ChildrensKpi:MaxRequestBodyBytes", "64"));
        using var client = host.CreateClient();

        var response = await client.PostAsync("/v1/compute", Json($$"""{"yearEnding":"2007-03-31","indicators":["{{new string('x', 100)}}"]}"""));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Compute_MissingYearEnding_Is400NamingIt()
    {
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/v1/compute", SampleUpload());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ServerHost.ProblemOf(response);
        Assert.Equal("yearEnding", problem.GetProperty("field").GetString());
        Assert.Equal("yearEnding is required: the last day of the period, written yyyy-mm-dd (e.g. 2007-03-31).", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Compute_InvalidYearEnding_Is400NamingIt()
    {
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/v1/compute", Json("""{"yearEnding":"31/03/2007","episodes":[]}"""));

        var problem = await ServerHost.ProblemOf(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("yearEnding", problem.GetProperty("field").GetString());
        Assert.Equal("yearEnding: '31/03/2007' is not a date written yyyy-mm-dd.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Compute_YearEnding9999_Is400NamingTheBound()
    {
        // Once a 500: NI66's period arithmetic overflowed NodaTime's calendar past 9999-12-31.
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/v1/compute", Json("""{"yearEnding":"9999-12-31","episodes":[]}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ServerHost.ProblemOf(response);
        Assert.Equal("yearEnding", problem.GetProperty("field").GetString());
        Assert.Equal("yearEnding: '9999-12-31' is outside the years 1800 to 2999, the dates ChildrensKpi computes for.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Compute_JsonDateOfBirth9999_IsRejectedAsInAFile()
    {
        // The records are read as the rows of the Header table: 31/12/9999 is outside the supported years (SSDA903-E008),
        // so the Header row is rejected (record 1, column DOB) and the request answered, as for a file.
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/v1/compute", Json("""
            {"yearEnding":"2007-03-31","episodes":[{"child":"C1","start":"2006-04-01","reasonForNewEpisode":"S","legalStatus":"C2","placement":"U4"}],
             "children":[{"child":"C1","sex":"1","dateOfBirth":"9999-12-31"}]}
            """));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var rejection = Assert.Single(json.RootElement.GetProperty("rejections").EnumerateArray());
        Assert.Equal("DOB", rejection.GetProperty("column").GetString());
        Assert.Equal("SSDA903-E008", rejection.GetProperty("ruleId").GetString());
        Assert.Equal(1L, rejection.GetProperty("line").GetInt64());
    }

    [Fact]
    public async Task Compute_UploadWithARowOf17MiB_Is400NamingFileLineAndLimit()
    {
        // Once a 500 with Sep's NotSupportedException; 17 MiB is well under the server's 1 GiB body limit.
        var bytes = new byte[17 * 1024 * 1024];
        bytes.AsSpan().Fill((byte)'x');
        "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA,01/04/2006,S,C2,U4,,\n"u8.CopyTo(bytes);
        using var host = ServerHost.Create();
        using var client = host.CreateClient();
        using var form = new MultipartFormDataContent
        {
            { FileContent(bytes), "ssda903", "episodes.csv" },
            { new StringContent("2007-03-31"), "yearEnding" },
        };

        var response = await client.PostAsync("/v1/compute", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ServerHost.ProblemOf(response);
        Assert.Equal("An input file could not be read", problem.GetProperty("title").GetString());
        Assert.Equal("episodes.csv", problem.GetProperty("file").GetString());
        Assert.Equal("episodes.csv line 3: the row starting here is longer than 16,777,216 characters (16 MiB), the longest row ChildrensKpi reads " +
            "(an unclosed quote makes the rest of a file one row; a device such as /dev/zero never ends); the file is not read.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Compute_UnknownIndicator_Is400NamingIt()
    {
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/v1/compute", SampleUpload(("yearEnding", "2007-03-31"), ("indicators", "NI62,NI999")));

        var problem = await ServerHost.ProblemOf(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("indicators", problem.GetProperty("field").GetString());
        Assert.Equal($"indicators: 'NI999' is not an indicator. Known: {string.Join(", ", ChildrensKpi.Indicators.All.Select(i => i.Definition.Id))}.",
            problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Compute_UploadIndicatorWithoutItsInputs_Is400NamingTheFormField()
    {
        // NI59 is timed from children in need referrals: SSDA903 files alone cannot supply it.
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/v1/compute", SampleUpload(("yearEnding", "2007-03-31"), ("indicators", "NI59")));

        var problem = await ServerHost.ProblemOf(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("cin", problem.GetProperty("field").GetString());
        Assert.Equal("NI59 needs cin, which the request lacks.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Compute_JsonIndicatorWithoutItsInputs_Is400NamingTheProperty()
    {
        // CLA10K is per 10,000 children: without population it cannot be computed.
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/v1/compute", Json("""{"yearEnding":"2007-03-31","indicators":["CLA10K"],"episodes":[]}"""));

        var problem = await ServerHost.ProblemOf(response);
        Assert.Equal("population", problem.GetProperty("field").GetString());
        Assert.Equal("CLA10K needs population, which the request lacks.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Compute_JsonOfTheWrongType_Is400NamingThePath()
    {
        // "start": 20 is a number where a date string belongs. {"yearEnding":"2007-03-31","episodes":[{"child":"C1","start":
        // is 61 bytes (1 + 12 + 1 + 12 + 1 + 10 + 1 + 1 + 1 + 7 + 1 + 4 + 1 + 7 + 1), so 20 is bytes 62–63 and the reader stops just past it: near byte 64.
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/v1/compute", Json("""{"yearEnding":"2007-03-31","episodes":[{"child":"C1","start":20}]}"""));

        var problem = await ServerHost.ProblemOf(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("episodes[0].start", problem.GetProperty("field").GetString());
        Assert.Equal("The JSON body cannot be read at episodes[0].start (line 1, near byte 64): the value is not of the expected type " +
            "(dates and codes are strings, detail is true or false, ages and counts are whole numbers).", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Compute_JsonWithUnknownProperty_Is400NamingIt()
    {
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/v1/compute", Json("""{"yearEnding":"2007-03-31","episode":[]}"""));

        var problem = await ServerHost.ProblemOf(response);
        Assert.Equal("episode", problem.GetProperty("field").GetString());
        Assert.StartsWith("The JSON body cannot be read at episode (line 1, near byte ", problem.GetProperty("detail").GetString());
        Assert.EndsWith("'episode' is not a property of this request (names are camelCase).", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Compute_JsonInvalidRecords_AreRejectedAsTheSameRowsOfAFileAre()
    {
        // Record 1 has PLACE Q9, which is no placement code; record 2 has no child. As rows of an Episodes file both are
        // rejected (row 1 at PLACE, row 2 at CHILD) and the request is answered; the JSON records meet the same rules.
        const string rows = "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nC1,2006-04-01,S,C2,Q9,,\n,01/04/2006,S,C2,U4,,\n";
        var asFile = Ssda903Reader.Read([InputFile.FromText("episodes", rows)]).Account;
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/v1/compute", Json("""
            {"yearEnding":"2007-03-31","episodes":[
              {"child":"C1","start":"2006-04-01","reasonForNewEpisode":"S","legalStatus":"C2","placement":"Q9"},
              {"child":"","start":"01/04/2006","reasonForNewEpisode":"S","legalStatus":"C2","placement":"U4"}]}
            """));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(2, json.RootElement.GetProperty("rows").GetProperty("rejected").GetInt64());
        var rejections = json.RootElement.GetProperty("rejections").EnumerateArray().ToList();
        Assert.Equal(["PLACE", "CHILD"], rejections.Select(r => r.GetProperty("column").GetString()));
        // Located by record number from 1 (line 1 is episodes[0]); worded as the file's rejections are.
        Assert.Equal([1L, 2L], rejections.Select(r => r.GetProperty("line").GetInt64()));
        Assert.Equal(asFile.Rejections.Select(r => r.Rule), rejections.Select(r => r.GetProperty("rule").GetString()));
    }

    [Fact]
    public async Task Compute_FileSentAsText_Is400NamingTheField()
    {
        // curl -F ssda903=episodes.csv (without @) sends the name as text, not the file.
        using var host = ServerHost.Create();
        using var client = host.CreateClient();
        using var form = new MultipartFormDataContent { { new StringContent("episodes.csv"), "ssda903" }, { new StringContent("2007-03-31"), "yearEnding" } };

        var response = await client.PostAsync("/v1/compute", form);

        var problem = await ServerHost.ProblemOf(response);
        Assert.Equal("ssda903", problem.GetProperty("field").GetString());
        Assert.Equal("ssda903 must be a file upload (e.g. curl -F ssda903=@file.csv), not a text field.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Compute_JsonSyntaxError_Is400()
    {
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/v1/compute", Json("""{"yearEnding":"2007-03-31","episodes":[}"""));

        var problem = await ServerHost.ProblemOf(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        // {"yearEnding":"2007-03-31","episodes":[ is 39 bytes (1 + 12 + 1 + 12 + 1 + 10 + 1 + 1), so the "}" that cannot start an element is byte 40.
        Assert.Equal("The JSON body cannot be read at episodes[0] (line 1, near byte 40): '}' is an invalid start of a value.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Compute_PlainText_Is415()
    {
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/v1/compute", new StringContent("yearEnding=2007-03-31"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
