using System.Diagnostics;

namespace ChildrensKpi.Tests.Server;

/// <summary>The server's entry point run as its own process, as an operator starts it: what it writes and how it exits.</summary>
public class ProgramTests
{
    private const string Key = "q3V9x2Lk8Rm4Tz7Wb1Nc6Hf0Jd5Gs8Ya2Pe4Uo9Ki1M=";

    /// <summary>The refusal to listen on <paramref name="urls"/> without a key.</summary>
    internal static string PublicRefusal(string urls) =>
        $"Refusing to start: the server would listen on {urls}, which other machines can reach, and no API key is configured. " +
        "Set ChildrensKpi:ApiKeyFile to a file holding the key (environment variable ChildrensKpi__ApiKeyFile) or ChildrensKpi:ApiKey, " +
        "or listen on loopback only (e.g. --urls http://127.0.0.1:5087).";

    /// <summary>Runs the server built beside the tests with <paramref name="environment"/>; it must exit by itself.</summary>
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ChildrensKpi.Server.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("ChildrensKpi", StringComparison.OrdinalIgnoreCase) || k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw;
        }
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Main_PublicAddressWithoutKey_ExitsWith1AndTheMessageOnly()
    {
        // Once an unhandled exception: exit code 134 and the stack printed twice. Refused before binding, so nothing listens.
        var (exitCode, output, error) = await RunAsync(new Dictionary<string, string>(), "--urls", "http://0.0.0.0:0");

        Assert.Equal(1, exitCode);
        Assert.Equal(PublicRefusal("http://0.0.0.0:0") + Environment.NewLine, error);
        Assert.DoesNotContain(" at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Main_ShortKey_ExitsWith1WithoutShowingIt()
    {
        var (exitCode, _, error) = await RunAsync(new Dictionary<string, string> { ["ChildrensKpi__ApiKey"] = "sesame-open-up" }, "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, exitCode);
        Assert.Equal("Refusing to start: the API key in ChildrensKpi:ApiKey is 14 characters long; it must be at least 32 (e.g. openssl rand -base64 32)."
            + Environment.NewLine, error);
    }

    [Fact]
    public async Task Main_KeyFileMissing_ExitsWith2NamingIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-key-{Guid.NewGuid():N}");

        var (exitCode, _, error) = await RunAsync(new Dictionary<string, string> { ["ChildrensKpi__ApiKeyFile"] = missing }, "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, exitCode);
        Assert.Equal($"Refusing to start: ChildrensKpi:ApiKeyFile names '{missing}', which cannot be read: Could not find file '{missing}'." + Environment.NewLine, error);
    }

    [Fact]
    public async Task Main_NoComputationsAllowed_ExitsWith1NamingTheSetting()
    {
        var (exitCode, _, error) = await RunAsync(
            new Dictionary<string, string> { ["ChildrensKpi__ApiKey"] = Key, ["ChildrensKpi__MaxConcurrentComputations"] = "0" }, "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, exitCode);
        Assert.Equal("Refusing to start: ChildrensKpi:MaxConcurrentComputations must be a whole number greater than 0; it is '0'." + Environment.NewLine, error);
    }
}
