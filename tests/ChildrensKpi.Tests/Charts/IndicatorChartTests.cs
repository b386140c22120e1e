using System.Text.RegularExpressions;
using ChildrensKpi.Charts;
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

    [Fact]
    public void Report_Samples_Ni62DrawsTheEarlierYearsTheFilesCover()
    {
        // The sample's SSDA903 returns are those of 2004-05, 2005-06 and 2006-07 (samples/data/ssda903/README.md): NI62 is
        // drawn from 2004-05, each earlier year's figure at its 31 March. The CIN census is one year's: CIN45 has none.
        string ni62 = Figure(sample.Html, "NI62");
        string cin45 = Figure(sample.Html, "CIN45");

        Assert.Contains("NI62 Stability of placements: number of placements: 2004-05 to 2006-07</title>", ni62);
        Assert.Contains(", after the figure of each earlier year from 2004-05 to 2005-06 (blue squares)", ni62);
        Assert.Matches(@">\s*Earlier years, to 31 March\s*<", ni62);
        Assert.Matches(@"(?s)>\s*Mar\s*</text>\s*<text[^>]*>\s*2005\s*<", ni62);
        Assert.DoesNotMatch(@">\s*Earlier years, to 31 March\s*<", cin45);
        Assert.DoesNotContain("earlier year", cin45);
    }

    [Fact]
    public void Report_Samples_EnglandAndTheComparatorsBesideTheValue()
    {
        // samples/data/performance/comparators.csv gives NI62 for 2006-07: England 12.0, and five authorities (the sample
        // README's ranking reads the same five).
        string ni62 = Figure(sample.Html, "NI62");

        Assert.Contains("beside England&#39;s figure (purple) and the comparator authorities&#39; (grey circles), against the target of 12.0% (black line)", ni62);
        Assert.Contains("Beside them: England 2006-07 12.0%, Northshire 2006-07 11.2%, Eastborough 2006-07 13.4%, Westvale 2006-07 16.0%, Southmoor 2006-07 18.9%, Midford 2006-07 9.8%.", ni62);
        Assert.Matches(@">\s*England\s*<", ni62);
        Assert.Matches(@">\s*Comparator authorities\s*<", ni62);
    }

    [Fact]
    public void For_ComparatorsUnderAnAlias_AreTakenForEachYearDrawnOnly()
    {
        // NI62's series drawn from 2004-05 (three SSDA903 returns). Rows: 2005-06 under its PAF code (an alias), 2006-07 under
        // its id, 2003-04 (a year not drawn) and another indicator's: the first two are drawn, at 31/03/2006 and 31/03/2007.
        var series = SampleNi62();
        var inputs = new PerformanceInputs
        {
            Comparators =
            [
                new ComparatorValue("PAF A1", "2005-06", "England", 13.0m),
                new ComparatorValue("NI62", "2006-07", " Northshire ", 11.2m),
                new ComparatorValue("NI62", "2003-04", "England", 9.0m),
                new ComparatorValue("NI63", "2006-07", "England", 65.0m),
            ],
        };

        var comparisons = ChartComparisons.For(series, inputs, 12m);

        Assert.Equal(12m, comparisons.Target);
        Assert.Equal(
            [new ChartComparator(new LocalDate(2006, 3, 31), "England", 13.0m, true), new ChartComparator(new LocalDate(2007, 3, 31), "Northshire", 11.2m, false)],
            comparisons.Comparators.ToArray());
    }

    [Fact]
    public void Svg_AnEarlierYearWithheld_HasNoPointAndNoWord()
    {
        // REREF12 with 2005-06's census: 1 re-referral of 2 that year (EarlierYearsTests), a count from 1 to 5, so withheld.
        // The chart says "withheld" for the year and draws nothing for it; its meaning names no earlier year.
        var report = ComputeReport.Compute(new KpiRequest
        {
            Inputs = new IndicatorInputs
            {
                ChildrenInNeed = new ChildrenInNeedData(
                    [
                        new Referral(new ChildId("A"), new LocalDate(2005, 6, 1)),
                        new Referral(new ChildId("A"), new LocalDate(2005, 9, 1)),
                    ])
                { CollectionYears = [ReportingPeriod.YearEnding(new LocalDate(2006, 3, 31)), Fixtures.Histories.Year2007] },
            },
            Period = Fixtures.Histories.Year2007,
            Indicators = [ChildrensKpi.Indicators.REREF12],
            MonthlySeries = true,
        });
        var series = Assert.Single(report.Publish(new PublicationOptions { SuppressionThreshold = 5 }).Series);

        string svg = IndicatorChart.Svg(series, ChartComparisons.None, "withheld");

        Assert.Contains("Earlier years: 2005-06 withheld.", svg);
        Assert.DoesNotContain("50.0", svg);
        Assert.DoesNotMatch(@">\s*Earlier years, to 31 March\s*<", svg);
        Assert.DoesNotContain("2005-06", IndicatorChart.Meaning(series, ChartComparisons.None));
    }

    [Fact]
    public void Svg_FiveYearsCovered_DrawsEachOfThem()
    {
        // Five censuses, 2002-03 to 2006-07, each year one child's first referral (1 June): 0 re-referrals of 1 = 0.0% in
        // each. The four years before 2006-07 are each a year of the chart, named in its title, description and sentence.
        var years = Enumerable.Range(2003, 5).Select(y => ReportingPeriod.YearEnding(new LocalDate(y, 3, 31))).ToArray();
        var report = ComputeReport.Compute(new KpiRequest
        {
            Inputs = new IndicatorInputs
            {
                ChildrenInNeed = new ChildrenInNeedData([.. Enumerable.Range(2003, 5).Select(y => new Referral(new ChildId($"C{y}"), new LocalDate(y - 1, 6, 1)))])
                { CollectionYears = [.. years] },
            },
            Period = Fixtures.Histories.Year2007,
            Indicators = [ChildrensKpi.Indicators.REREF12],
            MonthlySeries = true,
        });
        var series = Assert.Single(report.Publish(PublicationOptions.None).Series);

        string svg = IndicatorChart.Svg(series, ChartComparisons.None, "five-years");

        Assert.Equal(["2002-03", "2003-04", "2004-05", "2005-06"], series.EarlierYears.Select(y => y.Period.ReportingYear));
        Assert.Contains($"<title id=\"five-years-title\">REREF12 {ChildrensKpi.Indicators.REREF12.Definition.Name}: 2002-03 to 2006-07</title>", svg);
        Assert.Contains("Earlier years: 2002-03 0.0%, 2003-04 0.0%, 2004-05 0.0%, 2005-06 0.0%.", svg);
        Assert.Contains("after the figure of each earlier year from 2002-03 to 2005-06 (blue squares)", IndicatorChart.Meaning(series, ChartComparisons.None));
    }

    private static PublishedSeries SampleNi62()
    {
        var inputs = new IndicatorInputs { LookedAfter = ChildrensKpi.Readers.Ssda903Reader.ReadFolder(Fixtures.Repository.Path("samples", "data", "ssda903")).Data };
        var report = ComputeReport.Compute(new KpiRequest { Inputs = inputs, Period = Fixtures.Histories.Year2007, Indicators = [ChildrensKpi.Indicators.NI62], MonthlySeries = true });
        return Assert.Single(report.Publish(PublicationOptions.None).Series);
    }

    [GeneratedRegex("""<figure class="chart-figure" id="chart-(?<id>[A-Z0-9]+)">.*?</figure>""", RegexOptions.Singleline)]
    private static partial Regex FigurePattern();

    [GeneratedRegex("<figcaption>(?<text>.*?)</figcaption>", RegexOptions.Singleline)]
    private static partial Regex CaptionPattern();
}
