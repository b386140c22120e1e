namespace ChildrensKpi.Cli.Output;

/// <summary>Writes a <see cref="PublishedReport"/> in the chosen format; what is withheld was decided by the library.</summary>
internal static class ReportWriter
{
    public static void Write(PublishedReport report, OutputFormat format, bool detail, TextWriter writer)
    {
        switch (format)
        {
            case OutputFormat.Json when writer is StreamWriter file:
                // Into the file as it is serialised: a national return's child list is gigabytes as one string.
                file.Flush();
                report.WriteJson(file.BaseStream, detail);
                file.Write('\n');
                break;
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

    private static void WriteIndicatorsCsv(PublishedReport report, TextWriter writer)
    {
        // "suppressed" is the last column so that readers of the earlier columns by position are not disturbed; with
        // --breakdown, "breakdown" and "group" follow it, and each indicator's row is followed by one row per group.
        bool breakdowns = report.Indicators.Any(i => !i.Breakdowns.IsEmpty);
        string[] header = ["periodStart", "periodEnd", "id", "aliases", "name", "polarity", "unit", "numerator", "denominator", "value", "notes", "suppressed"];
        CsvText.WriteRow(writer, breakdowns ? [.. header, "breakdown", "group"] : header);
        foreach (var shown in report.Indicators)
        {
            Row(shown, shown.Notes, null, null);
            foreach (var breakdown in shown.Breakdowns)
            {
                foreach (var group in breakdown.Groups)
                {
                    Row(group.Figures, [], breakdown.Dimension.ToString(), group.Group);
                }
            }
        }

        void Row(PublishedIndicator figures, IEnumerable<string> notes, string? dimension, string? group)
        {
            var d = figures.Definition;
            string?[] cells =
            [
                Iso(report.Period.Start), Iso(report.Period.End), d.Id, string.Join("; ", d.Aliases), d.Name,
                d.Polarity.ToString(), d.Unit.ToString(),
                ValueText.Figure(figures.Numerator, figures.NumeratorWithheld),
                ValueText.Figure(figures.Denominator, figures.DenominatorWithheld),
                figures.ValueWithheld ? Publication.Withheld : figures.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                string.Join(" ", notes), string.Join("; ", figures.Withheld),
            ];
            CsvText.WriteRow(writer, breakdowns ? [.. cells, dimension, group] : cells);
        }
    }

    private static void WriteChildrenCsv(PublishedReport report, TextWriter writer)
    {
        CsvText.WriteRow(writer, "id", "childId", "subject", "inDenominator", "inNumerator", "reason");
        foreach (var shown in report.Indicators)
        {
            foreach (var child in shown.Children)
            {
                CsvText.WriteRow(writer, shown.Definition.Id, child.ChildId.Value, child.Subject, Bool(child.InDenominator), Bool(child.InNumerator), child.Reason);
            }
        }
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Iso(NodaTime.LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
