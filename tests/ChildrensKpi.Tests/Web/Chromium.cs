using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ChildrensKpi.Tests.Web;

/// <summary>A headless Chromium started for one test, driven over the DevTools protocol; killed (its own process tree only) when disposed.</summary>
internal sealed partial class Chromium : IAsyncDisposable
{
    private readonly Process process;
    private readonly string profile;

    private Chromium(Process process, string profile, DevToolsSession session)
    {
        this.process = process;
        this.profile = profile;
        Session = session;
    }

    /// <summary>The browser's DevTools connection.</summary>
    public DevToolsSession Session { get; }

    /// <summary>The browser: <c>CHROMIUM</c> if set, else <c>chromium</c> (Debian) or <c>chromium-browser</c> on PATH; null when none.</summary>
    public static string? Executable { get; } = Find();

    /// <summary>Starts the browser with a fresh profile and connects to it.</summary>
    /// <exception cref="InvalidOperationException">No browser is installed, or it gave no DevTools address.</exception>
    public static async Task<Chromium> StartAsync(CancellationToken cancellationToken)
    {
        string executable = Executable ?? throw new InvalidOperationException(
            "CI=true but no Chromium is installed: .ci/install-notebook-tools installs Debian's chromium; or set CHROMIUM=<path>.");
        string profile = Directory.CreateTempSubdirectory("ckpi-chromium-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start. Port 0: the browser picks a free one and says which.
        foreach (string argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1600",
            "--remote-debugging-port=0", $"--user-data-dir={profile}", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {executable}.");
        _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
        string? address = null;
        var stderr = new System.Text.StringBuilder();
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            while (address is null && await process.StandardError.ReadLineAsync(timeout.Token).ConfigureAwait(false) is { } line)
            {
                stderr.AppendLine(line);
                address = DevToolsAddress().Match(line) is { Success: true } match ? match.Groups[1].Value : null;
            }
        }
        if (address is null)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{executable} gave no DevTools address:\n{stderr}");
        }
        _ = process.StandardError.ReadToEndAsync(cancellationToken);
        var session = await DevToolsSession.ConnectAsync(new Uri(address), cancellationToken).ConfigureAwait(false);
        return new Chromium(process, profile, session);
    }

    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync().ConfigureAwait(false);
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().ConfigureAwait(false);
        }
        process.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // A profile file still held by a dying child process: the temporary folder is cleaned by the system.
        }
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } given)
        {
            return File.Exists(given) ? given : null;
        }
        string[] folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return new[] { "chromium", "chromium-browser" }
            .SelectMany(name => folders.Select(folder => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex DevToolsAddress();
}
