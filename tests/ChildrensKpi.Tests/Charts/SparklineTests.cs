using ChildrensKpi.Tests.Report;

namespace ChildrensKpi.Tests.Charts;

/// <summary>The headline table's trend line (<c>Sparkline</c>): the published rolling 12 months only.</summary>
public class SparklineTests(SampleReport sample) : IClassFixture<SampleReport>
{
    [Fact]
    public void Report_NumeratorOfThreeFromSeptember_TrendStopsWhereTheFiguresAreWithheld()
    {
        // ThreeOfThirteen (ReportSuppressionTests): rolling 12 months, April no value, May to August 0 of 13 (0.0%, shown),
        // September to March 3 of 13 (withheld). The line joins May to August only, flat, so at mid-height (28 / 2 = 14);
        // month i of 12 is at x = 3 + i × (90 − 6) / 11: May 10.6, Jun 18.3, Jul 25.9, Aug 33.5, where the last dot is.
        using var folder = ReportSuppressionTests.ThreeOfThirteen();
        string html = ReportSuppressionTests.Report(folder);

        int start = html.IndexOf("<td class=\"trend\">", StringComparison.Ordinal);
        string trend = html[start..html.IndexOf("</td>", start, StringComparison.Ordinal)];

        Assert.Contains("aria-label=\"NI62, rolling 12 months: May 2006 0.0% to Aug 2006 0.0%\"", trend);
        Assert.Contains("<polyline fill=\"none\" stroke=\"#009E73\" stroke-width=\"2\" points=\"10.6,14 18.3,14 25.9,14 33.5,14\"/>", trend);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(trend, "<polyline"));
        Assert.Contains("<circle cx=\"33.5\" cy=\"14\" r=\"2.5\" fill=\"#009E73\"/>", trend);
    }

    [Fact]
    public void Report_Samples_EveryIndicatorWithAPublishedMonthHasATrend()
    {
        int rows = System.Text.RegularExpressions.Regex.Count(sample.Html, "<tr><th scope=\"row\"><a href=\"#chart-");
        int trends = System.Text.RegularExpressions.Regex.Count(sample.Html, "<td class=\"trend\">");

        Assert.Equal(rows, trends);
        // Three indicators have no month with a value: NI59 and NI60 in the sample census, and SWCHANGES, whose social
        // worker episodes are collected from 2023-24 (none in a 2006-07 return): a dash, not a line.
        Assert.Equal(rows - 3, System.Text.RegularExpressions.Regex.Count(sample.Html, "<td class=\"trend\"><svg class=\"sparkline\""));
    }
}
