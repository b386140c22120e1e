using System.Globalization;
using System.Text.Json;

namespace ChildrensKpi.Cli.Output;

/// <summary>Writes indicator series as JSON, CSV (one row per indicator, month and measure) or a table per indicator.</summary>
internal static class SeriesWriter
{
    private static readonly string[] Measures = ["month", "yearToDate", "rolling12Months"];

    public static void Write(IReadOnlyList<IndicatorSeries> series, OutputFormat format, TextWriter writer)
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
                                ValueText.Number(result.Numerator), ValueText.Number(result.Denominator), result.Value?.ToString(CultureInfo.InvariantCulture));
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

    private static IEnumerable<(string Measure, IndicatorResult Result)> Results(SeriesPoint point) =>
        [(Measures[0], point.Month), (Measures[1], point.YearToDate), (Measures[2], point.Rolling12Months)];

    private static void WriteJson(IReadOnlyList<IndicatorSeries> series, TextWriter writer)
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
                        json.WriteNumber("numerator", result.Numerator);
                        json.WriteNumber("denominator", result.Denominator);
                        if (result.Value is { } value)
                        {
                            json.WriteNumber("value", value);
                        }
                        else
                        {
                            json.WriteNull("value");
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

    private static string Iso(NodaTime.LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
