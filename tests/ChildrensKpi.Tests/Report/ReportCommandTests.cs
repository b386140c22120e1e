using System.Text.RegularExpressions;
using ChildrensKpi.Tests.Cli;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Report;

/// <summary>The <c>report</c> command: one self-contained HTML file with the headline table, a chart per indicator, the glossary and the data quality.</summary>
public partial class ReportCommandTests(SampleReport sample) : IClassFixture<SampleReport>
{
    private static readonly string Ssda903 = Repository.Path("samples", "data", "ssda903");

    [Fact]
    public void Report_Samples_Exits0AndWritesTheFile()
    {
        Assert.Equal(0, sample.Run.ExitCode);
        Assert.Equal("", sample.Run.Output);
        Assert.Contains($"Wrote {sample.Path}.", sample.Run.Error);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">", sample.Html);
    }

    [Fact]
    public void Report_Samples_GlossaryGroupsTheIndicatorsAsTheCatalogueDoes()
    {
        // The seeds' indicators under one heading, then the current measures (IndicatorDefinition.Group): NI62 is defined
        // between the first heading and the second, CLA_STARTS after the second.
        int nis = sample.Html.IndexOf("<h4 id=\"glossary-NationalIndicatorSetAndPaf\">National Indicator Set and PAF</h4>", StringComparison.Ordinal);
        int current = sample.Html.IndexOf("<h4 id=\"glossary-Current\">Current measures</h4>", StringComparison.Ordinal);
        int ni62 = sample.Html.IndexOf("<dt id=\"define-NI62\">", StringComparison.Ordinal);
        int starts = sample.Html.IndexOf("<dt id=\"define-CLA_STARTS\">", StringComparison.Ordinal);

        Assert.True(nis >= 0 && nis < ni62 && ni62 < current && current < starts, $"headings at {nis} and {current}, NI62 at {ni62}, CLA_STARTS at {starts}");
    }

    [Fact]
    public void Report_Samples_HeadlineGroupsTheIndicatorsAsTheCatalogueDoes()
    {
        // The headline table as the glossary: a heading row per group (IndicatorDefinition.Group), the seeds' first, and
        // each indicator's row under its own group's heading.
        int start = sample.Html.IndexOf("<section id=\"headline\"", StringComparison.Ordinal);
        string headline = sample.Html[start..sample.Html.IndexOf("</table>", start, StringComparison.Ordinal)];
        var marks = Regex.Matches(headline, """<th scope="colgroup" colspan="12" id="headline-(?<group>\w+)">|<th scope="row"><a href="#chart-(?<id>[A-Z0-9_]+)">""");

        Assert.Equal(["NationalIndicatorSetAndPaf", "Current"], marks.Where(m => m.Groups["group"].Success).Select(m => m.Groups["group"].Value));
        string? group = null;
        int rows = 0;
        foreach (Match mark in marks)
        {
            if (mark.Groups["group"].Success)
            {
                group = mark.Groups["group"].Value;
                continue;
            }
            rows++;
            Assert.Equal(ChildrensKpi.Indicators.Find(mark.Groups["id"].Value)!.Definition.Group.ToString(), group);
        }
        Assert.Equal(ChildrensKpi.Indicators.All.Length, rows);
    }

    [Fact]
    public void Report_Samples_HasEveryComputedIndicatorInTheHeadlineChartsAndGlossary()
    {
        // Every input is given, so every indicator of the catalogue is computed.
        foreach (var id in ChildrensKpi.Indicators.All.Select(i => i.Definition.Id))
        {
            // The headline writes a long id with a line-break opportunity after each underscore, so that it wraps on a landscape page.
            Assert.Contains($"<a href=\"#chart-{id}\">{id.Replace("_", "_<wbr>", StringComparison.Ordinal)}</a>", sample.Html);
            Assert.Contains($"<figure class=\"chart-figure\" id=\"chart-{id}\">", sample.Html);
            Assert.Contains($"<dt id=\"define-{id}\">{id}", sample.Html);
        }
    }

    [Fact]
    public void Report_Samples_EveryChartIsAnInlineSvgWithATitle()
    {
        int figures = Regex.Count(sample.Html, "<figure class=\"chart-figure\"");
        var charts = Regex.Matches(sample.Html, "<svg id=\"svg-(?<id>[A-Z0-9_]+)\" class=\"chart\" role=\"img\" aria-labelledby=\"svg-\\k<id>-title svg-\\k<id>-desc\"[^>]*><title id=\"svg-\\k<id>-title\">\\k<id> ");
        // A figure per indicator; a chart unless no month has a value. The sample census has no initial or core
        // assessments (its notes say so), so NI59 and NI60 have nothing to draw. BVPI51 has a value in March (the year
        // to date and rolling year then contain the 2006-07 finance rows), the workforce indicators in the months of a
        // snapshot. SWCHANGES needs the social worker episodes table, collected from 2023-24, so has no value in 2006-07:
        // every other indicator is drawn.
        int all = ChildrensKpi.Indicators.All.Length;
        Assert.Equal(all, figures);
        Assert.Equal(all - 3, charts.Count);
        Assert.DoesNotContain(charts, c => c.Groups["id"].Value is "NI59" or "NI60" or "SWCHANGES");
        Assert.Equal(3, Regex.Count(sample.Html, "<p class=\"no-chart\">No month of the year, and no earlier year, has a value"));
    }

    [Theory]
    [InlineData("PAF (Performance Assessment Framework)")]
    [InlineData("NI (National Indicator)")]
    [InlineData("CLA (child looked after)")]
    [InlineData("CIN (child in need)")]
    [InlineData("CP plan (child protection plan)")]
    [InlineData("SSDA903")]
    [InlineData("RAG")]
    [InlineData("Band")]
    [InlineData("Polarity")]
    [InlineData("Rank and quartile")]
    [InlineData("Direction of travel")]
    [InlineData("Working day")]
    [InlineData("Period of care")]
    [InlineData("Placement")]
    [InlineData("Short break")]
    [InlineData("Year to date")]
    [InlineData("Rolling 12 months")]
    [InlineData("Suppression")]
    public void Report_Samples_GlossaryDefinesTheTerm(string term)
    {
        var terms = sample.Html[sample.Html.IndexOf("<dl class=\"terms\">", StringComparison.Ordinal)..];
        Assert.Matches($"<dt>{Regex.Escape(term)}</dt><dd>[^<]{{20,}}</dd>", terms);
    }

    [Fact]
    public void Report_Samples_RefersToNothingOutsideTheFile()
    {
        // Links, sources and CSS urls may only point inside the page; no scripts, style sheets, fonts or images are fetched.
        foreach (Match link in LinkAttribute().Matches(sample.Html))
        {
            Assert.StartsWith("#", link.Groups["target"].Value);
        }
        foreach (Match url in CssUrl().Matches(sample.Html))
        {
            Assert.StartsWith("#", url.Groups["target"].Value);
        }
        Assert.DoesNotContain("<script", sample.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", sample.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", sample.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", sample.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@font-face", sample.Html, StringComparison.OrdinalIgnoreCase);
        // Not even the SVG namespace URL, which HTML does not need.
        Assert.DoesNotContain("http://", sample.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", sample.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Report_Samples_WritesYearsAsCouncilsDo()
    {
        Assert.Contains("<h1>Children's social care performance, 2006-07</h1>", sample.Html);
        // Each chart's axis names the reporting year, and each month is "Apr 2006", never "2,006" (every indicator but the
        // three without a chart: NI59, NI60, SWCHANGES); a chart with earlier years says where they stand.
        Assert.Equal(ChildrensKpi.Indicators.All.Length - 3,
            Regex.Count(sample.Html, @"Month ending \(reporting year 2006-07\)") + Regex.Count(sample.Html, "Earlier years at their 31 March, then 2006-07 month by month"));
        Assert.Contains("Apr 2006 to Mar 2007", sample.Html);
        Assert.DoesNotContain("2,006", sample.Html);
        Assert.DoesNotContain("2,007", sample.Html);
    }

    [Fact]
    public void Report_Samples_HeadlineShowsTheJudgementsWorkedInTheSampleReadme()
    {
        // samples/data/performance/README.md: NI62 = 26/165 = 15.76% → 15.8%, target 12, Red, band 3, rank 4 of 6 (quartile 3), England 12.0.
        var ni62 = Row("NI62");
        Assert.Contains("<td class=\"num value\">15.8%</td><td class=\"num\">26 / 165</td><td>lower is better</td><td class=\"num\">12.0%</td>", ni62);
        Assert.Contains("<span class=\"rag rag-red\"><span aria-hidden=\"true\">■</span> Red</span>", ni62);
        Assert.Contains("<td class=\"num\">3</td><td>4 of 6 (quartile 3)</td><td class=\"num\">12.0%</td>", ni62);
        // NI63 = 21/44 = 47.73% → 47.7%, target 60, Red, band 2, rank 5 of 6 (quartile 4), England 65.0.
        var ni63 = Row("NI63");
        Assert.Contains("<td class=\"num value\">47.7%</td><td class=\"num\">21 / 44</td><td>higher is better</td><td class=\"num\">60.0%</td>", ni63);
        Assert.Contains("<td class=\"num\">2</td><td>5 of 6 (quartile 4)</td><td class=\"num\">65.0%</td>", ni63);
    }

    [Fact]
    public void Report_Samples_ChartAxesWritePercentagesWithTheSign()
    {
        var ni62 = sample.Html[sample.Html.IndexOf("<svg id=\"svg-NI62\"", StringComparison.Ordinal)..];
        ni62 = ni62[..ni62.IndexOf("</svg>", StringComparison.Ordinal)];
        var ticks = TextElement().Matches(ni62).Select(m => m.Groups["text"].Value.Trim()).ToList();
        Assert.Contains("Target 12.0%", ticks);
        // The y axis of a percentage is labelled in percent: 0% at the foot, and no bare number (the x axis's lines
        // "Apr" and "2006" are the only other text).
        Assert.Contains("0%", ticks);
        Assert.Contains("2006", ticks);
        Assert.DoesNotContain(ticks, t => Regex.IsMatch(t, @"^\d{1,3}(\.\d+)?$"));
    }

    [Fact]
    public void Report_Samples_DataQualityCountsRowsByFileAndRejectionsByRule()
    {
        var quality = sample.Html[sample.Html.IndexOf("<section id=\"data-quality\">", StringComparison.Ordinal)..];
        Assert.Contains("<th scope=\"row\">episodes_2006-07.csv</th><td>Episodes</td>", quality);
        // The sample episodes have one impossible DECOM, 31/02/2007 (Compute_Sample_WritesTheJsonContract).
        Assert.Contains("<tr><td>DECOM must be a valid date (dd/mm/yyyy or yyyy-mm-dd)</td><td class=\"num\">1</td></tr>", quality);
        Assert.Contains("<h3>Exclusions by reason</h3>", quality);
    }

    [Fact]
    public void Report_Samples_ChartTextIsAtLeast12PxWhenPrinted()
    {
        // A chart is drawn 960 wide and shrinks to at most an A4 page's printable width, 180 mm = 680 CSS px:
        // text drawn at 17 px prints at 17 × 680 / 960 ≈ 12.04 px.
        var sizes = Regex.Matches(sample.Html, "font-size=\"(?<size>[0-9.]+)\"").Select(m => double.Parse(m.Groups["size"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(sizes);
        Assert.All(sizes, size => Assert.True(size * 680 / 960 >= 12, $"{size} px prints below 12 px"));
    }

    [Fact]
    public void Report_WithoutJudgingTables_RatesNothingButStillShowsTheIndicators()
    {
        using var folder = new TempFolder();
        string output = System.IO.Path.Combine(folder.Path, "r.html");

        var run = CliRun.Of("report", "--ssda903", Ssda903, "--year-ending", "2007-03-31", "--indicators", "NI62,NI63", "--output", output);

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(output);
        Assert.DoesNotContain("class=\"rag ", html);
        // NI62 26/165 = 15.8% (samples/data/ssda903/README.md).
        Assert.Contains("<td class=\"num value\">15.8%</td>", html);
        Assert.Equal(2, Regex.Count(html, "<figure class=\"chart-figure\""));
        // No target line or England figure either: 12.0% is NI62's target and England figure in the tables left out.
        Assert.DoesNotContain("12.0%", html);
    }

    [Fact]
    public void Report_WithoutOutput_Exits1()
    {
        var run = CliRun.Of("report", "--ssda903", Ssda903, "--year-ending", "2007-03-31");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--output", run.Error);
    }

    [Theory]
    [InlineData("2007-02-30", "NI62", "error: --year-ending: '2007-02-30' is not a date written yyyy-mm-dd.")]
    [InlineData("2007-03-31", "CLA10K", "error: CLA10K needs --population <csv>.")]
    public void Report_BadArgument_Exits1NamingItAndWritesNothing(string yearEnding, string indicators, string message)
    {
        using var folder = new TempFolder();
        string output = System.IO.Path.Combine(folder.Path, "r.html");

        var run = CliRun.Of("report", "--ssda903", Ssda903, "--year-ending", yearEnding, "--indicators", indicators, "--output", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Report_MissingFolder_Exits2()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("report", "--ssda903", "/no/such/folder", "--year-ending", "2007-03-31", "--output", System.IO.Path.Combine(folder.Path, "r.html"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: The SSDA903 folder '/no/such/folder' does not exist.", run.Error);
    }

    [Fact]
    public void Report_OutputInAMissingFolder_Exits1NamingIt()
    {
        var run = CliRun.Of("report", "--ssda903", Ssda903, "--year-ending", "2007-03-31", "--indicators", "NI62", "--output", "/no/such/folder/r.html");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: --output: cannot write '/no/such/folder/r.html'", run.Error);
    }

    private string Row(string id)
    {
        int start = sample.Html.IndexOf($"<tr><th scope=\"row\"><a href=\"#chart-{id}\">", StringComparison.Ordinal);
        return sample.Html[start..sample.Html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("""\b(?:src|href|xlink:href|action|poster|data)\s*=\s*["']?(?<target>[^"'\s>]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex LinkAttribute();

    [GeneratedRegex("""url\(\s*["']?(?<target>[^"')]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();

    [GeneratedRegex("""<text[^>]*>(?<text>[^<]*)</text>""")]
    private static partial Regex TextElement();
}
