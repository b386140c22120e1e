using System.Text.Json;
using ChildrensKpi.Tests.Fixtures;
using ChildrensKpi.Tests.Web;
using Xunit.Abstractions;

namespace ChildrensKpi.Tests.Report;

/// <summary>The sample report laid out by headless Chromium as it prints: the headline table must fit its landscape page.</summary>
public sealed class ReportPrintLayoutTests(SampleReport sample, ITestOutputHelper output) : IClassFixture<SampleReport>
{
    // The headline prints on "@page wide": A4 landscape with 12 mm margins, so (297 − 2 × 12) mm wide,
    // at CSS's 96 px per inch: 273 / 25.4 × 96 = 1031.8 px. The table may not be wider than that.
    private const int LandscapePrintableWidth = 1031;

    [ChromiumFact]
    public async Task Printed_the_headline_table_fits_an_A4_landscape_page()
    {
        Assert.True(sample.Run.ExitCode == 0, sample.Run.Error);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var token = timeout.Token;
        using var downloads = new TempFolder();
        await using var browser = await Chromium.StartAsync(token);
        var tab = await PageTab.OpenAsync(browser.Session, new Uri(sample.Path), downloads.Path, token, ready: "document.readyState === 'complete'");
        await tab.SendAsync("Emulation.setEmulatedMedia", new { media = "print" }, token);
        // Paper has no scrollbar: without this the page's own would take 15 px of the width.
        await tab.SendAsync("Emulation.setScrollbarsHidden", new { hidden = true }, token);
        await tab.SendAsync("Emulation.setDeviceMetricsOverride", new { width = LandscapePrintableWidth, height = 730, deviceScaleFactor = 1, mobile = false }, token);

        var measured = await tab.EvaluateAsync(
            "(() => { const t = document.querySelector('#headline table'); const r = t.getBoundingClientRect(); " +
            "const ids = t.querySelectorAll('tbody th[scope=row]'); " +
            "return { width: r.width, rows: ids.length, idColumn: ids[0].getBoundingClientRect().width, columns: Array.from(t.querySelectorAll('thead th')).map(h => h.textContent + ' ' + Math.round(h.getBoundingClientRect().width)).join(', ') }; })()", token);
        double width = measured.GetProperty("width").GetDouble();
        output.WriteLine($"Printed width {width:0} px; columns: {measured.GetProperty("columns").GetString()}.");
        Assert.Equal(ChildrensKpi.Indicators.All.Length, measured.GetProperty("rows").GetInt32());
        Assert.True(width <= LandscapePrintableWidth,
            $"The headline table is {width:0} px wide printed, wider than the {LandscapePrintableWidth} px of an A4 landscape page; " +
            $"its columns: {measured.GetProperty("columns").GetString()}.");
    }
}
