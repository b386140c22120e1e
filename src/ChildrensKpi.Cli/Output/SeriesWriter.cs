using System.Globalization;
using System.Text.Json;

namespace ChildrensKpi.Cli.Output;

/// <summary>
/// Writes indicator series as JSON, CSV (one row per indicator and earlier year, then per indicator, month and measure) or
/// a table per indicator. Each earlier year is written as the library published it (<see cref="PublishedSeries.EarlierYears"/>),
/// so a withheld year is withheld here as a withheld month is.
/// </summary>
internal static class SeriesWriter
{
    private static readonly string[] Measures = ["month", "yearToDate", "rolling12Months"];

    /// <summary>The CSV's measure for an earlier year's row: the whole year, whose last day is its <c>monthEnd</c>.</summary>
    internal const string EarlierYear = "earlierYear";

    public static void Write(IReadOnlyList<PublishedSeries> series, OutputFormat format, TextWriter writer)
    {
        switch (format)
        {
            case OutputFormat.Json:
                WriteJson(series, writer);
                break;
            case OutputFormat.Csv:
                CsvText.WriteRow(writer, "id", "monthEnd", "measure", "periodStart", "periodEnd", "numerator", "denominator", "value");
                foreach (var s in series)
                {
                    // Oldest first: the earlier years, then the months, so that the rows read in time order.
                    foreach (var year in s.EarlierYears)
                    {
                        WriteCsvRow(writer, s.Indicator.Id, year.Period.End, EarlierYear, year);
                    }
                    foreach (var point in s.Points)
                    {
                        foreach (var (measure, result) in Results(point))
                        {
                            WriteCsvRow(writer, s.Indicator.Id, point.MonthEnd, measure, result);
                        }
                    }
                }
                break;
            default:
                foreach (var s in series)
                {
                    writer.WriteLine($"{s.Indicator.Id} {s.Indicator.Name} ({ValueText.Polarity(s.Indicator.Polarity)})");
                    writer.WriteLine($"{(s.EarlierYears.IsEmpty ? "Month" : "Year/month"),-10}  {"Month",16}  {"Year to date",16}  {"Rolling 12 months",17}");
                    // An earlier year is the rolling 12 months at its last day, so its figure stands in that column.
                    foreach (var year in s.EarlierYears)
                    {
                        writer.WriteLine($"{year.Period.ReportingYear,-10}  {"",16}  {"",16}  {ValueText.Format(year),17}");
                    }
                    foreach (var point in s.Points)
                    {
                        writer.WriteLine($"{point.MonthEnd.ToString("MMM yyyy", CultureInfo.InvariantCulture),-10}  {ValueText.Format(point.Month),16}  {ValueText.Format(point.YearToDate),16}  {ValueText.Format(point.Rolling12Months),17}");
                    }
                    writer.WriteLine();
                }
                break;
        }
    }

    private static void WriteCsvRow(TextWriter writer, string id, NodaTime.LocalDate monthEnd, string measure, PublishedIndicator result) =>
        CsvText.WriteRow(writer, id, Iso(monthEnd), measure, Iso(result.Period.Start), Iso(result.Period.End),
            ValueText.Figure(result.Numerator, result.NumeratorWithheld), ValueText.Figure(result.Denominator, result.DenominatorWithheld),
            result.ValueWithheld ? Publication.Withheld : result.Value?.ToString(CultureInfo.InvariantCulture));

    private static IEnumerable<(string Measure, PublishedIndicator Result)> Results(PublishedSeriesPoint point) =>
        [(Measures[0], point.Month), (Measures[1], point.YearToDate), (Measures[2], point.Rolling12Months)];

    private static void WriteJson(IReadOnlyList<PublishedSeries> series, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            if (series.Count > 0)
            {
                json.WriteString("periodStart", Iso(series[0].Year.Start));
                json.WriteString("periodEnd", Iso(series[0].Year.End));
            }
            json.WriteStartArray("series");
            foreach (var s in series)
            {
                json.WriteStartObject();
                json.WriteString("id", s.Indicator.Id);
                json.WriteString("name", s.Indicator.Name);
                json.WriteString("polarity", s.Indicator.Polarity.ToString());
                json.WriteString("unit", s.Indicator.Unit.ToString());
                json.WriteStartArray("earlierYears");
                foreach (var year in s.EarlierYears)
                {
                    json.WriteStartObject();
                    json.WriteString("reportingYear", year.Period.ReportingYear);
                    WriteFigures(json, year);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartArray("points");
                foreach (var point in s.Points)
                {
                    json.WriteStartObject();
                    json.WriteString("monthEnd", Iso(point.MonthEnd));
                    foreach (var (measure, result) in Results(point))
                    {
                        json.WriteStartObject(measure);
                        WriteFigures(json, result);
                        json.WriteEndObject();
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }

    /// <summary>A published period's dates and figures: a withheld figure is null, and <c>suppressed</c> says why.</summary>
    private static void WriteFigures(Utf8JsonWriter json, PublishedIndicator result)
    {
        json.WriteString("periodStart", Iso(result.Period.Start));
        json.WriteString("periodEnd", Iso(result.Period.End));
        WriteFigure(json, "numerator", result.Numerator);
        WriteFigure(json, "denominator", result.Denominator);
        WriteFigure(json, "value", result.Value);
        if (result.IsSuppressed)
        {
            json.WriteStartArray("suppressed");
            foreach (var reason in result.Withheld)
            {
                json.WriteStringValue(reason);
            }
            json.WriteEndArray();
        }
    }

    private static void WriteFigure(Utf8JsonWriter json, string name, decimal? figure)
    {
        if (figure is { } f)
        {
            json.WriteNumber(name, f);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Iso(NodaTime.LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
