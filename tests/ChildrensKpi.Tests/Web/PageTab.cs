using System.Text.Json;

namespace ChildrensKpi.Tests.Web;

/// <summary>One tab of the browser, on the page, with its network requests recorded from before it loads.</summary>
internal sealed class PageTab
{
    private readonly DevToolsSession session;
    private readonly string id;

    private PageTab(DevToolsSession session, string id)
    {
        this.session = session;
        this.id = id;
    }

    /// <summary>
    /// Opens <paramref name="address"/> in a new tab, recording every request, and waits until the page is ready:
    /// <paramref name="ready"/> (JavaScript) is true, by default when the web page's Run button is rendered.
    /// </summary>
    public static async Task<PageTab> OpenAsync(DevToolsSession session, Uri address, string downloads, CancellationToken cancellationToken,
        string ready = "document.getElementById('run') !== null")
    {
        var target = await session.SendAsync("Target.createTarget", new { url = "about:blank" }, cancellationToken: cancellationToken).ConfigureAwait(false);
        var attached = await session.SendAsync("Target.attachToTarget", new { targetId = target.GetProperty("targetId").GetString(), flatten = true },
            cancellationToken: cancellationToken).ConfigureAwait(false);
        var tab = new PageTab(session, attached.GetProperty("sessionId").GetString()!);
        await tab.SendAsync("Network.enable", new { }, cancellationToken).ConfigureAwait(false);
        await tab.SendAsync("Runtime.enable", new { }, cancellationToken).ConfigureAwait(false);
        await session.SendAsync("Browser.setDownloadBehavior", new { behavior = "allow", downloadPath = downloads }, cancellationToken: cancellationToken).ConfigureAwait(false);
        await tab.SendAsync("Page.navigate", new { url = address.ToString() }, cancellationToken).ConfigureAwait(false);
        await tab.WaitForAsync(ready, TimeSpan.FromMinutes(3), cancellationToken).ConfigureAwait(false);
        return tab;
    }

    /// <summary>The URL of every request the tab has made so far, in order.</summary>
    public IReadOnlyList<string> RequestUrls => [.. session.Events
        .Where(e => e.Method == "Network.requestWillBeSent")
        .Select(e => e.Params.GetProperty("request").GetProperty("url").GetString()!)];

    public Task<JsonElement> SendAsync(string method, object parameters, CancellationToken cancellationToken) =>
        session.SendAsync(method, parameters, id, cancellationToken);

    public Task<JsonElement> EvaluateAsync(string expression, CancellationToken cancellationToken) =>
        session.EvaluateAsync(id, expression, cancellationToken);

    /// <summary>Waits until <paramref name="condition"/> (JavaScript) is true in the page.</summary>
    /// <exception cref="TimeoutException">It is still false after <paramref name="timeout"/>; the message has the page's status line.</exception>
    public async Task WaitForAsync(string condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await EvaluateAsync($"(() => {{ try {{ return !!({condition}); }} catch (e) {{ return false; }} }})()", cancellationToken).ConfigureAwait(false);
            if (value.ValueKind == JsonValueKind.True)
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                var status = await EvaluateAsync("document.getElementById('progress')?.textContent ?? document.body.innerText.slice(0, 500)", cancellationToken).ConfigureAwait(false);
                throw new TimeoutException($"After {timeout}: still not {condition}; the page says: {status}");
            }
            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Gives the files to the page's file input, as choosing them in the browser's dialog does.</summary>
    public async Task GiveFilesAsync(string selector, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var document = await SendAsync("DOM.getDocument", new { }, cancellationToken).ConfigureAwait(false);
        var input = await SendAsync("DOM.querySelector", new { nodeId = document.GetProperty("root").GetProperty("nodeId").GetInt32(), selector }, cancellationToken).ConfigureAwait(false);
        await SendAsync("DOM.setFileInputFiles", new { files = paths, nodeId = input.GetProperty("nodeId").GetInt32() }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sets a form field and tells the page, as typing into it and leaving it does.</summary>
    public Task SetAsync(string selector, string value, CancellationToken cancellationToken) => EvaluateAsync(
        $"(() => {{ const e = document.querySelector({JsonSerializer.Serialize(selector)}); e.value = {JsonSerializer.Serialize(value)}; e.dispatchEvent(new Event('change', {{ bubbles: true }})); }})()",
        cancellationToken);

    public Task ClickAsync(string selector, CancellationToken cancellationToken) =>
        EvaluateAsync($"document.querySelector({JsonSerializer.Serialize(selector)}).click()", cancellationToken);

    /// <summary>A PNG of the window (1280 by 1600) with <paramref name="selector"/> scrolled to its top, for docs/.</summary>
    public async Task<byte[]> ScreenshotAsync(string selector, CancellationToken cancellationToken)
    {
        await EvaluateAsync($"document.querySelector({JsonSerializer.Serialize(selector)}).scrollIntoView()", cancellationToken).ConfigureAwait(false);
        var shot = await SendAsync("Page.captureScreenshot", new { format = "png" }, cancellationToken).ConfigureAwait(false);
        return Convert.FromBase64String(shot.GetProperty("data").GetString()!);
    }
}
