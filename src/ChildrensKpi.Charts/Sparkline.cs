using System.Globalization;
using System.Net;
using System.Text;

namespace ChildrensKpi.Charts;

/// <summary>
/// A word-sized trend line for a table cell: an indicator's published rolling 12 months at each month end, the last point
/// marked. No axis and no text, so nothing in it can fall below a readable size; a withheld or missing month breaks the
/// line and is not drawn; its label says the first and last values.
/// </summary>
public static class Sparkline
{
    /// <summary>The width drawn, in CSS pixels.</summary>
    public const int Width = 90;

    /// <summary>The height drawn, in CSS pixels.</summary>
    public const int Height = 28;

    private const double Margin = 3;

    /// <summary>The sparkline as an inline <c>&lt;svg&gt;</c>, or null when no month has a published rolling 12 months value.</summary>
    public static string? Svg(PublishedSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        decimal?[] values = [.. series.Points.Select(p => p.Rolling12Months.Value)];
        var shown = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        if (shown.Count == 0)
        {
            return null;
        }
        decimal low = shown.Min(), high = shown.Max();
        double X(int i) => Margin + i * (Width - 2 * Margin) / Math.Max(1, values.Length - 1);
        // A flat series sits in the middle rather than on an edge.
        double Y(decimal v) => high == low ? Height / 2.0 : Height - Margin - (double)((v - low) / (high - low)) * (Height - 2 * Margin);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"sparkline\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(Label(series))}\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\">");
        var segment = new List<string>();
        void Flush()
        {
            if (segment.Count > 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"#009E73\" stroke-width=\"2\" points=\"{string.Join(' ', segment)}\"/>");
            }
            segment.Clear();
        }
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] is { } v)
            {
                segment.Add(string.Create(CultureInfo.InvariantCulture, $"{X(i):0.#},{Y(v):0.#}"));
                // A month alone between gaps is a dot, since a line needs two.
                bool alone = (i == 0 || values[i - 1] is null) && (i == values.Length - 1 || values[i + 1] is null);
                if (alone || i == Array.FindLastIndex(values, x => x is not null))
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(i):0.#}\" cy=\"{Y(v):0.#}\" r=\"2.5\" fill=\"#009E73\"/>");
                }
            }
            else
            {
                Flush();
            }
        }
        Flush();
        return svg.Append("</svg>").ToString();
    }

    private static string Label(PublishedSeries series)
    {
        var unit = series.Indicator.Unit;
        var first = series.Points.First(p => p.Rolling12Months.Value is not null);
        var last = series.Points.Last(p => p.Rolling12Months.Value is not null);
        return $"{series.Indicator.Id}, rolling 12 months: {IndicatorText.Month(first.MonthEnd)} {IndicatorText.Value(unit, first.Rolling12Months.Value!.Value)} to {IndicatorText.Month(last.MonthEnd)} {IndicatorText.Value(unit, last.Rolling12Months.Value!.Value)}";
    }
}
