using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ScottPlot;

namespace ChildrensKpi.Charts;

/// <summary>
/// One indicator's year as an inline SVG chart (ScottPlot), drawn as its measure is read (<see cref="SeriesMeasure"/>):
/// the rolling 12 months at each month end as the line, each month's own value as a dot for items in a period, and the
/// target as a black line. Only published values are drawn: a withheld figure has no point, line or label. Sized so that
/// its text stays at least 12 px when the chart is printed on A4.
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

    /// <summary>Whether the chart would draw anything: a published rolling 12 months, or for items in a period a published month.</summary>
    public static bool HasPoints(PublishedSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        bool months = MeasureOf(series) == SeriesMeasure.ItemsInPeriod;
        return series.Points.Any(p => p.Rolling12Months.Value is not null || months && p.Month.Value is not null);
    }

    /// <summary>What the chart shows, in one sentence, to print under it.</summary>
    public static string Meaning(PublishedSeries series, decimal? target)
    {
        ArgumentNullException.ThrowIfNull(series);
        var d = series.Indicator;
        string span = $"from {IndicatorText.Month(series.Points[0].MonthEnd)} to {IndicatorText.Month(series.Points[^1].MonthEnd)}";
        string targetText = target is { } t ? $", against the target of {IndicatorText.Value(d.Unit, t)} (black line)" : "";
        return MeasureOf(series) == SeriesMeasure.PopulationAtDate
            ? $"{d.Id} for the children counted at each month end {span}, each over the 12 months to that day{targetText}; the last point is the year's figure."
            : $"{d.Id} over the 12 months to each month end {span} (line), with each month's own value as a dot where its counts are large enough to publish{targetText}; the line's last point is the year's figure.";
    }

    /// <summary>The chart as an <c>&lt;svg&gt;</c> element to inline in HTML, titled and described for screen readers.</summary>
    /// <param name="series">The published series: withheld values are null, so never drawn.</param>
    /// <param name="target">The target, drawn as a line; null for none.</param>
    /// <param name="elementId">The element's id, unique in the page (clip paths and labels are named from it).</param>
    public static string Svg(PublishedSeries series, decimal? target, string elementId)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentException.ThrowIfNullOrWhiteSpace(elementId);
        var unit = series.Indicator.Unit;
        bool months = MeasureOf(series) == SeriesMeasure.ItemsInPeriod;
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        double[] xs = [.. Enumerable.Range(1, series.Points.Length).Select(i => (double)i)];
        double?[] rolling = [.. series.Points.Select(p => p.Rolling12Months.Value is { } v ? (double?)v : null)];
        double highest = rolling.Max() ?? 0;
        AddLine(plot, xs, rolling);
        if (months)
        {
            double?[] own = [.. series.Points.Select(p => p.Month.Value is { } v ? (double?)v : null)];
            highest = Math.Max(highest, own.Max() ?? 0);
            AddDots(plot, xs, own);
        }
        if (target is { } t)
        {
            var line = plot.Add.HorizontalLine((double)t);
            line.Color = Colors.Black;
            line.LineWidth = 2;
            line.LegendText = $"Target {IndicatorText.Value(unit, t)}";
            highest = Math.Max(highest, (double)t);
        }

        string[] labels = [.. series.Points.Select(p => IndicatorText.Month(p.MonthEnd).Replace(' ', '\n'))];
        plot.Axes.Bottom.SetTicks(xs, labels);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => AxisValue(unit, v) };
        foreach (var axis in new ScottPlot.IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.TickLabelStyle.FontSize = FontSize;
            axis.Label.FontSize = FontSize;
            axis.Label.Bold = false;
        }
        plot.Axes.Bottom.Label.Text = $"Month ending (reporting year {series.Year.ReportingYear})";
        plot.Axes.Left.Label.Text = AxisTitle(unit);
        // Headroom above the highest point, but a percentage axis stops just above 100%.
        double top = highest <= 0 ? 1 : highest * 1.15;
        plot.Axes.SetLimits(0.5, xs.Length + 0.5, 0, unit == IndicatorUnit.Percent ? Math.Min(top, 105) : top);
        plot.Legend.FontSize = FontSize;
        plot.ShowLegend(Edge.Bottom);

        return Inline(plot.GetSvgXml(Width, Height), elementId, Title(series), Description(series, target, months));
    }

    private static void AddLine(Plot plot, double[] xs, double?[] ys)
    {
        // A month with no published value breaks the line rather than dropping to zero or bridging the gap.
        bool named = false;
        int start = 0;
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
                scatter.Color = Color.FromHex(RollingColour);
                scatter.LineWidth = 4;
                scatter.MarkerShape = MarkerShape.FilledCircle;
                scatter.MarkerSize = 9;
                if (!named)
                {
                    scatter.LegendText = "Rolling 12 months";
                    named = true;
                }
            }
            start = end;
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

    private static string Title(PublishedSeries series) =>
        $"{series.Indicator.Id} {series.Indicator.Name}: rolling 12 months, {series.Year.ReportingYear}";

    private static string Description(PublishedSeries series, decimal? target, bool months)
    {
        var unit = series.Indicator.Unit;
        string Shown(PublishedIndicator p) => p.ValueWithheld ? "withheld" : p.Value is { } v ? IndicatorText.Value(unit, v) : "no value";
        var text = new StringBuilder(Meaning(series, target)).Append(' ');
        text.Append("Rolling 12 months: ");
        text.AppendJoin(", ", series.Points.Select(p => $"{IndicatorText.Month(p.MonthEnd)} {Shown(p.Rolling12Months)}"));
        text.Append('.');
        if (months)
        {
            text.Append(" Month alone: ");
            text.AppendJoin(", ", series.Points.Select(p => $"{IndicatorText.Month(p.MonthEnd)} {Shown(p.Month)}"));
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
