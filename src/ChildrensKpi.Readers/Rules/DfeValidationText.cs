using System.Globalization;
using System.Text.Json;

namespace ChildrensKpi.Readers.Rules;

/// <summary>
/// The JSON and CSV of a <see cref="DfeValidation"/> (<c>validate --dfe --format json|csv</c>, and the web page's
/// downloads): each rule's outcome and each finding. The shapes are stable and documented in the README (Validation).
/// </summary>
internal static class DfeValidationText
{
    /// <summary>A rule's kind as the outputs write it: <c>error</c> or <c>query</c>.</summary>
    public static string Kind(DfeRuleKind kind) => kind == DfeRuleKind.Error ? "error" : "query";

    /// <summary>A rule's outcome as the outputs write it: <c>ran</c>, <c>not run</c> or <c>not implemented</c>.</summary>
    public static string Status(DfeRuleStatus status) => status switch
    {
        DfeRuleStatus.Ran => "ran",
        DfeRuleStatus.NotRun => "not run",
        _ => "not implemented",
    };

    private static string? Line(DfeFinding f) => f.Line?.ToString(CultureInfo.InvariantCulture);

    /// <summary>One object: the return, the year, each rule's outcome and each finding; written a megabyte at a time.</summary>
    public static void WriteJson(DfeValidation validation, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("return", validation.Return == DfeReturn.Ssda903 ? "SSDA903" : "CIN");
            json.WriteString("collectionYear", validation.Year.ToString());
            json.WriteStartArray("rules");
            foreach (var o in validation.Outcomes)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", o.Rule.Id);
                json.WriteString("code", o.Rule.Code);
                json.WriteString("kind", Kind(o.Rule.Kind));
                json.WriteString("status", Status(o.Status));
                json.WriteNumber("flagged", o.Flagged);
                json.WriteBoolean("rejectsRow", o.Rule.RejectsRow);
                json.WriteString("reason", o.Reason);
                json.WriteString("message", o.Rule.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (var f in validation.Findings)
            {
                // Millions of findings do not fit one buffer: the JSON goes out a megabyte at a time.
                if (json.BytesPending + stream.Length > 1 << 20)
                {
                    Drain(json, stream, writer);
                }
                json.WriteStartObject();
                json.WriteString("ruleId", f.RuleId);
                json.WriteString("kind", Kind(f.Kind));
                json.WriteString("table", f.Table);
                json.WriteString("file", f.File);
                if (f.Line is { } line)
                {
                    json.WriteNumber("line", line);
                }
                else
                {
                    json.WriteNull("line");
                }
                json.WriteString("xmlPath", f.XmlPath);
                json.WriteStartArray("fields");
                foreach (var field in f.Fields)
                {
                    json.WriteStringValue(field);
                }
                json.WriteEndArray();
                json.WriteString("value", f.Value);
                json.WriteString("child", f.Child);
                json.WriteBoolean("previousYear", f.IsPreviousYear);
                json.WriteString("locator", f.Locator);
                json.WriteString("message", f.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            Drain(json, stream, writer);
        }
        writer.Write('\n');
    }

    private static void Drain(Utf8JsonWriter json, MemoryStream stream, TextWriter writer)
    {
        json.Flush();
        writer.Write(System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
        stream.SetLength(0);
    }

    /// <summary>One table: a <c>rule</c> row per rule of the list (its outcome), then a <c>finding</c> row per finding.</summary>
    public static void WriteCsv(DfeValidation validation, TextWriter writer)
    {
        CsvText.WriteRow(writer, "record", "ruleId", "kind", "status", "flagged", "table", "file", "line", "xmlPath", "fields", "value", "child", "message", "rejectsRow");
        foreach (var o in validation.Outcomes)
        {
            CsvText.WriteRow(writer, "rule", o.Rule.Id, Kind(o.Rule.Kind), Status(o.Status), o.Flagged.ToString(CultureInfo.InvariantCulture),
                null, null, null, null, null, null, null, o.Reason ?? o.Rule.Message, o.Rule.RejectsRow ? "true" : "false");
        }
        foreach (var f in validation.Findings)
        {
            CsvText.WriteRow(writer, "finding", f.RuleId, Kind(f.Kind), null, null, f.Table, f.File, Line(f), f.XmlPath,
                string.Join(' ', f.Fields), f.Value, f.Child, f.Message);
        }
    }
}
