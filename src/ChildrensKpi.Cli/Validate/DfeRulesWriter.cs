using System.Globalization;
using System.Text.Json;
using ChildrensKpi.Cli.Output;
using ChildrensKpi.Readers.Rules;

namespace ChildrensKpi.Cli.Validate;

/// <summary>
/// Writes the DfE rules' result (<c>validate --dfe</c>) in one format: each rule's outcome and each finding. One writer
/// per format, chosen by <see cref="For"/>, the workbook (<c>--format xlsx</c>) is <see cref="DfeRulesWorkbook"/>, written to a file.
/// The JSON and CSV shapes are stable and documented in the README (Validation).
/// </summary>
internal abstract class DfeRulesWriter
{
    /// <summary>Writes <paramref name="validation"/> to <paramref name="writer"/>.</summary>
    public abstract void Write(DfeValidation validation, TextWriter writer);

    /// <summary>
    /// Writes the results of pooled files' authorities, each validated as its own return, to <paramref name="writer"/>:
    /// every finding with its authority, and each authority's rules.
    /// </summary>
    public abstract void Write(IReadOnlyList<(string Authority, DfeValidation Validation)> authorities, TextWriter writer);

    /// <summary>The writer of <paramref name="format"/>; null when the format has none.</summary>
    public static DfeRulesWriter? For(OutputFormat format) => format switch
    {
        OutputFormat.Json => new JsonWriter(),
        OutputFormat.Csv => new CsvWriter(),
        OutputFormat.Table => new TableWriter(),
        _ => null,
    };

    internal static string Kind(DfeRuleKind kind) => kind == DfeRuleKind.Error ? "error" : "query";

    internal static string Status(DfeRuleStatus status) => status switch
    {
        DfeRuleStatus.Ran => "ran",
        DfeRuleStatus.NotRun => "not run",
        _ => "not implemented",
    };

    private static string? Line(DfeFinding f) => f.Line?.ToString(CultureInfo.InvariantCulture);

    private sealed class JsonWriter : DfeRulesWriter
    {
        public override void Write(DfeValidation validation, TextWriter writer) => Document(writer, json =>
        {
            json.WriteString("return", ReturnName(validation));
            json.WriteString("collectionYear", validation.Year.ToString());
            WriteRules(json, validation);
        }, [(null, validation)]);

        // Pooled files: the rules ran per authority, so each authority's summary holds its year and its rules.
        public override void Write(IReadOnlyList<(string Authority, DfeValidation Validation)> authorities, TextWriter writer) => Document(writer, json =>
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

        private static string ReturnName(DfeValidation validation) => validation.Return == DfeReturn.Ssda903 ? "SSDA903" : "CIN";

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
    }

    /// <summary>
    /// One table: a <c>rule</c> row per rule of the list (its outcome), then a <c>finding</c> row per finding; for pooled
    /// files an <c>authority</c> column last (the other columns where they were), each authority's rule rows then its findings.
    /// </summary>
    private sealed class CsvWriter : DfeRulesWriter
    {
        private static readonly string[] Header = ["record", "ruleId", "kind", "status", "flagged", "table", "file", "line", "xmlPath", "fields", "value", "child", "message", "rejectsRow"];

        public override void Write(DfeValidation validation, TextWriter writer)
        {
            CsvText.WriteRow(writer, Header);
            Rows(validation, writer, null);
        }

        public override void Write(IReadOnlyList<(string Authority, DfeValidation Validation)> authorities, TextWriter writer)
        {
            CsvText.WriteRow(writer, [.. Header, "authority"]);
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

    private sealed class TableWriter : DfeRulesWriter
    {
        public override void Write(DfeValidation validation, TextWriter writer)
        {
            var counts = validation.Outcomes.GroupBy(o => o.Status).ToDictionary(g => g.Key, g => g.Count());
            writer.WriteLine($"DfE {(validation.Return == DfeReturn.Ssda903 ? "SSDA903" : "CIN census")} rules {validation.Year}: {validation.Outcomes.Length} rules; {counts.GetValueOrDefault(DfeRuleStatus.Ran)} ran, " +
                $"{counts.GetValueOrDefault(DfeRuleStatus.NotRun)} not run, {counts.GetValueOrDefault(DfeRuleStatus.NotImplemented)} not implemented; {validation.Findings.Length} findings");
            foreach (var o in validation.Outcomes.Where(o => o.Status != DfeRuleStatus.NotImplemented))
            {
                // "rejects" marks the rules whose rows the indicators do not use.
                writer.WriteLine($"  {o.Rule.Id,-14} {Kind(o.Rule.Kind),-5} {Status(o.Status),-8} {o.Flagged,7} {(o.Rule.RejectsRow ? "rejects" : ""),-7}  {o.Reason ?? o.Rule.Message}");
            }
            writer.WriteLine("Findings:");
            foreach (var f in validation.Findings)
            {
                writer.WriteLine($"  {f.RuleId} {Kind(f.Kind)} {f.Table} {f.Locator}{(f.Child is null ? "" : $" child {f.Child}")}{(f.Value is null ? "" : $" {f.Value}")}: {f.Message}");
            }
        }

        // A section per authority, headed as compute heads each authority's figures.
        public override void Write(IReadOnlyList<(string Authority, DfeValidation Validation)> authorities, TextWriter writer)
        {
            for (int i = 0; i < authorities.Count; i++)
            {
                if (i > 0)
                {
                    writer.WriteLine();
                }
                writer.WriteLine($"Authority {authorities[i].Authority} (its rows of the pooled SSDA903 files alone)");
                Write(authorities[i].Validation, writer);
            }
        }
    }
}
