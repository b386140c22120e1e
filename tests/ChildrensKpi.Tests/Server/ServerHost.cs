extern alias server;

using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChildrensKpi.Tests.Server;

/// <summary>The HTTP API hosted in memory (no socket is opened), or on Kestrel at 127.0.0.1, with the settings a test gives.</summary>
internal static class ServerHost
{
    public static WebApplicationFactory<server::Program> Create(params (string Key, string Value)[] settings) =>
        Create(null, settings);

    /// <summary>In memory, with every log entry also given to <paramref name="logs"/>.</summary>
    public static WebApplicationFactory<server::Program> Create(LogCapture? logs, params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<server::Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
            if (logs is not null)
            {
                builder.ConfigureLogging(logging => logging.AddProvider(logs));
            }
        });

    /// <summary>
    /// On a real Kestrel listening on 127.0.0.1 at a port the system chooses, for what the in-memory server cannot show
    /// (data rates, a client closing its socket). Returns the factory, to dispose, and the server's address.
    /// </summary>
    public static (WebApplicationFactory<server::Program> Host, Uri Address) StartKestrel(
        Action<KestrelServerOptions>? kestrel, LogCapture? logs, params (string Key, string Value)[] settings)
    {
        var host = Create(logs, settings);
        host.UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            kestrel?.Invoke(options);
        });
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return (host, new Uri(address));
    }

    /// <summary>The problem details of <paramref name="response"/>, checking that they are problem details.</summary>
    public static async Task<JsonElement> ProblemOf(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }
}
