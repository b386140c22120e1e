using System.Globalization;
using System.Text.Json;

namespace ChildrensKpi.Cli.Output;

/// <summary>Writes indicator series as JSON, CSV (one row per indicator, month and measure) or a table per indicator.</summary>
internal static class SeriesWriter
{
    private static readonly string[] Measures = ["month", "yearToDate", "rolling12Months"];

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
                    foreach (var point in s.Points)
                    {
                        foreach (var (measure, result) in Results(point))
                        {
                            CsvText.WriteRow(writer, s.Indicator.Id, Iso(point.MonthEnd), measure, Iso(result.Period.Start), Iso(result.Period.End),
                                ValueText.Figure(result.Numerator, result.NumeratorWithheld), ValueText.Figure(result.Denominator, result.DenominatorWithheld),
                                result.ValueWithheld ? Publication.Withheld : result.Value?.ToString(CultureInfo.InvariantCulture));
                        }
                    }
                }
                break;
            default:
                foreach (var s in series)
                {
                    writer.WriteLine($"{s.Indicator.Id} {s.Indicator.Name} ({ValueText.Polarity(s.Indicator.Polarity)})");
                    writer.WriteLine($"{"Month",-10}  {"Month",16}  {"Year to date",16}  {"Rolling 12 months",17}");
                    foreach (var point in s.Points)
                    {
                        writer.WriteLine($"{point.MonthEnd.ToString("MMM yyyy", CultureInfo.InvariantCulture),-10}  {ValueText.Format(point.Month),16}  {ValueText.Format(point.YearToDate),16}  {ValueText.Format(point.Rolling12Months),17}");
                    }
                    writer.WriteLine();
                }
                break;
        }
    }

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
                json.WriteStartArray("points");
                foreach (var point in s.Points)
                {
                    json.WriteStartObject();
                    json.WriteString("monthEnd", Iso(point.MonthEnd));
                    foreach (var (measure, result) in Results(point))
                    {
                        json.WriteStartObject(measure);
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
