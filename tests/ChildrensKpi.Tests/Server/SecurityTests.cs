extern alias server;

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using server::ChildrensKpi.Server.Security;

namespace ChildrensKpi.Tests.Server;

public class SecurityTests
{
    private const string Key = "test-key-7f3a";

    [Fact]
    public async Task V1_WithKeyConfiguredAndNoneSent_Is401Problem()
    {
        using var host = ServerHost.Create(("ChildrensKpi:ApiKey", Key));
        using var client = host.CreateClient();

        var response = await client.GetAsync("/v1/indicators");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("An API key is required", json.RootElement.GetProperty("title").GetString());
        Assert.Equal("This server requires its API key: send it as the X-Api-Key header or as Authorization: Bearer <key>.",
            json.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task V1_WithWrongKey_Is401()
    {
        using var host = ServerHost.Create(("ChildrensKpi:ApiKey", Key));
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key + "x");

        var response = await client.GetAsync("/v1/indicators");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task V1_WithKeyHeader_Is200()
    {
        using var host = ServerHost.Create(("ChildrensKpi:ApiKey", Key));
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);

        var response = await client.GetAsync("/v1/indicators");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task V1_WithBearerToken_Is200()
    {
        using var host = ServerHost.Create(("ChildrensKpi:ApiKey", Key));
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);

        var response = await client.GetAsync("/v1/indicators");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Health_WithKeyConfiguredAndNoneSent_Is200()
    {
        using var host = ServerHost.Create(("ChildrensKpi:ApiKey", Key));
        using var client = host.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Start_NonLoopbackWithoutKey_RefusesWithAMessage()
    {
        // Hosted in memory: the configured address is only read, never bound.
        using var host = ServerHost.Create(("urls", "http://0.0.0.0:5099"));

        var error = Assert.Throws<InvalidOperationException>(() => host.CreateClient());

        Assert.Equal(
            "Refusing to start: the server would listen on http://0.0.0.0:5099, which other machines can reach, and no API key is configured. " +
            "Set ChildrensKpi:ApiKey (environment variable ChildrensKpi__ApiKey), or listen on loopback only (e.g. --urls http://127.0.0.1:5087).",
            error.Message);
    }

    [Fact]
    public async Task Start_NonLoopbackWithKey_Starts()
    {
        using var host = ServerHost.Create(("urls", "http://0.0.0.0:5099"), ("ChildrensKpi:ApiKey", Key));
        using var client = host.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5087", true)]
    [InlineData("http://127.4.5.6:80/", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("https://LOCALHOST", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("http://0.0.0.0:5000", false)]
    [InlineData("http://*:8080", false)]
    [InlineData("http://+:80", false)]
    [InlineData("http://[::]:80", false)]
    [InlineData("http://10.1.2.3:5000", false)]
    [InlineData("http://council-kpi.example:5000", false)]
    public void IsLoopback_Url_OnlyLocalhostAndLoopbackAddresses(string url, bool expected)
    {
        Assert.Equal(expected, ListenAddresses.IsLoopback(url));
    }
}
