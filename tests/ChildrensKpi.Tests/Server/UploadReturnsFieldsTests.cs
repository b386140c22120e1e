using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ChildrensKpi.Tests.Cli;

namespace ChildrensKpi.Tests.Server;

/// <summary>The upload's <c>authority</c> and <c>collectionYear</c> fields, the command line's <c>--authority</c> and <c>--collection-year</c>.</summary>
public sealed class UploadReturnsFieldsTests
{
    // SEX M is a code from 2024-25 on (the 2025 schema's SEX codes); the episode's DECOM puts the files in 2024-25.
    private const string Header2024 = "CHILD,SEX,DOB,ETHNIC\nC1,M,01/05/2010,WBRI\n";
    private const string Episodes2024 = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\nC1,01/05/2024,S,C2,N1,U1,PR1,,,,,,\n";

    private static MultipartFormDataContent Upload(string episodes, string header, params (string Field, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, text) in new[] { ("episodes.csv", episodes), ("header.csv", header) })
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n")));
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(content, "ssda903", name);
        }
        foreach (var (field, value) in fields)
        {
            form.Add(new StringContent(value), field);
        }
        return form;
    }

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    [Fact]
    public async Task Compute_AuthorityField_ComputesThatCouncilsRowsAlone()
    {
        // ComputePooledTests' working: council 202 has NI62 1 of 2, the consortium 1 of 3.
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var own = await Ok(await client.PostAsync("/v1/compute", Upload(ComputePooledTests.Episodes, ComputePooledTests.Header,
            ("yearEnding", "2007-03-31"), ("indicators", "NI62"), ("authority", "202"))));
        var all = await Ok(await client.PostAsync("/v1/compute", Upload(ComputePooledTests.Episodes, ComputePooledTests.Header,
            ("yearEnding", "2007-03-31"), ("indicators", "NI62"))));

        var ni62 = Assert.Single(own.GetProperty("indicators").EnumerateArray());
        Assert.Equal((1m, 2m), (ni62.GetProperty("numerator").GetDecimal(), ni62.GetProperty("denominator").GetDecimal()));
        var total = Assert.Single(all.GetProperty("indicators").EnumerateArray());
        Assert.Equal((1m, 3m), (total.GetProperty("numerator").GetDecimal(), total.GetProperty("denominator").GetDecimal()));
    }

    [Fact]
    public async Task Compute_AuthorityNoLaColumnNames_Is400NamingTheAuthoritiesThere()
    {
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/v1/compute", Upload(ComputePooledTests.Episodes, ComputePooledTests.Header,
            ("yearEnding", "2007-03-31"), ("authority", "203")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ServerHost.ProblemOf(response);
        Assert.Equal("authority 203: no row of the SSDA903 files has LA 203; the authorities are 201, 202.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Compute_CollectionYearField_ChecksTheCodesOfThatYear()
    {
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var given = await Ok(await client.PostAsync("/v1/compute", Upload(Episodes2024, Header2024, ("yearEnding", "2025-03-31"), ("collectionYear", "2023-24"))));
        var own = await Ok(await client.PostAsync("/v1/compute", Upload(Episodes2024, Header2024, ("yearEnding", "2025-03-31"))));

        static long HeaderRejected(JsonElement json) =>
            json.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("table").GetString() == "Header").GetProperty("rejected").GetInt64();
        // In 2023-24 SEX is 1 or 2: M is rejected; in the files' own year, 2024-25, it is a code.
        Assert.Equal((1L, 0L), (HeaderRejected(given), HeaderRejected(own)));
    }

    [Fact]
    public async Task Compute_CollectionYearNotAYear_Is400()
    {
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/v1/compute", Upload(Episodes2024, Header2024, ("yearEnding", "2025-03-31"), ("collectionYear", "2024")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ServerHost.ProblemOf(response);
        Assert.Equal("collectionYear: '2024' is not a collection year: write it as 2024-25.", problem.GetProperty("detail").GetString());
    }
}
