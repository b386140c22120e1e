extern alias server;

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using server::ChildrensKpi.Server;
using server::ChildrensKpi.Server.Security;

namespace ChildrensKpi.Tests.Server;

public class SecurityTests
{
    // 44 characters, as openssl rand -base64 32 makes them.
    private const string Key = "q3V9x2Lk8Rm4Tz7Wb1Nc6Hf0Jd5Gs8Ya2Pe4Uo9Ki1M=";

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

    [Theory]
    [InlineData("q3V9x2Lk8Rm4Tz7Wb1Nc6Hf0Jd5Gs8Ya2Pe4Uo9Ki1N=")] // same length, last character wrong
    [InlineData("Z3V9x2Lk8Rm4Tz7Wb1Nc6Hf0Jd5Gs8Ya2Pe4Uo9Ki1M=")] // same length, first character wrong
    [InlineData("q3V9x2Lk8Rm4Tz7Wb1Nc6Hf0Jd5Gs8Ya2Pe4Uo9Ki1M=x")] // the key and more
    [InlineData("q3V9x2Lk")] // a prefix of the key
    [InlineData("x")]
    public async Task V1_WithWrongKey_Is401(string offered)
    {
        using var host = ServerHost.Create(("ChildrensKpi:ApiKey", Key));
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", offered);

        var response = await client.GetAsync("/v1/indicators");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task V1_WithKeyFromAFile_Is200WithIt()
    {
        // The file's trailing newline (echo writes one) is not part of the key.
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, Key + "\n");
        try
        {
            using var host = ServerHost.Create(("ChildrensKpi:ApiKeyFile", file));
            using var client = host.CreateClient();

            var without = await client.GetAsync("/v1/indicators");
            client.DefaultRequestHeaders.Add("X-Api-Key", Key);
            var with = await client.GetAsync("/v1/indicators");

            Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
            Assert.Equal(HttpStatusCode.OK, with.StatusCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void From_KeyShorterThan32_RefusesNamingTheLengthNotTheKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("ChildrensKpi:ApiKey", "sesame-open-up")]).Build();

        var error = Assert.Throws<ServerRefusedException>(() => ServerSettings.From(configuration));

        Assert.Equal("Refusing to start: the API key in ChildrensKpi:ApiKey is 14 characters long; it must be at least 32 (e.g. openssl rand -base64 32).", error.Message);
        Assert.Equal(1, error.ExitCode);
    }

    [Fact]
    public void From_KeyAndKeyFileBoth_Refuses()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
            [new("ChildrensKpi:ApiKey", Key), new("ChildrensKpi:ApiKeyFile", "/run/secrets/kpi-key")]).Build();

        var error = Assert.Throws<ServerRefusedException>(() => ServerSettings.From(configuration));

        Assert.Equal("Refusing to start: both ChildrensKpi:ApiKey and ChildrensKpi:ApiKeyFile are set; set one.", error.Message);
    }

    [Fact]
    public void ToString_OfSettingsWithAKey_DoesNotShowIt()
    {
        // A record prints its members, so the settings in a log line or a debugger would otherwise show the key.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("ChildrensKpi:ApiKey", Key)]).Build();

        var text = ServerSettings.From(configuration).ToString();

        Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
        Assert.Contains("ApiKey = (an API key, not shown)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PseudonymiseKey_FromAFile_NeverShownAndBothSourcesRefused()
    {
        // Issue 17: the server's answers name children by pseudonym under its own key, which, like the API key, no log may show.
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "pseudonym-key-from-file\n");
            var settings = ServerSettings.From(new ConfigurationBuilder().AddInMemoryCollection([new("ChildrensKpi:PseudonymiseKeyFile", file)]).Build());
            var both = new ConfigurationBuilder().AddInMemoryCollection([new("ChildrensKpi:PseudonymiseKey", "k"), new("ChildrensKpi:PseudonymiseKeyFile", file)]).Build();

            // The key read is the file's first line without its newline: HMAC-SHA256 of "C1" under it, worked out with the framework.
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData("pseudonym-key-from-file"u8, "C1"u8)),
                settings.PseudonymisationKey!.Publication(0).ChildIdRenaming!("C1"));
            Assert.DoesNotContain("pseudonym-key-from-file", settings.ToString(), StringComparison.Ordinal);
            Assert.Equal("Refusing to start: both ChildrensKpi:PseudonymiseKey and ChildrensKpi:PseudonymiseKeyFile are set; set one.",
                Assert.Throws<ServerRefusedException>(() => ServerSettings.From(both)).Message);
        }
        finally
        {
            File.Delete(file);
        }
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
    public void CheckConfigured_NonLoopbackWithoutKey_RefusesWithAMessage()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("urls", "http://127.0.0.1:5087;http://0.0.0.0:5099")]).Build();

        var error = Assert.Throws<ServerRefusedException>(() => ListenAddressGuard.CheckConfigured(ServerSettings.From(configuration), configuration));

        Assert.Equal(ProgramTests.PublicRefusal("http://0.0.0.0:5099"), error.Message);
        Assert.Equal(1, error.ExitCode);
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
