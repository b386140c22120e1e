using System.Net;

namespace ChildrensKpi.Server.Security;

/// <summary>Which of the addresses a server listens on reach beyond this machine.</summary>
internal static class ListenAddresses
{
    /// <summary>
    /// The addresses asked for in configuration (<c>--urls</c>, <c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c>/<c>HTTPS_PORTS</c>,
    /// <c>Kestrel:Endpoints:*:Url</c>) that are not loopback. Nothing asked for means Kestrel's default, <c>localhost:5000</c>.
    /// </summary>
    public static IReadOnlyList<string> NonLoopbackInConfiguration(IConfiguration configuration)
    {
        var urls = new List<string>();
        urls.AddRange(Split(configuration["urls"]));
        // HTTP_PORTS binds every address: http://*:port.
        urls.AddRange(Split(configuration["http_ports"]).Select(port => $"http://*:{port}"));
        urls.AddRange(Split(configuration["https_ports"]).Select(port => $"https://*:{port}"));
        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            urls.AddRange(Split(endpoint["Url"]));
        }
        return [.. urls.Where(url => !IsLoopback(url))];
    }

    /// <summary>
    /// Whether <paramref name="url"/> listens only on this machine: <c>localhost</c> or a loopback address (127.0.0.0/8, ::1).
    /// Wildcards (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c>), other names and unreadable URLs count as not loopback.
    /// </summary>
    public static bool IsLoopback(string url)
    {
        int scheme = url.IndexOf("://", StringComparison.Ordinal);
        var rest = scheme < 0 ? url : url[(scheme + 3)..];
        int slash = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = slash < 0 ? rest : rest[..slash];
        string host;
        if (authority.StartsWith('['))
        {
            int close = authority.IndexOf(']', StringComparison.Ordinal);
            host = close < 0 ? authority : authority[1..close];
        }
        else
        {
            int colon = authority.LastIndexOf(':');
            host = colon < 0 ? authority : authority[..colon];
        }
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }

    private static string[] Split(string? list) =>
        (list ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
