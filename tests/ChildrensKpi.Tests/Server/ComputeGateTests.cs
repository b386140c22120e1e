extern alias server;

using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using server::ChildrensKpi.Server.Api;

namespace ChildrensKpi.Tests.Server;

public class ComputeGateTests
{
    private const string OneEpisode =
        """{"yearEnding":"2007-03-31","indicators":["NI62"],"episodes":[{"child":"C1","start":"2006-04-01","reasonForNewEpisode":"S","legalStatus":"C2","placement":"U4"}]}""";

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public void TryEnter_BeyondCapacity_IsRefusedUntilAPlaceIsGivenBack()
    {
        var gate = new ComputeGate(2, () => { });

        using var first = gate.TryEnter(0);
        var second = gate.TryEnter(0);
        var third = gate.TryEnter(0);
        second!.Dispose();
        second.Dispose();
        using var fourth = gate.TryEnter(0);
        using var fifth = gate.TryEnter(0);

        Assert.NotNull(first);
        Assert.Null(third);
        Assert.NotNull(fourth);
        // Disposing a lease twice gives its place back once.
        Assert.Null(fifth);
    }

    [Fact]
    public void Dispose_LastAfterALargeRequest_ReturnsMemoryOnce()
    {
        int returned = 0;
        var gate = new ComputeGate(2, () => returned++);

        var large = gate.TryEnter(ComputeGate.LargeRequestBytes)!;
        var small = gate.TryEnter(10)!;
        large.Dispose();
        int whileOneRuns = returned;
        small.Dispose();
        int afterLast = returned;
        gate.TryEnter(10)!.Dispose();

        Assert.Equal(0, whileOneRuns);
        Assert.Equal(1, afterLast);
        Assert.Equal(1, returned);
    }

    [Fact]
    public void Dispose_OfARequestOfUnknownLength_ReturnsMemory()
    {
        int returned = 0;
        var gate = new ComputeGate(1, () => returned++);

        gate.TryEnter(null)!.Dispose();
        gate.TryEnter(ComputeGate.LargeRequestBytes - 1)!.Dispose();

        // A chunked body may be of any size; one just under the threshold is small.
        Assert.Equal(1, returned);
    }

    [Fact]
    public async Task Compute_WithEveryPlaceTaken_Is503WithRetryAfter()
    {
        using var host = ServerHost.Create(("ChildrensKpi:MaxConcurrentComputations", "1"));
        using var client = host.CreateClient();
        var gate = host.Services.GetRequiredService<ComputeGate>();

        HttpResponseMessage busy;
        using (var held = gate.TryEnter(0))
        {
            // The test holds the only place, as a long computation would.
            Assert.NotNull(held);
            busy = await client.PostAsync("/v1/compute", Json(OneEpisode));
        }
        var afterwards = await client.PostAsync("/v1/compute", Json(OneEpisode));
        var refusedInput = await client.PostAsync("/v1/compute", Json("""{"yearEnding":"2007-13-01","episodes":[]}"""));
        var again = await client.PostAsync("/v1/compute", Json(OneEpisode));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), busy.Headers.RetryAfter?.Delta);
        var problem = await ServerHost.ProblemOf(busy);
        Assert.Equal("The server is busy", problem.GetProperty("title").GetString());
        Assert.Equal("The server is computing as many requests as it runs at once (1; setting ChildrensKpi:MaxConcurrentComputations); " +
            "try again after the Retry-After seconds.", problem.GetProperty("detail").GetString());
        // Each request gives its place back, whether it computed or was refused.
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refusedInput.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public void Capacity_ByDefault_IsTheProcessorCount()
    {
        using var host = ServerHost.Create();

        Assert.Equal(Environment.ProcessorCount, host.Services.GetRequiredService<ComputeGate>().Capacity);
    }
}
