using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ChildrensKpi.Server.Security;

/// <summary>
/// Refuses to start a server that would be reachable from other machines without an API key: the indicators are
/// computed from children's records, so nothing beyond this machine may ask for them unauthenticated.
/// </summary>
/// <remarks>
/// Checked twice: before the server binds, from the configured addresses, so that a refused server never listens; and
/// once it has bound, from the addresses it actually has, in case they were given some other way. <see cref="Program"/>
/// makes the first check itself before starting the host, so that from the command line a refusal is a message and an
/// exit code rather than a host start-up failure.
/// </remarks>
internal sealed class ListenAddressGuard(ServerSettings settings, IConfiguration configuration, IServer server) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        CheckConfigured(settings, configuration);
        return Task.CompletedTask;
    }

    /// <summary>Refuses when the configured addresses reach beyond this machine and no key is configured.</summary>
    /// <exception cref="ServerRefusedException">They do.</exception>
    public static void CheckConfigured(ServerSettings settings, IConfiguration configuration) =>
        Check(settings, ListenAddresses.NonLoopbackInConfiguration(configuration));

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        var bound = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Check(settings, [.. bound.Where(url => !ListenAddresses.IsLoopback(url))]);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static void Check(ServerSettings settings, IReadOnlyList<string> nonLoopback)
    {
        if (!settings.RequiresKey && nonLoopback.Count > 0)
        {
            throw new ServerRefusedException(
                $"Refusing to start: the server would listen on {string.Join(", ", nonLoopback)}, which other machines can reach, " +
                $"and no API key is configured. Set {ServerSettings.Section}:ApiKeyFile to a file holding the key (environment variable " +
                $"{ServerSettings.Section}__ApiKeyFile) or {ServerSettings.Section}:ApiKey, or listen on loopback only (e.g. --urls http://127.0.0.1:5087).",
                ServerRefusedException.BadSetting);
        }
    }
}
