using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ChildrensKpi.Server.Security;

/// <summary>
/// Refuses to start a server that would be reachable from other machines without an API key: the indicators are
/// computed from children's records, so nothing beyond this machine may ask for them unauthenticated.
/// </summary>
/// <remarks>
/// Checked twice: before the server binds, from the configured addresses, so that a refused server never listens; and
/// once it has bound, from the addresses it actually has, in case they were given some other way.
/// </remarks>
internal sealed class ListenAddressGuard(ServerSettings settings, IConfiguration configuration, IServer server) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        Check(ListenAddresses.NonLoopbackInConfiguration(configuration));
        return Task.CompletedTask;
    }

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        var bound = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Check([.. bound.Where(url => !ListenAddresses.IsLoopback(url))]);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Check(IReadOnlyList<string> nonLoopback)
    {
        if (settings.ApiKey is null && nonLoopback.Count > 0)
        {
            throw new InvalidOperationException(
                $"Refusing to start: the server would listen on {string.Join(", ", nonLoopback)}, which other machines can reach, " +
                $"and no API key is configured. Set {ServerSettings.Section}:ApiKey (environment variable {ServerSettings.Section}__ApiKey), " +
                "or listen on loopback only (e.g. --urls http://127.0.0.1:5087).");
        }
    }
}
