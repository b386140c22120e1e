using System.Net.Sockets;
using System.Text;

namespace ChildrensKpi.Tests.Server;

/// <summary>
/// A request written byte by byte on a socket, for what HttpClient will not do: stop sending part way and wait, or
/// close the connection before the body it declared has been sent.
/// </summary>
internal sealed class RawHttp : IDisposable
{
    private readonly TcpClient _client = new();

    private RawHttp()
    {
    }

    /// <summary>Connects to <paramref name="address"/> and sends the head of a POST of <paramref name="contentLength"/> bytes.</summary>
    public static async Task<RawHttp> PostAsync(Uri address, string path, string contentType, long contentLength)
    {
        var raw = new RawHttp();
        await raw._client.ConnectAsync(address.Host, address.Port);
        await raw.SendAsync(Encoding.ASCII.GetBytes(
            $"POST {path} HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: {contentType}\r\nContent-Length: {contentLength}\r\n\r\n"));
        return raw;
    }

    public async Task SendAsync(byte[] bytes) => await _client.GetStream().WriteAsync(bytes);

    /// <summary>The response's status code and body (de-chunked), read until the server closes the connection.</summary>
    public async Task<(int Status, string Body)> ResponseAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        using var received = new MemoryStream();
        await _client.GetStream().CopyToAsync(received, cancel.Token);
        var text = Encoding.UTF8.GetString(received.ToArray());
        int headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = text[..headEnd];
        var body = text[(headEnd + 4)..];
        int status = int.Parse(head.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase) ? Dechunk(body) : body);
    }

    /// <summary>Closes the connection at once, as a client that gave up would.</summary>
    public void Abandon() => _client.Client.Close();

    public void Dispose() => _client.Dispose();

    private static string Dechunk(string body)
    {
        var text = new StringBuilder();
        int at = 0;
        while (true)
        {
            int lineEnd = body.IndexOf("\r\n", at, StringComparison.Ordinal);
            int size = Convert.ToInt32(body[at..lineEnd], 16);
            if (size == 0)
            {
                return text.ToString();
            }
            text.Append(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
