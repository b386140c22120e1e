using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace ChildrensKpi.Tests.Web;

/// <summary>
/// The smallest static host: serves a folder on 127.0.0.1 (any static host would do; the page needs only the right
/// content types) and keeps every request, so that a test sees what the page asked for and when.
/// </summary>
internal sealed class StaticSite : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript",
        [".css"] = "text/css",
        [".json"] = "application/json",
        // application/wasm, or the browser will not compile the runtime as it streams in.
        [".wasm"] = "application/wasm",
        [".dat"] = "application/octet-stream",
        [".png"] = "image/png",
    };

    private readonly HttpListener listener = new();
    private readonly string root;
    private readonly ConcurrentQueue<string> requests = new();
    private readonly Task serving;

    public StaticSite(string root)
    {
        this.root = Path.GetFullPath(root);
        int port = FreePort();
        Address = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(Address.ToString());
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    /// <summary>The site's address.</summary>
    public Uri Address { get; }

    /// <summary>The path of every request received so far, in order.</summary>
    public IReadOnlyList<string> Requests => [.. requests];

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try
        {
            serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener's pending wait ends with an error when it is stopped.
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => Serve(context));
        }
    }

    private void Serve(HttpListenerContext context)
    {
        string path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        requests.Enqueue(path);
        string file = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
        if (path.EndsWith('/'))
        {
            file = Path.Combine(file, "index.html");
        }
        using var response = context.Response;
        if (!file.StartsWith(root, StringComparison.Ordinal) || !File.Exists(file))
        {
            response.StatusCode = 404;
            return;
        }
        response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        byte[] bytes = File.ReadAllBytes(file);
        response.ContentLength64 = bytes.Length;
        try
        {
            response.OutputStream.Write(bytes);
        }
        catch (HttpListenerException)
        {
            // The browser went away mid-answer (the test ended).
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
