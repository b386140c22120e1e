using System.Text.RegularExpressions;

namespace ChildrensKpi.Tests.Report;

/// <summary>
/// The report's charts (section 2) grouped as the headline table and the glossary are (<c>IndicatorDefinition.Group</c>):
/// a heading and a "how to read this" paragraph per group, each chart under its own indicator's group, in the headline's
/// order.
/// </summary>
public partial class ReportChartGroupsTests(SampleReport sample) : IClassFixture<SampleReport>
{
    private string Charts
    {
        get
        {
            int start = sample.Html.IndexOf("<section id=\"charts\">", StringComparison.Ordinal);
            return sample.Html[start..sample.Html.IndexOf("</section>", start, StringComparison.Ordinal)];
        }
    }

    [Fact]
    public void Report_Samples_EachChartUnderItsIndicatorsGroup()
    {
        var marks = Marks().Matches(Charts);

        // Every input is given, so both groups are there, the seeds' first, each opened once.
        Assert.Equal(["NationalIndicatorSetAndPaf", "Current"], marks.Where(m => m.Groups["group"].Success).Select(m => m.Groups["group"].Value));
        string? group = null;
        var ids = new List<string>();
        foreach (Match mark in marks)
        {
            if (mark.Groups["group"].Success)
            {
                group = mark.Groups["group"].Value;
                continue;
            }
            ids.Add(mark.Groups["id"].Value);
            Assert.Equal(ChildrensKpi.Indicators.Find(mark.Groups["id"].Value)!.Definition.Group.ToString(), group);
        }
        // Each computed indicator once, in the headline table's order (its links to the charts, top to bottom).
        var headline = HeadlineLinks().Matches(sample.Html).Select(m => m.Groups["id"].Value).ToList();
        Assert.Equal(ChildrensKpi.Indicators.All.Length, ids.Count);
        Assert.Equal(headline, ids);
    }

    [Fact]
    public void Report_Samples_EachGroupHasItsHeadingAndHowToReadIt()
    {
        string charts = Charts;

        // The general paragraph first (the marks and lines), then each group's: what its indicators are read against.
        int general = charts.IndexOf("<p>How to read these charts:", StringComparison.Ordinal);
        int nis = charts.IndexOf("<div class=\"chart-group\" id=\"charts-NationalIndicatorSetAndPaf\">\n<h3>National Indicator Set and PAF</h3>\n<p class=\"group-reading\">How to read this group: the indicators of the 2008 National Indicator Set and the Performance Assessment Framework", StringComparison.Ordinal);
        int current = charts.IndexOf("<div class=\"chart-group\" id=\"charts-Current\">\n<h3>Current measures</h3>\n<p class=\"group-reading\">How to read this group: the measures councils are judged on today", StringComparison.Ordinal);
        Assert.True(general >= 0 && general < nis && nis < current, $"general at {general}, groups at {nis} and {current}");
        // Each group's box closes before the next opens: as many closings as openings, and the section ends after the last.
        Assert.Equal(2, Regex.Count(charts, "<div class=\"chart-group\""));
        Assert.Equal(2, Regex.Count(charts, "</div>"));
        Assert.EndsWith("</figure>\n</div>\n", charts);
        // A chart's own heading sits below its group's.
        Assert.Contains("<figure class=\"chart-figure\" id=\"chart-NI62\">\n<h4>NI62: ", charts);
    }

    [GeneratedRegex("""<div class="chart-group" id="charts-(?<group>\w+)">|<figure class="chart-figure" id="chart-(?<id>[A-Z0-9_]+)">""")]
    private static partial Regex Marks();

    [GeneratedRegex("""<th scope="row"><a href="#chart-(?<id>[A-Z0-9_]+)">""")]
    private static partial Regex HeadlineLinks();
}
