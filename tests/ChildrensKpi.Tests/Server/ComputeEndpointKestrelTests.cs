extern alias server;

using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;
using server::ChildrensKpi.Server.Api;

namespace ChildrensKpi.Tests.Server;

/// <summary>What only a real Kestrel shows: a body arriving too slowly, a client closing its connection part way.</summary>
public class ComputeEndpointKestrelTests
{
    private const string Boundary = "b";

    private static readonly byte[] FirstPart = Encoding.ASCII.GetBytes(
        "--b\r\nContent-Disposition: form-data; name=\"yearEnding\"\r\n\r\n2007-03-31\r\n" +
        "--b\r\nContent-Disposition: form-data; name=\"ssda903\"; filename=\"episodes.csv\"\r\n\r\nCHILD,DECOM,RNE,LS,PLACE,DEC,REC\r\n");

    [Fact]
    public async Task Compute_BodySlowerThanTheMinimumRate_Is408()
    {
        // Once a 500: Kestrel's BadHttpRequestException (408) reached the exception handler. The rate is Kestrel's own
        // setting; 1,000 bytes a second after 1.1 s (the least grace Kestrel allows) keeps the test short.
        var (host, address) = ServerHost.StartKestrel(
            kestrel => kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(1000, TimeSpan.FromSeconds(1.1)), null);
        await using var _ = host;
        using var raw = await RawHttp.PostAsync(address, "/v1/compute", $"multipart/form-data; boundary={Boundary}", 1_000_000);

        await raw.SendAsync(FirstPart);
        var (status, body) = await raw.ResponseAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(408, status);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal("The request body arrived more slowly than this server accepts (Kestrel Limits.MinRequestBodyDataRate); send it again.",
            problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Compute_ClientClosesPartWay_LogsOneLineWithoutAStackTrace()
    {
        // Once a 20-line stack trace from the exception handler for every client that went away.
        var logs = new LogCapture();
        var (host, address) = ServerHost.StartKestrel(null, logs);
        var logged = logs.FirstOf(ComputeLog.Category);
        await using (host)
        {
            using var raw = await RawHttp.PostAsync(address, "/v1/compute", $"multipart/form-data; boundary={Boundary}", 1_000_000);
            await raw.SendAsync(FirstPart);
            raw.Abandon();
            await logged.WaitAsync(TimeSpan.FromSeconds(30));
        }

        // Read once the host has stopped, so that anything the request still logged is in.
        var line = Assert.Single(logs.Entries, e => e.Category == ComputeLog.Category);
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Null(line.Exception);
        // The reason is Kestrel's, and depends on whether it saw the body end or the connection close first.
        Assert.StartsWith("The request body of POST /v1/compute stopped part way (", line.Message);
        Assert.EndsWith("): the client went away or sent less than it declared.", line.Message);
        Assert.DoesNotContain(logs.Entries, e => e.Exception is not null || e.Level >= LogLevel.Warning);
    }
}
