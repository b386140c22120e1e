using System.Globalization;
using System.Net;
using System.Text;
using NodaTime;

namespace ChildrensKpi.Charts;

/// <summary>
/// A word-sized trend line for a table cell: an indicator's published rolling 12 months at each month end, the last point
/// marked, after each earlier year the inputs cover (<see cref="PublishedSeries.EarlierYears"/>) as a small square at its
/// last day, where the rolling 12 months is that year's figure, joined by a thin line into the year's first month, as the
/// report's chart draws them. Time runs evenly along it (a year is twelve months wide). No axis and no text, so nothing in
/// it can fall below a readable size; a withheld or missing month or year breaks the line and is not drawn; its label says
/// each earlier year's value and the first and last months'.
/// </summary>
public static class Sparkline
{
    /// <summary>The width drawn, in CSS pixels.</summary>
    public const int Width = 90;

    /// <summary>The height drawn, in CSS pixels.</summary>
    public const int Height = 28;

    private const double Margin = 3;

    // The chart's colours (IndicatorChart): green for the rolling 12 months, blue for the earlier years.
    private const string RollingColour = "#009E73";
    private const string YearColour = "#0072B2";

    /// <summary>
    /// The sparkline as an inline <c>&lt;svg&gt;</c>, or null when no month has a published rolling 12 months value and no
    /// earlier year a published value.
    /// </summary>
    public static string? Svg(PublishedSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        decimal?[] values = [.. series.Points.Select(p => p.Rolling12Months.Value)];
        decimal?[] years = [.. series.EarlierYears.Select(y => y.Value)];
        var shown = values.Concat(years).Where(v => v is not null).Select(v => v!.Value).ToList();
        if (shown.Count == 0)
        {
            return null;
        }
        decimal low = shown.Min(), high = shown.Max();
        // Months numbered on from year 0, so that a year's last day and the next month sit one apart.
        static int MonthNumber(LocalDate date) => date.Year * 12 + date.Month - 1;
        int first = MonthNumber(series.EarlierYears.IsEmpty ? series.Points[0].MonthEnd : series.EarlierYears[0].Period.End);
        int span = Math.Max(1, MonthNumber(series.Points[^1].MonthEnd) - first);
        double X(LocalDate date) => Margin + (MonthNumber(date) - first) * (Width - 2 * Margin) / span;
        // A flat series sits in the middle rather than on an edge.
        double Y(decimal v) => high == low ? Height / 2.0 : Height - Margin - (double)((v - low) / (high - low)) * (Height - 2 * Margin);
        string At(LocalDate date, decimal v) => string.Create(CultureInfo.InvariantCulture, $"{X(date):0.#},{Y(v):0.#}");

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"sparkline\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(Label(series))}\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\">");
        var segment = new List<string>();
        void Flush(string colour, int width)
        {
            if (segment.Count > 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"{width}\" points=\"{string.Join(' ', segment)}\"/>");
            }
            segment.Clear();
        }

        if (!series.EarlierYears.IsEmpty)
        {
            // The years, then the year's first month that they lead into; a withheld year breaks the thin line.
            var yearPoints = series.EarlierYears.Select(y => (Date: y.Period.End, y.Value)).Append((Date: series.Points[0].MonthEnd, Value: values[0]));
            foreach (var (date, value) in yearPoints)
            {
                if (value is { } v)
                {
                    segment.Add(At(date, v));
                }
                else
                {
                    Flush(YearColour, 1);
                }
            }
            Flush(YearColour, 1);
            foreach (var year in series.EarlierYears.Where(y => y.Value is not null))
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{X(year.Period.End) - 2:0.#}\" y=\"{Y(year.Value!.Value) - 2:0.#}\" width=\"4\" height=\"4\" fill=\"{YearColour}\"/>");
            }
        }
        int lastShown = Array.FindLastIndex(values, x => x is not null);
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] is { } v)
            {
                var date = series.Points[i].MonthEnd;
                segment.Add(At(date, v));
                // A month alone between gaps is a dot, since a line needs two.
                bool alone = (i == 0 || values[i - 1] is null) && (i == values.Length - 1 || values[i + 1] is null);
                if (alone || i == lastShown)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(date):0.#}\" cy=\"{Y(v):0.#}\" r=\"2.5\" fill=\"{RollingColour}\"/>");
                }
            }
            else
            {
                Flush(RollingColour, 2);
            }
        }
        Flush(RollingColour, 2);
        return svg.Append("</svg>").ToString();
    }

    private static string Label(PublishedSeries series)
    {
        var unit = series.Indicator.Unit;
        var text = new StringBuilder(series.Indicator.Id);
        if (!series.EarlierYears.IsEmpty)
        {
            text.Append(", earlier years: ").AppendJoin(", ", series.EarlierYears.Select(y => $"{y.Period.ReportingYear} {IndicatorText.Shown(unit, y)}")).Append(';');
        }
        text.Append(series.EarlierYears.IsEmpty ? ", rolling 12 months: " : " rolling 12 months: ");
        var months = series.Points.Where(p => p.Rolling12Months.Value is not null).ToList();
        if (months.Count == 0)
        {
            return text.Append("no month shown").ToString();
        }
        return text.Append(CultureInfo.InvariantCulture,
            $"{IndicatorText.Month(months[0].MonthEnd)} {IndicatorText.Value(unit, months[0].Rolling12Months.Value!.Value)} to {IndicatorText.Month(months[^1].MonthEnd)} {IndicatorText.Value(unit, months[^1].Rolling12Months.Value!.Value)}").ToString();
    }
}
