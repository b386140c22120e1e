namespace ChildrensKpi.Cli.Output;

/// <summary>Writes a <see cref="ComputeReport"/> in the chosen format.</summary>
internal static class ReportWriter
{
    public static void Write(ComputeReport report, OutputFormat format, bool detail, TextWriter writer, Publication? publication = null)
    {
        publication ??= Publication.Default;
        switch (format)
        {
            case OutputFormat.Json:
                writer.Write(report.ToJson(detail, new PublicationOptions
                {
                    SuppressionThreshold = publication.SuppressJson ? publication.SuppressionThreshold : 0,
                    ChildId = publication.Pseudonymiser is null ? null : publication.ChildId,
                }));
                writer.Write('\n');
                break;
            case OutputFormat.Csv when detail:
                WriteChildrenCsv(report, writer, publication);
                break;
            case OutputFormat.Csv:
                WriteIndicatorsCsv(report, writer, publication);
                break;
            default:
                TableWriter.Write(report, detail, writer, publication);
                break;
        }
    }

    private static void WriteIndicatorsCsv(ComputeReport report, TextWriter writer, Publication publication)
    {
        // "suppressed" is the last column so that readers of the earlier columns by position are not disturbed.
        CsvText.WriteRow(writer, "periodStart", "periodEnd", "id", "aliases", "name", "polarity", "unit", "numerator", "denominator", "value", "notes", "suppressed");
        foreach (var result in report.Results)
        {
            var d = result.Definition;
            var shown = Disclosure.Apply(result, publication.SuppressionThreshold);
            CsvText.WriteRow(writer, Iso(report.Period.Start), Iso(report.Period.End), d.Id, string.Join("; ", d.Aliases), d.Name,
                d.Polarity.ToString(), d.Unit.ToString(),
                shown.NumeratorSuppressed ? Publication.Withheld : ValueText.Number(result.Numerator),
                shown.DenominatorSuppressed ? Publication.Withheld : ValueText.Number(result.Denominator),
                shown.ValueSuppressed ? Publication.Withheld : result.Value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                string.Join(" ", result.Notes), string.Join("; ", shown.Reasons));
        }
    }

    private static void WriteChildrenCsv(ComputeReport report, TextWriter writer, Publication publication)
    {
        CsvText.WriteRow(writer, "id", "childId", "subject", "inDenominator", "inNumerator", "reason");
        foreach (var result in report.Results)
        {
            foreach (var child in result.Children)
            {
                CsvText.WriteRow(writer, result.Definition.Id, publication.ChildId(child.ChildId.Value), child.Subject, Bool(child.InDenominator), Bool(child.InNumerator), child.Reason);
            }
        }
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Iso(NodaTime.LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
