using ChildrensKpi.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Interactive;

/// <summary>ChildrensKpi.Interactive: results, series and child lists as tables in a notebook, and as DataFrames, disclosure as published.</summary>
public class KpiInteractiveTests
{
    private static readonly ReportingPeriod Year2006 = ReportingPeriod.YearEnding(new LocalDate(2006, 3, 31));

    /// <summary>
    /// REREF12 from hand-made referrals, the censuses of 2005-06 and 2006-07 given. 2006-07: A's referral of 01/06/2006
    /// follows A's of 01/09/2005 (9 months, so a re-referral); B's of 01/07/2006 and C's of 01/08/2006 are firsts: 1 of 3 =
    /// 33.3%. 2005-06: A's 01/06/2005 is a first, A's 01/09/2005 within 12 months of it: 1 of 2 = 50%.
    /// </summary>
    private static ComputeReport Reref12() => ComputeReport.Compute(new KpiRequest
    {
        Inputs = new IndicatorInputs
        {
            ChildrenInNeed = new ChildrenInNeedData(
                [
                    new Referral(new ChildId("A"), D("01/06/2005")),
                    new Referral(new ChildId("A"), D("01/09/2005")),
                    new Referral(new ChildId("A"), D("01/06/2006")),
                    new Referral(new ChildId("B"), D("01/07/2006")),
                    new Referral(new ChildId("C"), D("01/08/2006")),
                ])
            { CollectionYears = [Year2006, Year2007] },
        },
        Period = Year2007,
        Indicators = [ChildrensKpi.Indicators.REREF12],
        MonthlySeries = true,
        Options = ComputeOptions.Default,
    });

    [Fact]
    public void Register_AResultAndAListOfThem_DisplayAsTables()
    {
        KpiFormatters.Register();
        var result = Assert.Single(Reref12().Results);

        string one = result.ToDisplayString(HtmlFormatter.MimeType);
        string list = new List<IndicatorResult> { result }.ToDisplayString(HtmlFormatter.MimeType);

        Assert.All(new[] { one, list }, html =>
        {
            Assert.StartsWith("<table><thead><tr><th>Id</th><th>Indicator</th><th>Period</th><th>Value</th><th>Numerator</th><th>Denominator</th>", html);
            Assert.Contains("<td>REREF12</td>", html);
            Assert.Contains("<td>33.3%</td><td>1</td><td>3</td>", html);
        });
    }

    [Fact]
    public void Register_AChildList_DisplaysEachChildWithItsReason()
    {
        KpiFormatters.Register();
        var children = Assert.Single(Reref12().Results).Children;

        string html = children.AsEnumerable().ToDisplayString(HtmlFormatter.MimeType);

        // One row per referral given (a referral indicator explains each item, those outside the year as not counted): A's
        // two of 2005 (in neither count), A's of 01/06/2006 (a re-referral: both counts), B's and C's (denominator only).
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Count(html, "<tr><td>"));
        Assert.Contains("<td>A</td>", html);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(html, "<td>yes</td><td>yes</td>"));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(html, "<td>yes</td><td>no</td>"));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(html, "<td>no</td><td>no</td>"));
    }

    [Fact]
    public void Register_APublishedSeries_ShowsTheChartAndWithholdsAsPublished()
    {
        // Nothing withheld: the report's chart above the table. At threshold 5 every figure rests on 1 to 3 referrals, so is
        // withheld (the year's 1 re-referral of 3, 2005-06's 1 of 2): no chart, [c] in the table, no 50.0% or 33.3% anywhere.
        KpiFormatters.Register();
        var shown = Assert.Single(Reref12().Publish(PublicationOptions.None).Series);
        var series = Assert.Single(Reref12().Publish(new PublicationOptions { SuppressionThreshold = 5 }).Series);

        string html = series.ToDisplayString(HtmlFormatter.MimeType);

        Assert.StartsWith("<svg id=\"chart-REREF12-2006-07\" class=\"chart\"", shown.ToDisplayString(HtmlFormatter.MimeType));
        Assert.DoesNotContain("<svg", html);
        Assert.Contains("<tr><td>2005-06</td><td></td><td></td><td>[c]</td></tr>", html);
        Assert.Contains("<tr><td>Mar 2007</td>", html);
        Assert.DoesNotContain("50.0%", html);
        Assert.DoesNotContain("33.3%", html);
    }

    [Fact]
    public void Of_PublishedIndicators_AWithheldFigureIsMissingWithItsReason()
    {
        var shown = Assert.Single(Reref12().Publish(PublicationOptions.None).Indicators);
        var withheld = Assert.Single(Reref12().Publish(new PublicationOptions { SuppressionThreshold = 5 }).Indicators);

        var frame = KpiDataFrame.Of([shown, withheld]);

        Assert.Equal(["Id", "Name", "PeriodStart", "PeriodEnd", "Value", "Numerator", "Denominator", "Withheld"], frame.Columns.Select(c => c.Name));
        Assert.Equal(2, frame.Rows.Count);
        Assert.Equal(new DateTime(2006, 4, 1), frame["PeriodStart"][0]);
        Assert.Equal(new DateTime(2007, 3, 31), frame["PeriodEnd"][0]);
        Assert.Equal((1m, 3m, ""), ((decimal?)frame["Numerator"][0], (decimal?)frame["Denominator"][0], (string)frame["Withheld"][0]));
        Assert.Equal(100m / 3m, (decimal?)frame["Value"][0]);
        Assert.Null(frame["Value"][1]);
        Assert.Null(frame["Numerator"][1]);
        Assert.NotEqual("", (string)frame["Withheld"][1]);
    }

    [Fact]
    public void Of_PublishedSeries_TheEarlierYearsThenTheMonths()
    {
        var series = Assert.Single(Reref12().Publish(PublicationOptions.None).Series);

        var frame = KpiDataFrame.Of(series);

        // 2005-06 (1 of 2 = 50%) at 31/03/2006, then April 2006 to March 2007, whose rolling 12 months ends at the year's 1 of 3.
        Assert.Equal(13, frame.Rows.Count);
        Assert.Equal(("year", new DateTime(2006, 3, 31), 50m), ((string)frame["Kind"][0], (DateTime)frame["PeriodEnd"][0]!, (decimal?)frame["Rolling12Months"][0]));
        Assert.Null(frame["Month"][0]);
        Assert.Equal(("month", new DateTime(2007, 3, 31), 100m / 3m), ((string)frame["Kind"][12], (DateTime)frame["PeriodEnd"][12]!, (decimal?)frame["Rolling12Months"][12]));
    }

    [Fact]
    public void Of_Children_OneRowEachWithTheRule()
    {
        var result = Assert.Single(Reref12().Results);

        var frame = KpiDataFrame.Of(result.Children);

        // The five referrals given (Register_AChildList_DisplaysEachChildWithItsReason), one of them a re-referral in the year.
        Assert.Equal(5, frame.Rows.Count);
        Assert.Equal(1, Enumerable.Range(0, 5).Count(i => (bool)frame["InNumerator"][i]!));
        Assert.Equal(3, Enumerable.Range(0, 5).Count(i => (bool)frame["InDenominator"][i]!));
        Assert.All(Enumerable.Range(0, 5), i => Assert.False(string.IsNullOrEmpty((string)frame["Reason"][i])));
    }

    [Fact]
    public void Register_AnInputAccount_DisplaysTheFilesAndTheRejections()
    {
        // ThreeOfThirteen's 19 episode rows (lines 2 to 20) and one more whose DECOM, 31/02/2007, is no date: 20 read, 1
        // rejected (line 21), 19 used.
        KpiFormatters.Register();
        using var folder = Report.ReportSuppressionTests.ThreeOfThirteen();
        File.AppendAllText(System.IO.Path.Combine(folder.Path, "episodes.csv"), "X9,31/02/2007,S,C2,U4,,\n");
        var account = ChildrensKpi.Readers.Ssda903Reader.ReadFolder(folder.Path).Account;

        string html = account.ToDisplayString(HtmlFormatter.MimeType);

        Assert.StartsWith("<table><caption>Rows by input file</caption>", html);
        Assert.Matches("<tr><td>All files</td><td></td><td></td><td>20</td><td>19</td><td>0</td><td>1</td></tr>", html);
        Assert.Contains("<caption>Rejections</caption>", html);
        Assert.Matches("<tr><td>[^<]*episodes.csv</td><td>21</td><td>DECOM</td><td>31/02/2007</td>", html);
    }

    [Fact]
    public void Register_ABreakdown_DisplaysEachGroup()
    {
        KpiFormatters.Register();
        System.Collections.Immutable.ImmutableArray<BreakdownGroup> groups = [new("Under 1", 1, 4, 25m), new("1 to 4", 0, 0, null)];

        string html = groups.ToDisplayString(HtmlFormatter.MimeType);

        // 1 of 4 is 25.0; an empty group has no value.
        Assert.StartsWith("<table><thead><tr><th>Group</th><th>Numerator</th><th>Denominator</th><th>Value</th></tr></thead>", html);
        Assert.Contains("<tr><td>Under 1</td><td>1</td><td>4</td><td>25.0</td></tr>", html);
        Assert.Contains("<tr><td>1 to 4</td><td>0</td><td>0</td><td>no value</td></tr>", html);
    }
}
