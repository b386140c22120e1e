using System.Net;
using System.Text.Json;

namespace ChildrensKpi.Tests.Server;

public class ServiceEndpointTests
{
    [Fact]
    public async Task Health_WithoutKey_IsOk()
    {
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApi_Document_ListsTheComputeEndpoint()
    {
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = json.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/v1/compute", out var compute));
        Assert.True(compute.TryGetProperty("post", out var post));
        var content = post.GetProperty("requestBody").GetProperty("content");
        Assert.True(content.TryGetProperty("application/json", out _));
        var form = content.GetProperty("multipart/form-data").GetProperty("schema");
        Assert.Equal("yearEnding", Assert.Single(form.GetProperty("required").EnumerateArray()).GetString());
        Assert.Equal("binary", form.GetProperty("properties").GetProperty("ssda903").GetProperty("items").GetProperty("format").GetString());
        Assert.True(paths.TryGetProperty("/v1/indicators", out _));
    }

    [Fact]
    public async Task Indicators_Catalogue_ListsEveryIndicatorWithItsDefinitionAndInputs()
    {
        using var host = ServerHost.Create();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/v1/indicators");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var entries = json.RootElement.GetProperty("indicators").EnumerateArray().ToArray();
        Assert.Equal(ChildrensKpi.Indicators.All.Select(i => i.Definition.Id), entries.Select(e => e.GetProperty("id").GetString()));
        var ni62 = entries[0];
        Assert.Equal("PAF A1", ni62.GetProperty("aliases")[0].GetString());
        Assert.Equal("LowerIsBetter", ni62.GetProperty("polarity").GetString());
        Assert.Equal("Percent", ni62.GetProperty("unit").GetString());
        Assert.Equal(ChildrensKpi.Indicators.NI62.Definition.Numerator, ni62.GetProperty("numerator").GetString());
        Assert.Equal(ChildrensKpi.Indicators.NI62.Definition.Source, ni62.GetProperty("source").GetString());
        Assert.Equal(["LookedAfter"], ni62.GetProperty("requires").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["ssda903"], ni62.GetProperty("formFields").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["episodes"], ni62.GetProperty("jsonProperties").EnumerateArray().Select(e => e.GetString()));
        // CLA10K is a rate per 10,000 children: it needs the population as well as the looked-after records.
        var cla10k = entries.Single(e => e.GetProperty("id").GetString() == "CLA10K");
        Assert.Equal(["ssda903", "population"], cla10k.GetProperty("formFields").EnumerateArray().Select(e => e.GetString()));
        // Each entry names its group: the seeds' indicators, then the current measures (issue 15).
        Assert.Equal("NationalIndicatorSetAndPaf", ni62.GetProperty("group").GetString());
        Assert.Equal("Current", entries.Single(e => e.GetProperty("id").GetString() == "CLA_STARTS").GetProperty("group").GetString());
    }
}
