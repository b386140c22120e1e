using ChildrensKpi.Charts;
using ChildrensKpi.Cli.Output;

namespace ChildrensKpi.Cli.Report;

/// <summary>
/// Writes the report as one self-contained HTML page: inline CSS and SVG, no scripts, fonts, images or links outside
/// the file, so that it can be e-mailed, archived and printed as it is.
/// </summary>
internal static class HtmlReport
{
    public static void Write(ReportContent content, TextWriter writer)
    {
        var year = content.Year;
        string reportingYear = year.Period.ReportingYear;
        // An authority's report from pooled files says whose it is, in the title and the heading.
        string whose = content.Authority is { } authority ? $"authority {Html.Encode(authority)}, " : "";
        writer.Write($"""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Children's social care performance, {whose}{reportingYear}</title>
            <style>
            {Stylesheet.Css}
            </style>
            </head>
            <body>
            <header>
            <h1>Children's social care performance, {whose}{reportingYear}</h1>
            <p class="lead">The year from {ReportText.Date(year.Period.Start)} to {ReportText.Date(year.Period.End)}: {year.Indicators.Length} indicator{(year.Indicators.Length == 1 ? "" : "s")}, their targets and comparisons, month by month, with a glossary and an account of the data used.</p>
            <nav aria-label="Contents"><h2 class="contents">Contents</h2><ol>
            <li><a href="#headline">Headline figures</a></li>
            <li><a href="#charts">Trends</a></li>
            <li><a href="#glossary">Glossary</a></li>
            <li><a href="#data-quality">Data quality</a></li>
            </ol></nav>
            </header>
            <main>

            """);
        WriteHeadline(content, writer);
        WriteCharts(content, writer);
        WriteGlossary(content, writer);
        WriteDataQuality(year.Inputs, writer);
        writer.Write("""
            </main>
            <footer><p>Produced by the ChildrensKpi <code>report</code> command. Values are rounded for display; the JSON of <code>compute</code> holds them unrounded.</p></footer>
            </body>
            </html>

            """);
    }

    private static void WriteHeadline(ReportContent content, TextWriter writer)
    {
        writer.Write($"""
            <section id="headline" class="headline">
            <h2>1. Headline figures, {content.Year.Period.ReportingYear}</h2>
            <p>How to read this table: each indicator for the whole year, the indicators of the National Indicator Set and PAF first, then the current measures (as the glossary groups them). The trend is the indicator over the rolling 12 months at each month end (green), its last point the value beside it, after the figure of each earlier year the files cover (blue squares, a year twelve months wide); a withheld figure is a gap (the charts in section 2 draw it with its axis and target). RAG compares the value with the council's target, the band places it in the thresholds table, the rank places it among the comparator authorities, and the direction of travel compares it with the year before. A dash means the inputs given do not allow that judgement. Terms are explained in the <a href="#glossary">glossary</a>.</p>
            <div class="table-wrap"><table>
            <caption>Indicators for the year ending {ReportText.Date(content.Year.Period.End)}</caption>
            <thead><tr><th scope="col">Id</th><th scope="col">Indicator</th><th scope="col">Trend</th><th scope="col" class="num">Value</th><th scope="col" class="num">Numerator / denominator</th><th scope="col">Polarity</th><th scope="col" class="num">Target</th><th scope="col">RAG</th><th scope="col" class="num">Band</th><th scope="col">Rank</th><th scope="col" class="num">England</th><th scope="col">Direction of travel</th></tr></thead>

            """);
        // Grouped as the catalogue groups them (IndicatorDefinition.Group), as the glossary is: the seeds' indicators,
        // then the current measures, each group under its heading.
        IndicatorGroup? group = null;
        foreach (var published in content.Year.Indicators.OrderBy(p => p.Definition.Group))
        {
            var d = published.Definition;
            if (d.Group != group)
            {
                writer.Write(group is null ? "" : "</tbody>\n");
                group = d.Group;
                writer.Write($"<tbody><tr class=\"group\"><th scope=\"colgroup\" colspan=\"12\" id=\"headline-{d.Group}\">{Html.Encode(GroupName(d.Group))}</th></tr>\n");
            }
            // The library has withheld the judgements that would reveal a withheld value.
            var a = published.Assessment;
            string aliases = d.Aliases.IsEmpty ? "" : $"<br><span class=\"alias\">{Html.Encode(string.Join(", ", d.Aliases))}</span>";
            writer.Write($"<tr><th scope=\"row\"><a href=\"#chart-{d.Id}\">{Html.BreakableId(d.Id)}</a>{aliases}</th><td class=\"name\">{Html.Encode(d.Name)}</td>");
            var series = content.Year.Series.FirstOrDefault(s => s.Indicator.Id == d.Id);
            writer.Write($"<td class=\"trend\">{(series is null ? Cell(null) : Sparkline.Svg(series) ?? Cell(null))}</td>");
            writer.Write($"<td class=\"num value\">{Html.Encode(ReportText.Value(published))}</td><td class=\"num\">{Html.Encode(ReportText.Fraction(published))}</td>");
            writer.Write($"<td>{Html.Encode(ValueText.Polarity(d.Polarity))}</td>");
            writer.Write($"<td class=\"num\">{Cell(a?.Target is { } t ? ValueText.Format(d.Unit, t) : null)}</td>");
            writer.Write(a?.Rag is { } rag
                ? $"<td><span class=\"rag rag-{rag.ToString().ToLowerInvariant()}\"><span aria-hidden=\"true\">{RagMark(rag)}</span> {rag}</span></td>"
                : $"<td>{Cell(d.Polarity == Polarity.Contextual && a?.Target is not null ? "not rated" : null)}</td>");
            writer.Write($"<td class=\"num\">{Cell(a?.Band?.ToString(System.Globalization.CultureInfo.InvariantCulture))}</td>");
            writer.Write($"<td>{Cell(ReportText.Rank(a))}</td>");
            writer.Write($"<td class=\"num\">{Cell(a?.National is { } n ? ValueText.Format(d.Unit, n) : null)}</td>");
            writer.Write($"<td>{Cell(ReportText.Travel(published))}</td></tr>\n");
        }
        writer.Write(group is null ? "</table></div>\n" : "</tbody></table></div>\n");
        if (content.Year.IsSuppressed)
        {
            writer.Write($"<p class=\"withheld\"><strong>{Publication.Withheld}</strong>: withheld. Counts from 1 to {content.SuppressionThreshold}, and figures that would reveal them, are not shown, so that no child can be identified (see Suppression in the glossary).</p>\n");
        }
        var notes = content.Year.Indicators
            .SelectMany(r => r.Notes.Concat(r.Assessment?.Notes ?? []).Select(n => (r.Definition.Id, Note: n)))
            .ToList();
        if (notes.Count > 0)
        {
            writer.Write("<h3>Notes</h3><ul class=\"notes\">\n");
            foreach (var (id, note) in notes)
            {
                writer.Write($"<li><strong>{Html.Encode(id)}</strong>: {Html.Encode(note)}</li>\n");
            }
            writer.Write("</ul>\n");
        }
        writer.Write("</section>\n");
    }

    private static void WriteCharts(ReportContent content, TextWriter writer)
    {
        writer.Write("""
            <section id="charts">
            <h2>2. Trends</h2>
            <p>How to read these charts: each indicator is drawn over the <strong>rolling 12 months</strong> ending at each month end (green line), so that every point covers a whole year and points can be compared; its last point is the headline figure. An indicator of children counted at a date (such as those looked after at the year's end) shows nothing else: a single month, or a year to date that grows through the year, only shortens the window behind the same children. An indicator of items in a period (referrals, conferences) also shows each <strong>month alone</strong> (orange diamonds), but only where its counts are large enough to publish. Where the files cover <strong>earlier years</strong>, each year's figure is a blue square at its 31 March, the day on which the rolling 12 months is that year, joined by a thin line since the months between are not drawn. <strong>England</strong>'s figure is a purple line with open diamonds and each <strong>comparator authority</strong>'s a grey circle, at the end of each year the comparators table gives them for. A black horizontal line is the target. A gap means that month had no one to count, or its figure is withheld because it rests on a count small enough to identify a child. The sentence under each chart says what it shows.</p>

            """);
        // Grouped as the headline table and the glossary are (IndicatorDefinition.Group), each group under its heading with
        // how to read its charts: the seeds' indicators, then the current measures.
        IndicatorGroup? group = null;
        foreach (var series in content.Year.Series.OrderBy(s => s.Indicator.Group))
        {
            var d = series.Indicator;
            if (d.Group != group)
            {
                writer.Write(group is null ? "" : "</div>\n");
                group = d.Group;
                writer.Write($"<div class=\"chart-group\" id=\"charts-{d.Group}\">\n<h3>{Html.Encode(GroupName(d.Group))}</h3>\n<p class=\"group-reading\">{Html.Encode(GroupReading(d.Group))}</p>\n");
            }
            var a = content.AssessmentOf(d);
            writer.Write($"""
                <figure class="chart-figure" id="chart-{d.Id}">
                <h4>{Html.Encode(d.Id)}: {Html.Encode(d.Name)}</h4>
                <p class="chart-meta">{Html.Encode(ValueText.Polarity(d.Polarity))}. Year {Html.Encode(series.Year.ReportingYear)}: {Html.Encode(ReportText.Value(series.Points[^1].YearToDate))}{(a?.Target is { } t ? $"; target {Html.Encode(ValueText.Format(d.Unit, t))}" : "")}.</p>

                """);
            bool anyValue = IndicatorChart.HasPoints(series);
            var comparisons = ChartComparisons.For(series, content.Performance, a?.Target);
            writer.Write(anyValue
                ? IndicatorChart.Svg(series, comparisons, $"svg-{d.Id}")
                : "<p class=\"no-chart\">No month of the year, and no earlier year, has a value that can be shown (every denominator is empty, or every value is withheld), so there is nothing to draw.</p>");
            string caption = anyValue ? IndicatorChart.Meaning(series, comparisons) : $"{d.Id}: nothing to draw.";
            writer.Write($"\n<figcaption>{Html.Encode(caption)}</figcaption>\n</figure>\n");
        }
        writer.Write(group is null ? "</section>\n" : "</div>\n</section>\n");
    }

    /// <summary>The catalogue's heading for a group of indicators.</summary>
    internal static string GroupName(IndicatorGroup group) => group switch
    {
        IndicatorGroup.Current => "Current measures",
        _ => "National Indicator Set and PAF",
    };

    /// <summary>How to read the charts of a group of indicators: what they were made for and what they are judged against.</summary>
    internal static string GroupReading(IndicatorGroup group) => group switch
    {
        IndicatorGroup.Current =>
            "How to read this group: the measures councils are judged on today, as the DfE's statistics on children looked after and on children in need define them. Government sets no target for them: the black line, where drawn, is the council's own. Read each line against England and the comparator authorities where the comparators table gives them, and against the council's own earlier years; a contextual measure (a rate per 10,000 children, say) is neither better high nor low, and describes need rather than performance.",
        _ =>
            "How to read this group: the indicators of the 2008 National Indicator Set and the Performance Assessment Framework, which councils reported to government, many against a target agreed for the year. Read each line against its polarity, written above its chart, and its target where one is drawn (the black line): for a lower-is-better indicator a line below the target is good, for a higher-is-better one a line above it. The band in the headline table places the year's figure on the framework's scale.",
    };

    private static void WriteGlossary(ReportContent content, TextWriter writer)
    {
        writer.Write("""
            <section id="glossary">
            <h2>3. Glossary</h2>
            <h3 id="glossary-indicators">Indicators</h3>

            """);
        // Grouped as the catalogue is (IndicatorDefinition.Group): the seeds' indicators, then the current measures.
        IndicatorGroup? group = null;
        foreach (var published in content.Year.Indicators.OrderBy(p => p.Definition.Group))
        {
            var d = published.Definition;
            if (d.Group != group)
            {
                writer.Write(group is null ? "" : "</dl>\n");
                group = d.Group;
                writer.Write($"<h4 id=\"glossary-{d.Group}\">{Html.Encode(GroupName(d.Group))}</h4>\n<dl class=\"indicators\">\n");
            }
            string aliases = d.Aliases.IsEmpty ? "" : $" (also {Html.Encode(string.Join(", ", d.Aliases))})";
            writer.Write($"""
                <dt id="define-{d.Id}">{Html.Encode(d.Id)}{aliases}: {Html.Encode(d.Name)}</dt>
                <dd><dl class="definition">
                <dt>Numerator</dt><dd>{Html.Encode(d.Numerator)}</dd>
                <dt>Denominator</dt><dd>{Html.Encode(d.Denominator)}</dd>
                <dt>Value</dt><dd>{Html.Encode(UnitMeaning(d.Unit))}</dd>
                <dt>Polarity</dt><dd>{Html.Encode(ValueText.Polarity(d.Polarity))}</dd>
                <dt>Source</dt><dd>{Html.Encode(d.Source)}</dd>
                </dl></dd>

                """);
        }
        writer.Write(group is null ? "" : "</dl>\n");
        writer.Write("<h3 id=\"glossary-terms\">Terms</h3>\n<dl class=\"terms\">\n");
        foreach (var (term, meaning) in Glossary.Terms)
        {
            writer.Write($"<dt>{Html.Encode(term)}</dt><dd>{Html.Encode(meaning)}</dd>\n");
        }
        writer.Write("</dl>\n</section>\n");
    }

    private static void WriteDataQuality(InputAccount account, TextWriter writer)
    {
        var total = account.Rows;
        writer.Write($"""
            <section id="data-quality">
            <h2>4. Data quality</h2>
            <p>How to read this section: every row of every input file is accounted for: used by the indicators, excluded by a stated rule, or rejected because it broke a validation rule. In all: {ReportText.Count(total.Read)} rows read, {ReportText.Count(total.Used)} used, {ReportText.Count(total.Excluded)} excluded, {ReportText.Count(total.Rejected)} rejected.</p>
            <div class="table-wrap"><table>
            <caption>Rows by input file</caption>
            <thead><tr><th scope="col">File</th><th scope="col">Table</th><th scope="col" class="num">Read</th><th scope="col" class="num">Used</th><th scope="col" class="num">Excluded</th><th scope="col" class="num">Rejected</th></tr></thead>
            <tbody>

            """);
        foreach (var file in account.Files)
        {
            writer.Write($"<tr><th scope=\"row\">{Html.Encode(file.Path)}</th><td>{Html.Encode(file.Table)}</td><td class=\"num\">{ReportText.Count(file.Rows.Read)}</td><td class=\"num\">{ReportText.Count(file.Rows.Used)}</td><td class=\"num\">{ReportText.Count(file.Rows.Excluded)}</td><td class=\"num\">{ReportText.Count(file.Rows.Rejected)}</td></tr>\n");
        }
        writer.Write($"<tr class=\"total\"><th scope=\"row\">All files</th><td></td><td class=\"num\">{ReportText.Count(total.Read)}</td><td class=\"num\">{ReportText.Count(total.Used)}</td><td class=\"num\">{ReportText.Count(total.Excluded)}</td><td class=\"num\">{ReportText.Count(total.Rejected)}</td></tr>\n");
        writer.Write("</tbody></table></div>\n");

        WriteCounts(writer, "Rejections by rule", "Rule", "Rejections",
            [.. account.Rejections.GroupBy(r => r.Rule).Select(g => (g.Key, (long)g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal)],
            "No row was rejected.",
            "A rejection can take more than one row with it (in the CIN census, a rejected element takes the items inside it), so these counts may add up to fewer than the rows rejected.");
        WriteCounts(writer, "Exclusions by reason", "Reason", "Excluded rows",
            [.. account.Exclusions.GroupBy(e => e.Reason).Select(g => (g.Key, g.Sum(e => e.Rows))).OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal)],
            "No row was excluded.", null);
        if (!account.Warnings.IsEmpty)
        {
            writer.Write("<h3>Warnings about the files</h3>\n<ul>\n");
            foreach (var warning in account.Warnings)
            {
                writer.Write($"<li>{Html.Encode(warning)}</li>\n");
            }
            writer.Write("</ul>\n");
        }
        writer.Write("</section>\n");
    }

    private static void WriteCounts(TextWriter writer, string caption, string what, string rows, List<(string Key, long Count)> counts, string none, string? remark)
    {
        writer.Write($"<h3>{Html.Encode(caption)}</h3>\n");
        if (counts.Count == 0)
        {
            writer.Write($"<p>{Html.Encode(none)}</p>\n");
            return;
        }
        writer.Write($"<div class=\"table-wrap\"><table class=\"counts\"><thead><tr><th scope=\"col\">{Html.Encode(what)}</th><th scope=\"col\" class=\"num\">{Html.Encode(rows)}</th></tr></thead><tbody>\n");
        foreach (var (key, count) in counts)
        {
            writer.Write($"<tr><td>{Html.Encode(key)}</td><td class=\"num\">{ReportText.Count(count)}</td></tr>\n");
        }
        writer.Write("</tbody></table></div>\n");
        if (remark is not null)
        {
            writer.Write($"<p class=\"remark\">{Html.Encode(remark)}</p>\n");
        }
    }

    private static string Cell(string? text) => text is null ? "<span class=\"none\" title=\"not available from the inputs given\">–</span>" : Html.Encode(text);

    private static string RagMark(Rag rag) => rag switch
    {
        Rag.Green => "●",
        Rag.Amber => "▲",
        _ => "■",
    };

    private static string UnitMeaning(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percent => "A percentage: 100 × numerator ÷ denominator.",
        IndicatorUnit.Per10000 => "A rate per 10,000 children aged under 18: numerator ÷ (population ÷ 10,000).",
        IndicatorUnit.Days => "An average in days: the sum of days ÷ the number of children.",
        IndicatorUnit.Count => "A count of children, with no denominator.",
        IndicatorUnit.Ratio => "A ratio: numerator ÷ denominator.",
        _ => "An amount of money: the sum spent ÷ the units of service.",
    };
}
