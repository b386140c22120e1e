extern alias server;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChildrensKpi.Tests.Server;

/// <summary>The HTTP API hosted in memory (no socket is opened), with the settings a test gives.</summary>
internal static class ServerHost
{
    public static WebApplicationFactory<server::Program> Create(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<server::Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
}
