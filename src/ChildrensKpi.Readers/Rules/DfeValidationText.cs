using System.Globalization;
using System.Text.Json;

namespace ChildrensKpi.Readers.Rules;

/// <summary>
/// The JSON and CSV of a <see cref="DfeValidation"/> (<c>validate --dfe --format json|csv</c>, and the web page's
/// downloads): each rule's outcome and each finding; for pooled files' authorities, each validated as its own return,
/// every finding with its authority and each authority's rules. The shapes are stable and documented in the README
/// (Validation).
/// </summary>
internal static class DfeValidationText
{
    private static readonly string[] CsvHeader = ["record", "ruleId", "kind", "status", "flagged", "table", "file", "line", "xmlPath", "fields", "value", "child", "message", "rejectsRow"];

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

    private static string ReturnName(DfeValidation validation) => validation.Return == DfeReturn.Ssda903 ? "SSDA903" : "CIN";

    /// <summary>One object: the return, the year, each rule's outcome and each finding; written a megabyte at a time.</summary>
    public static void WriteJson(DfeValidation validation, TextWriter writer) => Document(writer, json =>
    {
        json.WriteString("return", ReturnName(validation));
        json.WriteString("collectionYear", validation.Year.ToString());
        WriteRules(json, validation);
    }, [(null, validation)]);

    /// <summary>Pooled files: the rules ran per authority, so each authority's summary holds its year and its rules, and each finding its authority.</summary>
    public static void WriteJson(IReadOnlyList<(string Authority, DfeValidation Validation)> authorities, TextWriter writer) => Document(writer, json =>
    {
        json.WriteString("return", ReturnName(authorities[0].Validation));
        json.WriteStartArray("authorities");
        foreach (var (authority, validation) in authorities)
        {
            json.WriteStartObject();
            json.WriteString("authority", authority);
            json.WriteString("collectionYear", validation.Year.ToString());
            json.WriteNumber("findings", validation.Findings.Length);
            json.WriteNumber("errors", validation.Findings.Count(f => f.Kind == DfeRuleKind.Error));
            WriteRules(json, validation);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }, [.. authorities.Select(a => ((string?)a.Authority, a.Validation))]);

    /// <summary>One object: what <paramref name="head"/> writes, then every finding (each with its authority when it has one).</summary>
    private static void Document(TextWriter writer, Action<Utf8JsonWriter> head, IReadOnlyList<(string? Authority, DfeValidation Validation)> validations)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            head(json);
            json.WriteStartArray("findings");
            foreach (var (authority, validation) in validations)
            {
                foreach (var f in validation.Findings)
                {
                    // Millions of findings do not fit one buffer: the JSON goes out a megabyte at a time.
                    if (json.BytesPending + stream.Length > 1 << 20)
                    {
                        Drain(json, stream, writer);
                    }
                    WriteFinding(json, f, authority);
                }
            }
            json.WriteEndArray();
            json.WriteEndObject();
            Drain(json, stream, writer);
        }
        writer.Write('\n');
    }

    private static void WriteRules(Utf8JsonWriter json, DfeValidation validation)
    {
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
    }

    private static void WriteFinding(Utf8JsonWriter json, DfeFinding f, string? authority)
    {
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
        if (authority is not null)
        {
            json.WriteString("authority", authority);
        }
        json.WriteEndObject();
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
        CsvText.WriteRow(writer, CsvHeader);
        Rows(validation, writer, null);
    }

    /// <summary>Pooled files: an <c>authority</c> column last (the other columns where they were), each authority's rule rows then its findings.</summary>
    public static void WriteCsv(IReadOnlyList<(string Authority, DfeValidation Validation)> authorities, TextWriter writer)
    {
        CsvText.WriteRow(writer, [.. CsvHeader, "authority"]);
        foreach (var (authority, validation) in authorities)
        {
            Rows(validation, writer, authority);
        }
    }

    private static void Rows(DfeValidation validation, TextWriter writer, string? authority)
    {
        foreach (var o in validation.Outcomes)
        {
            string?[] cells = ["rule", o.Rule.Id, Kind(o.Rule.Kind), Status(o.Status), o.Flagged.ToString(CultureInfo.InvariantCulture),
                null, null, null, null, null, null, null, o.Reason ?? o.Rule.Message, o.Rule.RejectsRow ? "true" : "false"];
            CsvText.WriteRow(writer, authority is null ? cells : [.. cells, authority]);
        }
        foreach (var f in validation.Findings)
        {
            string?[] cells = ["finding", f.RuleId, Kind(f.Kind), null, null, f.Table, f.File, Line(f), f.XmlPath,
                string.Join(' ', f.Fields), f.Value, f.Child, f.Message];
            // A finding's row has no rejectsRow cell; pooled, that cell is empty so that the authority is in its column.
            CsvText.WriteRow(writer, authority is null ? cells : [.. cells, null, authority]);
        }
    }
}
