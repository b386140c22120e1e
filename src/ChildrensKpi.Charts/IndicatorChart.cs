using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using ScottPlot;

namespace ChildrensKpi.Charts;

/// <summary>
/// One indicator's trend as an inline SVG chart (ScottPlot), drawn as its measure is read (<see cref="SeriesMeasure"/>):
/// the rolling 12 months at each month end of the year as the line, each month's own value as a dot for items in a
/// period, the year's figure of each earlier year the inputs cover as a square at its 31 March (the same measure: the
/// rolling 12 months at that day), England and the comparator authorities when given, and the target as a black line.
/// Only published values are drawn: a withheld figure has no point, line or label. Sized so that its text stays at least
/// 12 px when the chart is printed on A4.
/// </summary>
public static partial class IndicatorChart
{
    /// <summary>The width the chart is drawn at, in CSS pixels (it scales with the page: the SVG has a viewBox).</summary>
    public const int Width = 960;

    /// <summary>The height the chart is drawn at, in CSS pixels.</summary>
    public const int Height = 440;

    // 17 px at 960 wide is still 12 px or more when the chart shrinks to an A4 page's 680 px.
    private const float FontSize = 17;

    // Okabe-Ito colours, told apart by people with colour-blindness; the month's dots are larger and another shape, so
    // they are told apart in grey too.
    private const string RollingColour = "#009E73";
    private const string MonthColour = "#E69F00";
    private const string YearColour = "#0072B2";
    private const string EnglandColour = "#CC79A7";
    private const string ComparatorColour = "#6F6F6F";

    // Beyond four years of months, quarter ticks would crowd: only each year's end is labelled.
    private const int MostMonthsWithQuarterTicks = 48;

    /// <summary>
    /// What the series counts, read from its published figures: a population at a date when, in every month whose three
    /// denominators are all published, the month, the year to date and the rolling 12 months ending that day have the
    /// same denominator (the same children, counted at the same date), and at least one month has them; items in a
    /// period otherwise (a longer window holds more items).
    /// </summary>
    public static SeriesMeasure MeasureOf(PublishedSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var compared = series.Points
            .Where(p => p.Month.Denominator is not null && p.YearToDate.Denominator is not null && p.Rolling12Months.Denominator is not null)
            .ToList();
        return compared.Count > 0 && compared.All(p => p.Month.Denominator == p.YearToDate.Denominator && p.YearToDate.Denominator == p.Rolling12Months.Denominator)
            ? SeriesMeasure.PopulationAtDate
            : SeriesMeasure.ItemsInPeriod;
    }

    /// <summary>
    /// Whether the chart would draw anything of the authority's own: a published rolling 12 months, for items in a period a
    /// published month, or an earlier year's published figure.
    /// </summary>
    public static bool HasPoints(PublishedSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        bool months = MeasureOf(series) == SeriesMeasure.ItemsInPeriod;
        return series.Points.Any(p => p.Rolling12Months.Value is not null || months && p.Month.Value is not null)
            || series.EarlierYears.Any(y => y.Value is not null);
    }

    /// <summary>What the chart shows, in one sentence, to print under it.</summary>
    public static string Meaning(PublishedSeries series, decimal? target) => Meaning(series, ChartComparisons.None with { Target = target });

    /// <summary>What the chart shows, with what it draws beside the authority's figures, in one sentence, to print under it.</summary>
    public static string Meaning(PublishedSeries series, ChartComparisons comparisons)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(comparisons);
        var d = series.Indicator;
        string span = $"from {IndicatorText.Month(series.Points[0].MonthEnd)} to {IndicatorText.Month(series.Points[^1].MonthEnd)}";
        var years = series.EarlierYears.Where(y => y.Value is not null).ToList();
        string earlier = years.Count switch
        {
            0 => "",
            1 => $", after the figure of the year {years[0].Period.ReportingYear} (blue square)",
            _ => $", after the figure of each earlier year from {years[0].Period.ReportingYear} to {years[^1].Period.ReportingYear} (blue squares)",
        };
        bool england = comparisons.Comparators.Any(c => c.IsNational), others = comparisons.Comparators.Any(c => !c.IsNational);
        string beside = (england, others) switch
        {
            (true, true) => ", beside England's figure (purple) and the comparator authorities' (grey circles)",
            (true, false) => ", beside England's figure (purple)",
            (false, true) => ", beside the comparator authorities' figures (grey circles)",
            _ => "",
        };
        string targetText = comparisons.Target is { } t ? $", against the target of {IndicatorText.Value(d.Unit, t)} (black line)" : "";
        return MeasureOf(series) == SeriesMeasure.PopulationAtDate
            ? $"{d.Id} for the children counted at each month end {span}, each over the 12 months to that day{earlier}{beside}{targetText}; the last point is the year's figure."
            : $"{d.Id} over the 12 months to each month end {span} (line), with each month's own value as a dot where its counts are large enough to publish{earlier}{beside}{targetText}; the line's last point is the year's figure.";
    }

    /// <summary>The chart as an <c>&lt;svg&gt;</c> element to inline in HTML, titled and described for screen readers.</summary>
    /// <param name="series">The published series: withheld values are null, so never drawn.</param>
    /// <param name="target">The target, drawn as a line; null for none.</param>
    /// <param name="elementId">The element's id, unique in the page (clip paths and labels are named from it).</param>
    public static string Svg(PublishedSeries series, decimal? target, string elementId) =>
        Svg(series, ChartComparisons.None with { Target = target }, elementId);

    /// <summary>The chart with England, the comparator authorities and the target beside the authority's figures.</summary>
    /// <param name="series">The published series: withheld values are null, so never drawn.</param>
    /// <param name="comparisons">What to draw beside them (<see cref="ChartComparisons.For"/>).</param>
    /// <param name="elementId">The element's id, unique in the page (clip paths and labels are named from it).</param>
    public static string Svg(PublishedSeries series, ChartComparisons comparisons, string elementId)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(comparisons);
        ArgumentException.ThrowIfNullOrWhiteSpace(elementId);
        var unit = series.Indicator.Unit;
        bool months = MeasureOf(series) == SeriesMeasure.ItemsInPeriod;
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        double[] xs = [.. series.Points.Select(p => MonthNumber(p.MonthEnd))];
        double?[] rolling = [.. series.Points.Select(p => p.Rolling12Months.Value is { } v ? (double?)v : null)];
        var heights = new List<double>(rolling.Where(v => v is not null).Select(v => v!.Value));

        if (!series.EarlierYears.IsEmpty)
        {
            // The earlier years lead into the year's first month by a thin line (Skia's SVG has no dashes), the months between not drawn.
            double[] yearXs = [.. series.EarlierYears.Select(y => MonthNumber(y.Period.End)), xs[0]];
            double?[] yearYs = [.. series.EarlierYears.Select(y => y.Value is { } v ? (double?)v : null), rolling[0]];
            AddLine(plot, yearXs, yearYs, YearColour, thin: true, MarkerShape.FilledSquare, 13, "Earlier years, to 31 March", lastMarker: false);
            heights.AddRange(yearYs.Where(v => v is not null).Select(v => v!.Value));
        }
        AddLine(plot, xs, rolling, RollingColour, thin: false, MarkerShape.FilledCircle, 9, "Rolling 12 months", lastMarker: true);
        if (months)
        {
            double?[] own = [.. series.Points.Select(p => p.Month.Value is { } v ? (double?)v : null)];
            heights.AddRange(own.Where(v => v is not null).Select(v => v!.Value));
            AddDots(plot, xs, own);
        }
        AddComparisons(plot, comparisons.Comparators);
        heights.AddRange(comparisons.Comparators.Select(c => (double)c.Value));
        if (comparisons.Target is { } t)
        {
            var line = plot.Add.HorizontalLine((double)t);
            line.Color = Colors.Black;
            line.LineWidth = 2;
            line.LegendText = $"Target {IndicatorText.Value(unit, t)}";
            heights.Add((double)t);
        }

        double first = series.EarlierYears.IsEmpty ? xs[0] : MonthNumber(series.EarlierYears[0].Period.End);
        var ticks = Ticks(first, series);
        plot.Axes.Bottom.SetTicks([.. ticks.Select(k => k.X)], [.. ticks.Select(k => k.Label)]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => AxisValue(unit, v) };
        foreach (var axis in new ScottPlot.IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.TickLabelStyle.FontSize = FontSize;
            axis.Label.FontSize = FontSize;
            axis.Label.Bold = false;
        }
        plot.Axes.Bottom.Label.Text = series.EarlierYears.IsEmpty
            ? $"Month ending (reporting year {series.Year.ReportingYear})"
            : $"Earlier years at their 31 March, then {series.Year.ReportingYear} month by month";
        plot.Axes.Left.Label.Text = AxisTitle(unit);
        // Headroom above the highest point, but a percentage axis stops just above 100%.
        double highest = heights.Count == 0 ? 0 : heights.Max();
        double top = highest <= 0 ? 1 : highest * 1.15;
        plot.Axes.SetLimits(first - 0.5, xs[^1] + (comparisons.Comparators.IsEmpty ? 0.5 : 0.5 + ComparisonOffset), 0, unit == IndicatorUnit.Percent ? Math.Min(top, 105) : top);
        plot.Legend.FontSize = FontSize;
        plot.ShowLegend(Edge.Bottom);

        return Inline(plot.GetSvgXml(Width, Height), elementId, Title(series), Description(series, comparisons, months));
    }

    // Months numbered on from year 0, so that a year's 31 March and the next April sit one apart.
    private static double MonthNumber(LocalDate date) => date.Year * 12 + date.Month - 1;

    /// <summary>
    /// Every month labelled when only the year is drawn; with earlier years, each quarter's end, or over more than four
    /// years each year's end only, so that no label crowds another.
    /// </summary>
    private static List<(double X, string Label)> Ticks(double first, PublishedSeries series)
    {
        var ticks = new List<(double, string)>();
        var end = series.Points[^1].MonthEnd;
        int span = (int)(MonthNumber(end) - first);
        int step = series.EarlierYears.IsEmpty ? 1 : span <= MostMonthsWithQuarterTicks ? 3 : 12;
        for (var month = end; MonthNumber(month) >= first; month = month.PlusMonths(-step))
        {
            ticks.Insert(0, (MonthNumber(month), IndicatorText.Month(month).Replace(' ', '\n')));
        }
        return ticks;
    }

    private static void AddLine(Plot plot, double[] xs, double?[] ys, string colour, bool thin, MarkerShape marker, float markerSize,
        string legend, bool lastMarker)
    {
        // A point with no published value breaks the line rather than dropping to zero or bridging the gap.
        bool named = false;
        int start = 0;
        int last = lastMarker ? ys.Length : ys.Length - 1;
        while (start < ys.Length)
        {
            while (start < ys.Length && ys[start] is null)
            {
                start++;
            }
            int end = start;
            while (end < ys.Length && ys[end] is not null)
            {
                end++;
            }
            if (end > start)
            {
                var scatter = plot.Add.Scatter(xs[start..end], ys[start..end].Select(y => y!.Value).ToArray());
                scatter.Color = Color.FromHex(colour);
                scatter.LineWidth = thin ? 2 : 4;
                // A line's own markers; the point it only leads into (the year's first month) is the next line's.
                scatter.MarkerShape = end > last && end - start == 1 ? MarkerShape.None : marker;
                scatter.MarkerSize = markerSize;
                if (end > last && end - start > 1)
                {
                    scatter.MarkerShape = MarkerShape.None;
                    var own = plot.Add.ScatterPoints(xs[start..last], ys[start..last].Select(y => y!.Value).ToArray());
                    own.Color = Color.FromHex(colour);
                    own.MarkerShape = marker;
                    own.MarkerSize = markerSize;
                    if (!named)
                    {
                        own.LegendText = legend;
                        named = true;
                    }
                }
                else if (!named && scatter.MarkerShape != MarkerShape.None)
                {
                    scatter.LegendText = legend;
                    named = true;
                }
            }
            start = end;
        }
    }

    // A little to the right of the year's end, so that England and the comparators do not hide the authority's own point.
    private const double ComparisonOffset = 0.4;

    private static void AddComparisons(Plot plot, IReadOnlyList<ChartComparator> comparators)
    {
        var england = comparators.Where(c => c.IsNational).GroupBy(c => c.YearEnd).Select(g => g.Last()).OrderBy(c => c.YearEnd).ToList();
        if (england.Count > 0)
        {
            var line = plot.Add.Scatter(england.Select(c => MonthNumber(c.YearEnd) + ComparisonOffset).ToArray(), england.Select(c => (double)c.Value).ToArray());
            line.Color = Color.FromHex(EnglandColour);
            line.LineWidth = 2;
            line.MarkerShape = MarkerShape.OpenDiamond;
            line.MarkerSize = 16;
            line.MarkerLineWidth = 3;
            line.LegendText = "England";
        }
        var others = comparators.Where(c => !c.IsNational).ToList();
        if (others.Count > 0)
        {
            var dots = plot.Add.ScatterPoints(others.Select(c => MonthNumber(c.YearEnd) + ComparisonOffset).ToArray(), others.Select(c => (double)c.Value).ToArray());
            dots.Color = Color.FromHex(ComparatorColour);
            dots.MarkerShape = MarkerShape.OpenCircle;
            dots.MarkerSize = 12;
            dots.MarkerLineWidth = 2;
            dots.LegendText = "Comparator authorities";
        }
    }

    private static void AddDots(Plot plot, double[] xs, double?[] ys)
    {
        var shown = Enumerable.Range(0, ys.Length).Where(i => ys[i] is not null).ToArray();
        if (shown.Length == 0)
        {
            return;
        }
        var dots = plot.Add.ScatterPoints(shown.Select(i => xs[i]).ToArray(), shown.Select(i => ys[i]!.Value).ToArray());
        dots.Color = Color.FromHex(MonthColour);
        dots.MarkerShape = MarkerShape.FilledDiamond;
        dots.MarkerSize = 14;
        dots.LegendText = "Month alone";
    }

    private static string AxisValue(IndicatorUnit unit, double value)
    {
        string number = value.ToString("0.##", CultureInfo.InvariantCulture);
        return unit switch
        {
            IndicatorUnit.Percent => number + "%",
            IndicatorUnit.Money => "£" + number,
            _ => number,
        };
    }

    private static string AxisTitle(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percent => "Percentage",
        IndicatorUnit.Per10000 => "Per 10,000 children",
        IndicatorUnit.Days => "Days",
        IndicatorUnit.Ratio => "Ratio",
        IndicatorUnit.Count => "Children",
        _ => "Pounds",
    };

    private static string Title(PublishedSeries series) => series.EarlierYears.IsEmpty
        ? $"{series.Indicator.Id} {series.Indicator.Name}: rolling 12 months, {series.Year.ReportingYear}"
        : $"{series.Indicator.Id} {series.Indicator.Name}: {series.EarlierYears[0].Period.ReportingYear} to {series.Year.ReportingYear}";

    private static string Description(PublishedSeries series, ChartComparisons comparisons, bool months)
    {
        var unit = series.Indicator.Unit;
        string Shown(PublishedIndicator p) => IndicatorText.Shown(unit, p);
        var text = new StringBuilder(Meaning(series, comparisons)).Append(' ');
        if (!series.EarlierYears.IsEmpty)
        {
            text.Append("Earlier years: ");
            text.AppendJoin(", ", series.EarlierYears.Select(y => $"{y.Period.ReportingYear} {Shown(y)}"));
            text.Append(". ");
        }
        text.Append("Rolling 12 months: ");
        text.AppendJoin(", ", series.Points.Select(p => $"{IndicatorText.Month(p.MonthEnd)} {Shown(p.Rolling12Months)}"));
        text.Append('.');
        if (months)
        {
            text.Append(" Month alone: ");
            text.AppendJoin(", ", series.Points.Select(p => $"{IndicatorText.Month(p.MonthEnd)} {Shown(p.Month)}"));
            text.Append('.');
        }
        if (!comparisons.Comparators.IsEmpty)
        {
            text.Append(" Beside them: ");
            text.AppendJoin(", ", comparisons.Comparators.Select(c => $"{c.Authority} {ReportingPeriod.YearEnding(c.YearEnd).ReportingYear} {IndicatorText.Value(unit, c.Value)}"));
            text.Append('.');
        }
        return text.ToString();
    }

    /// <summary>
    /// ScottPlot's SVG made fit for inlining: no XML declaration or namespace URLs (HTML gives the SVG namespace), a
    /// viewBox so it scales with the page, a title and description, and each text placed by its first glyph only, so
    /// that a reader without the font still sees evenly spaced words.
    /// </summary>
    private static string Inline(string svg, string id, string title, string description)
    {
        int bodyStart = svg.IndexOf('>', svg.IndexOf("<svg", StringComparison.Ordinal)) + 1;
        string body = svg[bodyStart..svg.LastIndexOf("</svg>", StringComparison.Ordinal)];
        body = GlyphPositions().Replace(body, "$1=\"$2\"");
        body = body.Replace("font-family=\"DejaVu Sans\"", "font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\"", StringComparison.Ordinal);
        // Clip paths keep ScottPlot's ids (cl_4), which would clash between charts on one page.
        body = ClipIds().Replace(body, m => m.Value.Replace("cl_", $"{id}-cl_", StringComparison.Ordinal));
        string safeId = WebUtility.HtmlEncode(id);
        return $"<svg id=\"{safeId}\" class=\"chart\" role=\"img\" aria-labelledby=\"{safeId}-title {safeId}-desc\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\">"
            + $"<title id=\"{safeId}-title\">{WebUtility.HtmlEncode(title)}</title><desc id=\"{safeId}-desc\">{WebUtility.HtmlEncode(description)}</desc>{body}</svg>";
    }

    [GeneratedRegex(@"\b(x|y)=""([-0-9.eE+]+)(?:,\s*[-0-9.eE+]*)*\s*""")]
    private static partial Regex GlyphPositions();

    [GeneratedRegex("""(id="cl_\d+"|url\(#cl_\d+\))""")]
    private static partial Regex ClipIds();
}
