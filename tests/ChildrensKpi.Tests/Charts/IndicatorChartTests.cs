using System.Text.RegularExpressions;
using ChildrensKpi.Tests.Report;

namespace ChildrensKpi.Tests.Charts;

/// <summary>The report's charts (ChildrensKpi.Charts): drawn as each measure is read, each with its sentence, and no withheld figure in any.</summary>
public partial class IndicatorChartTests(SampleReport sample) : IClassFixture<SampleReport>
{
    private static string Figure(string html, string id)
    {
        int start = html.IndexOf($"<figure class=\"chart-figure\" id=\"chart-{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no figure for {id}");
        return html[start..(html.IndexOf("</figure>", start, StringComparison.Ordinal) + "</figure>".Length)];
    }

    [Fact]
    public void Report_Samples_EveryChartHasItsMeaningInOneSentenceUnderIt()
    {
        var figures = FigurePattern().Matches(sample.Html);

        Assert.NotEmpty(figures);
        Assert.All(figures, f =>
        {
            string id = f.Groups["id"].Value;
            string caption = Assert.Single(CaptionPattern().Matches(f.Value)).Groups["text"].Value;
            if (f.Value.Contains("<svg ", StringComparison.Ordinal))
            {
                // One sentence, naming the indicator and ending where the year's figure is read.
                Assert.StartsWith(id + " ", caption);
                Assert.EndsWith("year&#39;s figure.", caption);
                Assert.Equal(1, caption.Count(c => c == '.') - Regex.Count(caption, @"\d\.\d"));
            }
        });
    }

    [Fact]
    public void Report_Samples_PopulationAtADateIsTheRolling12MonthsOnly()
    {
        // NI62 counts the children looked after at the period's end: the same children whatever the window, so only the
        // value at each month end over the rolling 12 months is drawn; no "Month alone" dots, no year to date.
        string ni62 = Figure(sample.Html, "NI62");

        Assert.Contains("NI62 for the children counted at each month end from Apr 2006 to Mar 2007, each over the 12 months to that day", ni62);
        Assert.Matches(@">\s*Rolling 12 months\s*<", ni62);
        Assert.DoesNotMatch(@">\s*Month alone\s*<", ni62);
        Assert.DoesNotMatch(@">\s*Year to date\s*<", ni62);
    }

    [Fact]
    public void Report_Samples_ItemsInAPeriodAddEachPublishableMonth()
    {
        // CIN45 counts referrals in the period: a longer window holds more, so the month's own value is drawn beside the line.
        string cin45 = Figure(sample.Html, "CIN45");

        Assert.Contains("(line), with each month&#39;s own value as a dot where its counts are large enough to publish", cin45);
        Assert.Matches(@">\s*Rolling 12 months\s*<", cin45);
        Assert.Matches(@">\s*Month alone\s*<", cin45);
    }

    [Fact]
    public void Report_NumeratorOfThreeFromSeptember_DrawsNoWithheldPoint()
    {
        // ThreeOfThirteen (ReportSuppressionTests): all 13 children looked after from 01/05/2006; T1–T3 reach their third
        // placement on 01/09/2006. Rolling 12 months: April has no one looked after (no value); May to August 0 of 13
        // (0 is not a count from 1 to 5: shown, 0.0%); September to March 3 of 13, withheld (3 / 13 would be 23.1%).
        using var folder = ReportSuppressionTests.ThreeOfThirteen();

        string svg = Figure(ReportSuppressionTests.Report(folder), "NI62");

        Assert.Contains("Rolling 12 months: Apr 2006 no value, May 2006 0.0%, Jun 2006 0.0%, Jul 2006 0.0%, Aug 2006 0.0%, Sep 2006 withheld, Oct 2006 withheld, Nov 2006 withheld, Dec 2006 withheld, Jan 2007 withheld, Feb 2007 withheld, Mar 2007 withheld.", svg);
        Assert.DoesNotContain("23.1", svg);
        Assert.DoesNotContain("23.08", svg);
    }

    [GeneratedRegex("""<figure class="chart-figure" id="chart-(?<id>[A-Z0-9]+)">.*?</figure>""", RegexOptions.Singleline)]
    private static partial Regex FigurePattern();

    [GeneratedRegex("<figcaption>(?<text>.*?)</figcaption>", RegexOptions.Singleline)]
    private static partial Regex CaptionPattern();
}
