using System.Text.Json;
using System.Text.Json.Nodes;
using ChildrensKpi.Readers;
using ChildrensKpi.Readers.Rules;
using ChildrensKpi.Readers.Rules.Ssda903;
using ChildrensKpi.Tests.Cli;
using ChildrensKpi.Tests.Fixtures;
using Xunit.Abstractions;

namespace ChildrensKpi.Tests.Web;

/// <summary>
/// The browser page (src/ChildrensKpi.Web), published and served from a local static host, driven in headless Chromium
/// over the DevTools protocol: given the sample files as an analyst gives them, it must show the command line's figures
/// and make no request once loaded. <c>CKPI_WEB_SCREENSHOTS=docs</c> also writes the page's screenshots there.
/// </summary>
public sealed class WebPageTests(PublishedPage page, ITestOutputHelper output) : IClassFixture<PublishedPage>
{
    // The README's sample run: every SSDA903 file of the sample folder, the 2006-07 census and the population estimates.
    private static readonly string[] SampleFiles =
    [
        .. Directory.GetFiles(Repository.Path("samples", "data", "ssda903"), "*.csv").Order(StringComparer.Ordinal),
        Repository.Path("samples", "data", "cin", "census_2006-07.xml"),
        Repository.Path("samples", "data", "population.csv"),
    ];

    [ChromiumFact]
    public async Task On_the_sample_the_page_shows_computes_figures_and_asks_for_nothing_after_it_has_loaded()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(12));
        var token = timeout.Token;
        using var downloads = new TempFolder();
        using var site = new StaticSite(page.Root);
        await using var browser = await Chromium.StartAsync(token);
        var tab = await PageTab.OpenAsync(browser.Session, site.Address, downloads.Path, token);
        var loadedRequests = tab.RequestUrls;
        int servedAtLoad = site.Requests.Count;

        await GiveTheSampleAsync(tab, token);
        await Screenshot(tab, "web-page-files.png", "body", token);
        await tab.ClickAsync("#run", token);
        await tab.WaitForAsync("document.querySelector('#results, #error') !== null", TimeSpan.FromMinutes(5), token);
        var error = await tab.EvaluateAsync("document.getElementById('error')?.textContent ?? null", token);
        Assert.True(error.ValueKind == JsonValueKind.Null, $"The page refused the sample: {error}");
        var elapsed = await tab.EvaluateAsync("document.getElementById('results').dataset.elapsedMs", token);
        output.WriteLine($"Sample: first figures {elapsed.GetString()} ms after Run.");

        // The figures as the page shows them, against compute's JSON at the page's default threshold (5, applied to JSON with --suppress).
        var cli = CliRun.Of(["compute", "--ssda903", Repository.Path("samples", "data", "ssda903"), "--cin", SampleFiles[^2], "--population", SampleFiles[^1],
            "--year-ending", "2007-03-31", "--detail", "--format", "json", "--suppress", "--suppression-threshold", "5"]);
        Assert.True(cli.ExitCode == 0, cli.Error);
        var computed = JsonNode.Parse(cli.Output)!["indicators"]!.AsArray();
        var shown = await tab.EvaluateAsync(
            "Array.from(document.querySelectorAll('#indicators tbody tr')).map(r => ({ id: r.dataset.id, numerator: r.dataset.numerator, denominator: r.dataset.denominator, value: r.dataset.value, " +
            "children: Number(document.querySelector(`details.children[data-id=\"${r.dataset.id}\"]`)?.dataset.children ?? 0) }))", token);
        Assert.Equal(computed.Select(i => (string)i!["id"]!), shown.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.NotEmpty(computed);
        foreach (var (indicator, row) in computed.Zip(shown.EnumerateArray()))
        {
            string id = (string)indicator!["id"]!;
            var withheld = indicator["suppressed"]?.AsArray().Select(s => (string)s!).ToList() ?? [];
            Assert.Equal((Figure(indicator["numerator"]), id), (Decimal(row.GetProperty("numerator").GetString()!), id));
            Assert.Equal((Figure(indicator["denominator"]), id), (Decimal(row.GetProperty("denominator").GetString()!), id));
            Assert.Equal((Figure(indicator["value"]), id), (Decimal(row.GetProperty("value").GetString()!), id));
            Assert.Equal((indicator["children"]?.AsArray().Count ?? 0, id), (row.GetProperty("children").GetInt32(), id));
        }

        // The findings: the readers' (compute's rejections and warnings) and the DfE rules' over the same files, run after the figures are shown.
        await tab.WaitForAsync("document.getElementById('results').dataset.rules === 'yes' && document.getElementById('results').dataset.done === 'yes'", TimeSpan.FromMinutes(5), token);
        var counts = await tab.EvaluateAsync("(() => { const p = document.getElementById('findings-count').dataset; return [Number(p.reader), Number(p.dfe)]; })()", token);
        var readerFindings = KpiInputs.Read(new KpiInputFiles
        {
            Ssda903 = InputSource.FromPath(Repository.Path("samples", "data", "ssda903")),
            ChildrenInNeed = InputSource.FromPath(SampleFiles[^2]),
            Population = InputSource.FromPath(SampleFiles[^1]),
        }).Account.AllFindings().ToList();
        int readers = readerFindings.Count;
        var ssda903Csv = SampleFiles[..^2].Select(f => InputFile.FromPath(f, Path.GetFileName(f))).ToList();
        int dfe = Ssda903DfeRules.Validate(ssda903Csv).Findings.Length
            + CinReturnValidator.Validate(InputFile.FromPath(SampleFiles[^2], Path.GetFileName(SampleFiles[^2]))).Findings.Length;
        Assert.Equal([readers, dfe], counts.EnumerateArray().Select(c => c.GetInt32()));
        Assert.True(dfe > 0, "The sample has DfE findings (the conformance counts say so): a page listing none has not run the rules.");

        // Filtering by rule keeps only that rule's rows.
        string rule = (await tab.EvaluateAsync("document.querySelector('#findings tbody tr td:nth-child(2)').dataset.rule", token)).GetString()!;
        await tab.SetAsync("#filter-rule", rule, token);
        await tab.WaitForAsync($"Array.from(document.querySelectorAll('#findings tbody tr td:nth-child(2)')).every(c => c.dataset.rule === {JsonSerializer.Serialize(rule)})", TimeSpan.FromSeconds(30), token);
        // A reader's finding with a DfE rule shows it (alone, "903-141", or after its own, "SSDA903-E002 (903-501)"), and
        // filtering by the DfE's id finds it.
        var dfeNamed = readerFindings.First(f => f.DfeRuleId is not null);
        string shownRule = dfeNamed.RuleId is null ? dfeNamed.DfeRuleId! : $"{dfeNamed.RuleId} ({dfeNamed.DfeRuleId})";
        await tab.SetAsync("#filter-rule", dfeNamed.DfeRuleId!, token);
        await tab.WaitForAsync($"Array.from(document.querySelectorAll('#findings tbody tr')).some(r => r.cells[0].textContent === 'reader' && r.cells[1].textContent === {JsonSerializer.Serialize(shownRule)})", TimeSpan.FromSeconds(30), token);
        await Screenshot(tab, "web-page-findings.png", "#findings-count", token);
        await tab.SetAsync("#filter-rule", "", token);
        await tab.EvaluateAsync("document.querySelector('details.children').open = true", token);
        await Screenshot(tab, "web-page-results.png", "#results", token);

        // The downloads are made in the page: the JSON is compute's, indicator for indicator; the workbook is a workbook.
        await tab.ClickAsync("#download-json", token);
        await tab.ClickAsync("#download-xlsx", token);
        string json = Path.Combine(downloads.Path, "childrens-kpi_2007-03-31.json");
        string xlsx = Path.Combine(downloads.Path, "childrens-kpi_2007-03-31.xlsx");
        for (int wait = 0; wait < 300 && !(File.Exists(json) && File.Exists(xlsx)); wait++)
        {
            await Task.Delay(100, token);
        }
        Assert.True(JsonNode.DeepEquals(computed, JsonNode.Parse(await File.ReadAllTextAsync(json, token))!["indicators"]), "The page's JSON download differs from compute's.");
        Assert.Equal("PK"u8.ToArray(), (await File.ReadAllBytesAsync(xlsx, token))[..2]);

        // Nothing after load: no request of any kind to any host but the page's own blob: downloads, and none reached the host.
        var after = tab.RequestUrls.Skip(loadedRequests.Count).ToList();
        Assert.All(after, url => Assert.StartsWith("blob:", url, StringComparison.Ordinal));
        Assert.Equal(servedAtLoad, site.Requests.Count);
        // And while loading, only the page's own host: no CDN, fonts or telemetry.
        Assert.All(loadedRequests, url => Assert.True(url.StartsWith(site.Address.ToString(), StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal), url));
        output.WriteLine($"Load: {loadedRequests.Count} requests, all to {site.Address}; after load: {after.Count} ({string.Join(", ", after)}).");
    }

    /// <summary>
    /// Each download is what the command line writes for the same files and choices (the sample, the year ending
    /// 2007-03-31, threshold 5, the DfE's rules): the CSV and JSON text for text, the workbook part for part (its zip
    /// alone may differ, by the time each part was packed); and clicking them all asks the network for nothing.
    /// </summary>
    [ChromiumFact]
    public async Task On_the_sample_each_download_is_what_the_command_line_writes()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(12));
        var token = timeout.Token;
        using var downloads = new TempFolder();
        using var site = new StaticSite(page.Root);
        await using var browser = await Chromium.StartAsync(token);
        var tab = await PageTab.OpenAsync(browser.Session, site.Address, downloads.Path, token);
        var loadedRequests = tab.RequestUrls;
        int servedAtLoad = site.Requests.Count;
        await GiveTheSampleAsync(tab, token);
        await tab.ClickAsync("#run", token);
        await tab.WaitForAsync("document.getElementById('results')?.dataset.rules === 'yes' && document.getElementById('results').dataset.done === 'yes'", TimeSpan.FromMinutes(5), token);
        await Screenshot(tab, "web-page-downloads.png", "#results", token);

        string ssda903 = Repository.Path("samples", "data", "ssda903");
        string[] compute = ["compute", "--ssda903", ssda903, "--cin", SampleFiles[^2], "--population", SampleFiles[^1],
            "--year-ending", "2007-03-31", "--suppress", "--suppression-threshold", "5"];
        // The page computes with each child's reason, as --detail: its CSV of the indicators has the notes and withholdings
        // that come with them, which compute's CSV without --detail has not, so that one is compared but for those two columns.
        (string Button, string[] Cli, bool ButNotes)[] texts =
        [
            ("#download-json", [.. compute, "--detail", "--format", "json"], false),
            ("#download-csv", [.. compute, "--format", "csv"], true),
            ("#download-children-csv", [.. compute, "--detail", "--format", "csv"], false),
            ("#download-findings-csv", ["validate", "--ssda903", ssda903, "--cin", SampleFiles[^2], "--format", "csv"], false),
            ("#download-dfe-csv-0", ["validate", "--dfe", "--ssda903", ssda903, "--format", "csv"], false),
            ("#download-dfe-json-0", ["validate", "--dfe", "--ssda903", ssda903, "--format", "json"], false),
            ("#download-dfe-csv-1", ["validate", "--dfe", "--cin", SampleFiles[^2], "--format", "csv"], false),
            ("#download-dfe-json-1", ["validate", "--dfe", "--cin", SampleFiles[^2], "--format", "json"], false),
        ];
        foreach (var (button, args, butNotes) in texts)
        {
            string downloaded = await DownloadAsync(tab, button, downloads.Path, token);
            var cli = CliRun.Of(args);
            Assert.True(cli.ExitCode is 0 or 1, $"{string.Join(' ', args)}: {cli.Error}");
            string text = await File.ReadAllTextAsync(downloaded, token);
            Assert.True(butNotes ? ButNotes(cli.Output).SequenceEqual(ButNotes(text)) : cli.Output == text, $"{Path.GetFileName(downloaded)} differs from {string.Join(' ', args)}.");
        }

        // The workbook: compute --format xlsx --detail, each part of the package the same text but for its random relationship ids.
        string workbook = await DownloadAsync(tab, "#download-xlsx", downloads.Path, token);
        Assert.Equal("childrens-kpi_2007-03-31.xlsx", Path.GetFileName(workbook));
        string written = Path.Combine(Path.GetTempPath(), $"ckpi-web-{Guid.NewGuid():N}.xlsx");
        var run = CliRun.Of([.. compute, "--detail", "--format", "xlsx", "--output", written]);
        Assert.True(run.ExitCode == 0, run.Error);
        try
        {
            var (expected, actual) = (Parts(written), Parts(workbook));
            Assert.Equal(expected.Select(p => p.Name), actual.Select(p => p.Name));
            Assert.All(expected.Zip(actual), parts => Assert.Equal(parts.First.Text, parts.Second.Text));
        }
        finally
        {
            File.Delete(written);
        }

        var after = tab.RequestUrls.Skip(loadedRequests.Count).ToList();
        Assert.All(after, url => Assert.StartsWith("blob:", url, StringComparison.Ordinal));
        Assert.Equal(servedAtLoad, site.Requests.Count);
    }

    /// <summary>Clicks <paramref name="button"/> and waits for the browser to have saved a new file in <paramref name="folder"/>; its path.</summary>
    private static async Task<string> DownloadAsync(PageTab tab, string button, string folder, CancellationToken token)
    {
        var before = Directory.GetFiles(folder).ToHashSet(StringComparer.Ordinal);
        await tab.ClickAsync(button, token);
        for (int wait = 0; wait < 300; wait++)
        {
            // Chromium writes a download under .crdownload and renames it when it is whole.
            var saved = Directory.GetFiles(folder).Where(f => !before.Contains(f) && !f.EndsWith(".crdownload", StringComparison.Ordinal)).ToList();
            if (saved.Count == 1)
            {
                return saved[0];
            }
            await Task.Delay(100, token);
        }
        throw new TimeoutException($"{button} saved nothing in 30 s.");
    }

    // Each record of a CSV without its last two cells (compute's notes and suppressed); commas and newlines inside quotes are text.
    private static List<string> ButNotes(string csv)
    {
        var records = new List<string>();
        int start = 0, last = -1, beforeLast = -1;
        bool quoted = false;
        for (int i = 0; i < csv.Length; i++)
        {
            quoted ^= csv[i] == '"';
            if (quoted)
            {
                continue;
            }
            if (csv[i] == ',')
            {
                (beforeLast, last) = (last, i);
            }
            else if (csv[i] == '\n')
            {
                records.Add(csv[start..(beforeLast < 0 ? i : beforeLast)]);
                (start, last, beforeLast) = (i + 1, -1, -1);
            }
        }
        return records;
    }

    // A workbook's parts by name, each as its text (every part of a workbook is XML), the relationship ids the Open XML
    // SDK draws at random for each package (R and 16 hex digits) written as R.
    private static List<(string Name, string Text)> Parts(string xlsx)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(xlsx);
        return [.. zip.Entries.Select(e =>
        {
            using var content = e.Open();
            using var copy = new MemoryStream();
            content.CopyTo(copy);
            return (e.FullName, System.Text.RegularExpressions.Regex.Replace(System.Text.Encoding.UTF8.GetString(copy.ToArray()), "\"R[0-9a-f]{16}\"", "\"R\""));
        })];
    }

    /// <summary>
    /// With a key typed, the page names children as <c>compute --pseudonymise-key</c> does: the child lists show the command
    /// line's pseudonyms, and no sample CHILD id appears anywhere on the page, findings (the readers' and the DfE's) included.
    /// </summary>
    [ChromiumFact]
    public async Task With_a_key_the_page_names_no_child_by_id()
    {
        const string Key = "a-key-for-the-web-page-test";
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(12));
        var token = timeout.Token;
        using var downloads = new TempFolder();
        using var site = new StaticSite(page.Root);
        await using var browser = await Chromium.StartAsync(token);
        var tab = await PageTab.OpenAsync(browser.Session, site.Address, downloads.Path, token);

        await GiveTheSampleAsync(tab, token);
        await tab.SetAsync("#threshold", "0", token);
        await tab.SetAsync("#pseudonym-key", Key, token);
        await tab.ClickAsync("#run", token);
        await tab.WaitForAsync("document.getElementById('results')?.dataset.rules === 'yes' && document.getElementById('results').dataset.done === 'yes'", TimeSpan.FromMinutes(5), token);
        await tab.EvaluateAsync("document.querySelectorAll('details').forEach(d => d.open = true)", token);
        string text = (await tab.EvaluateAsync("document.body.innerText", token)).GetString()!;

        // Every CHILD id of the sample's Header files (C0001...), none of which may be shown.
        var ids = Directory.GetFiles(Repository.Path("samples", "data", "ssda903"), "header_*.csv")
            .SelectMany(f => File.ReadLines(f).Skip(1).Select(l => l.Split(',')[0].Trim()))
            .Where(id => id.Length > 0).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(ids);
        Assert.DoesNotContain(ids, id => System.Text.RegularExpressions.Regex.IsMatch(text, $@"(?<![A-Za-z0-9]){System.Text.RegularExpressions.Regex.Escape(id)}(?![A-Za-z0-9])"));
        // And the command line's pseudonyms under the same key are the ones shown.
        var cli = CliRun.Of(["compute", "--ssda903", Repository.Path("samples", "data", "ssda903"), "--indicators", "NI62",
            "--year-ending", "2007-03-31", "--detail", "--format", "json", "--pseudonymise-key", Key]);
        Assert.True(cli.ExitCode == 0, cli.Error);
        var pseudonyms = JsonNode.Parse(cli.Output)!["indicators"]![0]!["children"]!.AsArray().Select(c => (string)c!["childId"]!).ToList();
        Assert.NotEmpty(pseudonyms);
        Assert.All(pseudonyms, p => Assert.Contains(p, text, StringComparison.Ordinal));
    }

    [WebMeasureFact]
    public async Task Time_to_first_figures_on_a_large_return()
    {
        string folder = Environment.GetEnvironmentVariable("CKPI_WEB_MEASURE")!;
        string[] files = [.. Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal)];
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(30));
        var token = timeout.Token;
        using var downloads = new TempFolder();
        using var site = new StaticSite(page.Root);
        await using var browser = await Chromium.StartAsync(token);
        var tab = await PageTab.OpenAsync(browser.Session, site.Address, downloads.Path, token);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await tab.GiveFilesAsync("#files", files, token);
        await tab.WaitForAsync("document.getElementById('progress').textContent.includes('read into the page')", TimeSpan.FromMinutes(10), token);
        long reading = clock.ElapsedMilliseconds;
        await tab.SetAsync("#period-end", Environment.GetEnvironmentVariable("CKPI_WEB_MEASURE_YEAR_ENDING") ?? "2016-03-31", token);
        await tab.ClickAsync("#run", token);
        await tab.WaitForAsync("document.querySelector('#results, #error') !== null", TimeSpan.FromMinutes(25), token);
        var error = await tab.EvaluateAsync("document.getElementById('error')?.textContent ?? null", token);
        Assert.True(error.ValueKind == JsonValueKind.Null, $"The page refused {folder}: {error}");
        var elapsed = await tab.EvaluateAsync("document.getElementById('results').dataset.elapsedMs", token);
        await tab.WaitForAsync("document.getElementById('results').dataset.done === 'yes'", TimeSpan.FromMinutes(25), token);
        var notes = await tab.EvaluateAsync("document.getElementById('notes').innerText", token);
        long bytes = files.Sum(f => new FileInfo(f).Length);
        output.WriteLine($"{folder}: {files.Length} files, {bytes / 1048576.0:N1} MB; read into the page in {reading} ms; first figures {elapsed.GetString()} ms after Run.\n{notes}");
        await Screenshot(tab, "web-page-large.png", "#results", token);
    }

    // compute's JSON has null for a withheld figure (and for a value that cannot be computed); the page marks them.
    /// <summary>Gives the page the README's sample files and its year (ending 2007-03-31), as an analyst would.</summary>
    private static async Task GiveTheSampleAsync(PageTab tab, CancellationToken token)
    {
        await tab.GiveFilesAsync("#files", SampleFiles, token);
        await tab.WaitForAsync("document.getElementById('progress').textContent.includes('read into the page')", TimeSpan.FromMinutes(1), token);
        await tab.SetAsync("#period-end", "2007-03-31", token);
    }

    private static decimal? Figure(JsonNode? node) => node?.GetValue<decimal>();

    private static decimal? Decimal(string shown) =>
        shown is "withheld" or "none" ? null : decimal.Parse(shown, System.Globalization.CultureInfo.InvariantCulture);

    private async Task Screenshot(PageTab tab, string name, string selector, CancellationToken token)
    {
        if (Environment.GetEnvironmentVariable("CKPI_WEB_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, name), await tab.ScreenshotAsync(selector, token), token);
            output.WriteLine($"Wrote {Path.Combine(folder, name)}.");
        }
    }
}
