namespace ChildrensKpi.Cli.Output;

/// <summary>Writes a <see cref="ComputeReport"/> in the chosen format.</summary>
internal static class ReportWriter
{
    public static void Write(ComputeReport report, OutputFormat format, bool detail, TextWriter writer)
    {
        switch (format)
        {
            case OutputFormat.Json:
                writer.Write(report.ToJson(detail));
                writer.Write('\n');
                break;
            case OutputFormat.Csv when detail:
                WriteChildrenCsv(report, writer);
                break;
            case OutputFormat.Csv:
                WriteIndicatorsCsv(report, writer);
                break;
            default:
                TableWriter.Write(report, detail, writer);
                break;
        }
    }

    private static void WriteIndicatorsCsv(ComputeReport report, TextWriter writer)
    {
        CsvText.WriteRow(writer, "periodStart", "periodEnd", "id", "aliases", "name", "polarity", "unit", "numerator", "denominator", "value", "notes");
        foreach (var result in report.Results)
        {
            var d = result.Definition;
            CsvText.WriteRow(writer, Iso(report.Period.Start), Iso(report.Period.End), d.Id, string.Join("; ", d.Aliases), d.Name,
                d.Polarity.ToString(), d.Unit.ToString(), ValueText.Number(result.Numerator), ValueText.Number(result.Denominator),
                result.Value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : null, string.Join(" ", result.Notes));
        }
    }

    private static void WriteChildrenCsv(ComputeReport report, TextWriter writer)
    {
        CsvText.WriteRow(writer, "id", "childId", "subject", "inDenominator", "inNumerator", "reason");
        foreach (var result in report.Results)
        {
            foreach (var child in result.Children)
            {
                CsvText.WriteRow(writer, result.Definition.Id, child.ChildId.Value, child.Subject, Bool(child.InDenominator), Bool(child.InNumerator), child.Reason);
            }
        }
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Iso(NodaTime.LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
