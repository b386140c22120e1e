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
            case OutputFormat.Csv:
                report.WriteCsv(writer, detail);
                break;
            default:
                TableWriter.Write(report, detail, writer);
                break;
        }
    }
}
