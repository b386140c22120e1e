using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ChildrensKpi.Cli.Output;
using ScottPlot;

namespace ChildrensKpi.Cli.Report;

/// <summary>
/// One indicator's year as an inline SVG line chart (ScottPlot): the month alone, year to date and rolling 12 months,
/// with the target as a dashed line. Sized so that its text stays at least 12 px when the chart is printed on A4.
/// </summary>
internal static partial class SeriesChart
{
    public const int Width = 960;
    public const int Height = 440;

    // 17 px at 960 wide is still 12 px or more when the chart shrinks to an A4 page's 680 px.
    private const float FontSize = 17;

    // Okabe-Ito colours, told apart by people with colour-blindness; marker shape and size tell them apart in grey too.
    // Each is drawn over the one before with a smaller marker and a narrower line, so that where they coincide (an
    // indicator counted at the period's end) all three stay visible. Lines are solid: Skia's SVG output drops dash
    // patterns ("Unsupported path effect").
    private static readonly (string Name, string Colour, float Width, float Marker, MarkerShape Shape)[] Measures =
    [
        ("Month", "#E69F00", 2, 15, MarkerShape.FilledCircle),
        ("Year to date", "#0072B2", 5, 10, MarkerShape.FilledSquare),
        ("Rolling 12 months", "#009E73", 2.5f, 8, MarkerShape.FilledTriangleUp),
    ];

    /// <summary>The chart as an <c>&lt;svg&gt;</c> element to inline in HTML, titled and described for screen readers.</summary>
    /// <remarks>Each point shows its published value: none when it has none or it is withheld.</remarks>
    public static string Svg(PublishedSeries series, decimal? target, string elementId)
    {
        var unit = series.Indicator.Unit;
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        double[] xs = [.. Enumerable.Range(1, series.Points.Length).Select(i => (double)i)];
        var measures = new Func<PublishedSeriesPoint, PublishedIndicator>[] { p => p.Month, p => p.YearToDate, p => p.Rolling12Months };
        double highest = 0;
        for (int m = 0; m < measures.Length; m++)
        {
            double?[] ys = [.. series.Points.Select(p => measures[m](p).Value is { } v ? (double?)v : null)];
            highest = Math.Max(highest, ys.Max() ?? 0);
            AddLine(plot, xs, ys, Measures[m]);
        }
        if (target is { } t)
        {
            var line = plot.Add.HorizontalLine((double)t);
            line.Color = Colors.Black;
            line.LineWidth = 2;
            line.LegendText = $"Target {ValueText.Format(unit, t)}";
            highest = Math.Max(highest, (double)t);
        }

        string[] months = [.. series.Points.Select(p => ReportText.Month(p.MonthEnd).Replace(' ', '\n'))];
        plot.Axes.Bottom.SetTicks(xs, months);
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

        return Inline(plot.GetSvgXml(Width, Height), elementId, Title(series), Description(series, target));
    }

    private static void AddLine(Plot plot, double[] xs, double?[] ys, (string Name, string Colour, float Width, float Marker, MarkerShape Shape) style)
    {
        // A month with no value (an empty denominator) breaks the line rather than dropping to zero.
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
                scatter.Color = Color.FromHex(style.Colour);
                scatter.LineWidth = style.Width;
                scatter.MarkerShape = style.Shape;
                scatter.MarkerSize = style.Marker;
                if (!named)
                {
                    scatter.LegendText = style.Name;
                    named = true;
                }
            }
            start = end;
        }
    }

    /// <summary>Whether the month, year to date and rolling 12 months are the same in every month (an indicator counted at the period's end).</summary>
    public static bool MeasuresCoincide(PublishedSeries series) =>
        series.Points.All(p => p.Month.Value == p.YearToDate.Value && p.YearToDate.Value == p.Rolling12Months.Value);

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
        IndicatorUnit.Count => "Children",
        IndicatorUnit.Ratio => "Ratio",
        _ => "Pounds",
    };

    private static string Title(PublishedSeries series) =>
        $"{series.Indicator.Id} {series.Indicator.Name}: month by month, {series.Year.ReportingYear}";

    private static string Description(PublishedSeries series, decimal? target)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Line chart of {series.Indicator.Id} for each month from {ReportText.Month(series.Points[0].MonthEnd)} to {ReportText.Month(series.Points[^1].MonthEnd)}. ");
        if (target is { } t)
        {
            text.Append(CultureInfo.InvariantCulture, $"Target: {ValueText.Format(series.Indicator.Unit, t)}. ");
        }
        text.Append("Year to date: ");
        text.AppendJoin(", ", series.Points.Select(p => $"{ReportText.Month(p.MonthEnd)} {ValueText.Format(p.YearToDate)}"));
        text.Append('.');
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
        return $"<svg id=\"{id}\" class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\">"
            + $"<title id=\"{id}-title\">{Html.Encode(title)}</title><desc id=\"{id}-desc\">{Html.Encode(description)}</desc>{body}</svg>";
    }

    [GeneratedRegex(@"\b(x|y)=""([-0-9.eE+]+)(?:,\s*[-0-9.eE+]*)*\s*""")]
    private static partial Regex GlyphPositions();

    [GeneratedRegex("""(id="cl_\d+"|url\(#cl_\d+\))""")]
    private static partial Regex ClipIds();
}
