using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChildrensKpi.Tests.Web;

/// <summary>
/// The Chrome DevTools protocol over one WebSocket to the browser, in flat mode (a page's commands carry its session id):
/// commands answered by id, and every event kept, in order, for the test to read.
/// </summary>
internal sealed class DevToolsSession : IAsyncDisposable
{
    private readonly ClientWebSocket socket;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> pending = new();
    private readonly ConcurrentQueue<(string Method, JsonElement Params)> events = new();
    private readonly CancellationTokenSource stop = new();
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly Task receiving;
    private int nextId;

    private DevToolsSession(ClientWebSocket socket)
    {
        this.socket = socket;
        receiving = Task.Run(ReceiveAsync);
    }

    /// <summary>Every event received so far, in order.</summary>
    public IReadOnlyList<(string Method, JsonElement Params)> Events => [.. events];

    public static async Task<DevToolsSession> ConnectAsync(Uri browser, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        // A national return's page answers are large: no keep-alive pings to interleave with them.
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await socket.ConnectAsync(browser, cancellationToken).ConfigureAwait(false);
        return new DevToolsSession(socket);
    }

    /// <summary>Sends <paramref name="method"/> (to the page of <paramref name="sessionId"/>, or the browser) and gives its result.</summary>
    /// <exception cref="InvalidOperationException">The browser answered with an error.</exception>
    public async Task<JsonElement> SendAsync(string method, object? parameters = null, string? sessionId = null, CancellationToken cancellationToken = default)
    {
        int id = Interlocked.Increment(ref nextId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = answer;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = JsonSerializer.SerializeToNode(parameters ?? new { }) };
        if (sessionId is not null)
        {
            message["sessionId"] = sessionId;
        }
        byte[] bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await sending.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            sending.Release();
        }
        using var registration = cancellationToken.Register(() => answer.TrySetCanceled(cancellationToken));
        return await answer.Task.ConfigureAwait(false);
    }

    /// <summary>Evaluates <paramref name="expression"/> in the page (awaiting a promise) and gives its value.</summary>
    public async Task<JsonElement> EvaluateAsync(string sessionId, string expression, CancellationToken cancellationToken = default)
    {
        var result = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true }, sessionId, cancellationToken).ConfigureAwait(false);
        if (result.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new InvalidOperationException($"The page threw evaluating {expression}: {exception}");
        }
        return result.GetProperty("result").TryGetProperty("value", out var value) ? value : default;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await receiving.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped on purpose.
        }
        socket.Dispose();
        stop.Dispose();
        sending.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        while (socket.State == WebSocketState.Open && !stop.IsCancellationRequested)
        {
            WebSocketReceiveResult received;
            try
            {
                received = await socket.ReceiveAsync(buffer, stop.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                break;
            }
            if (received.MessageType == WebSocketMessageType.Close)
            {
                break;
            }
            message.Write(buffer, 0, received.Count);
            if (!received.EndOfMessage)
            {
                continue;
            }
            var root = JsonDocument.Parse(message.ToArray()).RootElement;
            message.SetLength(0);
            if (root.TryGetProperty("id", out var id) && pending.TryRemove(id.GetInt32(), out var answer))
            {
                if (root.TryGetProperty("error", out var error))
                {
                    answer.TrySetException(new InvalidOperationException($"DevTools error: {error}"));
                }
                else
                {
                    answer.TrySetResult(root.GetProperty("result"));
                }
            }
            else if (root.TryGetProperty("method", out var method))
            {
                events.Enqueue((method.GetString()!, root.TryGetProperty("params", out var p) ? p : default));
            }
        }
        foreach (var answer in pending.Values)
        {
            answer.TrySetException(new InvalidOperationException("The DevTools connection closed."));
        }
    }
}
