using System.Text.Json;
using ChildrensKpi.Cli.Compute;
using ChildrensKpi.Cli.Inputs;
using ChildrensKpi.Cli.Output;
using ChildrensKpi.Readers;

namespace ChildrensKpi.Cli.Validate;

/// <summary>Runs <c>validate</c>: reads the inputs as <c>compute</c> does and lists the findings.</summary>
internal static class ValidateRunner
{
    /// <summary>Exit code when at least one row was rejected (cli-contract.md).</summary>
    public const int SomethingRejected = 1;

    public static int Run(ValidateArguments arguments, Terminal terminal, CancellationToken cancellationToken)
    {
        if (arguments.YearEnding is not null && Selection.YearEnding(arguments.YearEnding).Error is { } dateError)
        {
            return Fail(terminal, ExitCodes.BadArguments, dateError);
        }
        if (arguments.Ssda903 is null && arguments.Cin is null)
        {
            return Fail(terminal, ExitCodes.BadArguments, "Give --ssda903 <folder>, --cin <file-or-folder>, or both.");
        }
        if (arguments.PseudonymiseKey.Error is { } keyError)
        {
            return Fail(terminal, ExitCodes.BadArguments, keyError);
        }
        var inputs = new InputArguments(arguments.Ssda903, arguments.Cin, null, null, null, null, null, null, arguments.CollectionYear, arguments.Authority);
        if ((inputs.CollectionYearError ?? inputs.AuthorityError) is { } inputError)
        {
            return Fail(terminal, ExitCodes.BadArguments, inputError);
        }
        if (arguments.Dfe)
        {
            return DfeRulesRun.Run(arguments, terminal, cancellationToken);
        }
        if (arguments.ReferenceFiles.FirstOrDefault() is { Option: { } option })
        {
            return Fail(terminal, ExitCodes.BadArguments, $"{option} is for the DfE's SSDA903 rules (--dfe --ssda903).");
        }
        if (arguments.Output is not null)
        {
            return Fail(terminal, ExitCodes.BadArguments, "--output is for the DfE rules' result (--dfe); validate writes its findings to standard output.");
        }
        if (arguments.Format is { } asked && asked is not (OutputFormat.Json or OutputFormat.Csv or OutputFormat.Table))
        {
            return Fail(terminal, ExitCodes.BadArguments, $"validate writes table, csv or json, not {asked.ToString().ToLowerInvariant()}.");
        }
        if (PreparedRun.AuthorityNotFound(inputs.Files(), terminal) is { } refused)
        {
            return refused;
        }
        var publication = new PublicationOptions { PseudonymisationKey = arguments.PseudonymiseKey.Key };
        var (read, readCode) = PreparedRun.Read(inputs.Files(), terminal, cancellationToken);
        if (read is null)
        {
            return readCode;
        }
        var account = read.Account;

        var findings = publication.Publish(account).AllFindings().ToList();
        var rows = account.Rows;
        var (rejected, warned) = Kinds(findings);
        terminal.Error.WriteLine($"Validated {account.Files.Length} file{(account.Files.Length == 1 ? "" : "s")}; rows: {rows.Read} read, {rows.Used} used, {rows.Excluded} excluded, {rows.Rejected} rejected; findings: {rejected} rejections, {warned} warnings.");

        var format = arguments.Format ?? (terminal.OutputRedirected ? OutputFormat.Json : OutputFormat.Table);
        var (authorities, authorityCode) = Authorities(inputs, publication, format, terminal, cancellationToken);
        if (authorityCode != ExitCodes.Success)
        {
            return authorityCode;
        }
        Write(findings, rows, authorities, format, terminal.Output);
        terminal.Output.Flush();
        return rows.Rejected > 0 || rejected > 0 ? SomethingRejected : ExitCodes.Success;
    }

    /// <summary>One authority's rows of pooled files, read alone: its row account and how many of its findings reject a row.</summary>
    private sealed record AuthoritySummary(string Authority, RowCounts Rows, int Rejections, int Warnings);

    /// <summary>
    /// For pooled SSDA903 files (an LA column naming several councils) and no <c>--authority</c>: each authority's rows
    /// read alone, as its own return, summarised for a section of the output. CSV holds findings only, so there the
    /// summaries go to standard error.
    /// </summary>
    private static (List<AuthoritySummary> Summaries, int ExitCode) Authorities(InputArguments inputs, PublicationOptions publication, OutputFormat format,
        Terminal terminal, CancellationToken cancellationToken)
    {
        var summaries = new List<AuthoritySummary>();
        var (authorities, listCode) = PreparedRun.PooledAuthorities(inputs, terminal);
        foreach (var authority in listCode == ExitCodes.Success ? authorities : [])
        {
            var (read, readCode) = PreparedRun.Read(inputs.Files().ForAuthority(authority), terminal, cancellationToken);
            if (read is null)
            {
                return (summaries, readCode);
            }
            var (rejections, warnings) = Kinds(publication.Publish(read.Account).AllFindings());
            var summary = new AuthoritySummary(authority, read.Account.Rows, rejections, warnings);
            summaries.Add(summary);
            if (format == OutputFormat.Csv)
            {
                terminal.Error.WriteLine($"{Line(summary)} (csv holds the consortium's findings; --authority {authority} lists its own)");
            }
        }
        return (summaries, listCode);
    }

    /// <summary>How many of <paramref name="findings"/> reject a row, and how many warn.</summary>
    private static (int Rejections, int Warnings) Kinds(IEnumerable<ValidationFinding> findings)
    {
        int rejections = 0, warnings = 0;
        foreach (var finding in findings)
        {
            if (finding.Severity == ValidationSeverity.Reject)
            {
                rejections++;
            }
            else
            {
                warnings++;
            }
        }
        return (rejections, warnings);
    }

    private static string Line(AuthoritySummary a) =>
        $"Authority {a.Authority} (its rows of the pooled SSDA903 files alone): rows {a.Rows.Read} read = {a.Rows.Used} used + {a.Rows.Excluded} excluded + {a.Rows.Rejected} rejected; findings: {a.Rejections} rejections, {a.Warnings} warnings";

    private static void Write(List<ValidationFinding> findings, RowCounts rows, List<AuthoritySummary> authorities, OutputFormat format, TextWriter writer)
    {
        switch (format)
        {
            case OutputFormat.Json:
                WriteJson(findings, rows, authorities, writer);
                break;
            case OutputFormat.Csv:
                ValidationFinding.WriteCsv(findings, writer);
                break;
            default:
                writer.WriteLine($"Rows: {rows.Read} read = {rows.Used} used + {rows.Excluded} excluded + {rows.Rejected} rejected");
                writer.WriteLine($"Findings: {findings.Count}");
                foreach (var f in findings)
                {
                    writer.WriteLine($"  {f.RuleId ?? "-"}{(f.DfeRuleId is null ? "" : $" (DfE {f.DfeRuleId})")} {f.Severity} {f.Path} line {f.Line}, {f.Column} {(f.Value is null ? "(missing)" : $"'{f.Value}'")}{(f.ChildId is null ? "" : $" child {f.ChildId}")}: {f.Message}");
                }
                foreach (var a in authorities)
                {
                    writer.WriteLine();
                    writer.WriteLine(Line(a));
                }
                break;
        }
    }

    private static void WriteJson(List<ValidationFinding> findings, RowCounts rows, List<AuthoritySummary> authorities, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            WriteRows(json, rows);
            json.WriteStartArray("findings");
            foreach (var f in findings)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", f.RuleId);
                json.WriteString("dfeRuleId", f.DfeRuleId);
                json.WriteString("severity", f.Severity.ToString());
                json.WriteString("path", f.Path);
                json.WriteNumber("line", f.Line);
                json.WriteString("column", f.Column);
                json.WriteString("value", f.Value);
                json.WriteString("message", f.Message);
                json.WriteString("childId", f.ChildId);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (authorities.Count > 0)
            {
                // Pooled files: each authority's rows read alone, as its own return.
                json.WriteStartArray("authorities");
                foreach (var a in authorities)
                {
                    json.WriteStartObject();
                    json.WriteString("authority", a.Authority);
                    WriteRows(json, a.Rows);
                    json.WriteNumber("rejections", a.Rejections);
                    json.WriteNumber("warnings", a.Warnings);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }

    private static void WriteRows(Utf8JsonWriter json, RowCounts rows)
    {
        json.WriteStartObject("rows");
        json.WriteNumber("read", rows.Read);
        json.WriteNumber("used", rows.Used);
        json.WriteNumber("excluded", rows.Excluded);
        json.WriteNumber("rejected", rows.Rejected);
        json.WriteEndObject();
    }

    private static int Fail(Terminal terminal, int exitCode, string message) => PreparedRun.Fail(terminal, exitCode, message);
}
