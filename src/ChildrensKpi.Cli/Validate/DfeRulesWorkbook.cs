using ChildrensKpi.Excel;
using ChildrensKpi.Readers.Rules;

namespace ChildrensKpi.Cli.Validate;

/// <summary>
/// <c>validate --dfe --format xlsx --output file.xlsx</c>: the DfE rules' result as a workbook written by
/// <see cref="WorkbookWriter"/> (streamed, header frozen and filtered, no formula): a <c>Findings</c> sheet, one row per
/// finding with the columns of the CSV's finding rows, marked for internal use (it names children); and a <c>Rules</c>
/// sheet, one row per rule of the year's list with its outcome (ran, not run, not implemented), how many rows it
/// flagged, whether the readers reject its rows for the indicators, and why it was not run; then a sheet per rule that
/// flagged a row, named by its id (<c>903-408</c>), holding that rule's findings with the Findings sheet's columns.
/// </summary>
internal static class DfeRulesWorkbook
{
    /// <summary>The text printed on every page of the findings sheet and why its tab is red.</summary>
    public const string InternalUse = "Internal use only: child-level data";

    /// <summary>The sheets of <paramref name="validation"/>: findings, rules, then one per rule that flagged a row.</summary>
    public static IReadOnlyList<WorkbookSheet> Sheets(DfeValidation validation)
    {
        ArgumentNullException.ThrowIfNull(validation);
        return Sheets([(null, validation)], pooled: false);
    }

    /// <summary>
    /// The sheets of pooled files' authorities, each validated as its own return: those of
    /// <see cref="Sheets(DfeValidation)"/> with an <c>Authority</c> column last on each, the first authority's rows first.
    /// </summary>
    public static IReadOnlyList<WorkbookSheet> Sheets(IReadOnlyList<(string Authority, DfeValidation Validation)> authorities)
    {
        ArgumentNullException.ThrowIfNull(authorities);
        return Sheets([.. authorities.Select(a => ((string?)a.Authority, a.Validation))], pooled: true);
    }

    private static IReadOnlyList<WorkbookSheet> Sheets(IReadOnlyList<(string? Authority, DfeValidation Validation)> validations, bool pooled)
    {
        WorkbookColumn[] authority = pooled ? [new("Authority", 12)] : [];
        WorkbookCell[] Own(string? code) => pooled ? [WorkbookCell.Text(code)] : [];
        System.Collections.Immutable.ImmutableArray<WorkbookColumn> findingColumns =
        [
            new("Rule", 12), new("Kind", 8), new("Table", 14), new("File", 28), new("Line", 8), new("XML path", 36), new("Fields", 20),
            new("Value", 30), new("Child", 12), new("Previous year", 8), new("Message", 80), .. authority,
        ];
        IReadOnlyList<WorkbookCell> FindingRow(DfeFinding f, string? code) =>
        [
            WorkbookCell.Text(f.RuleId), WorkbookCell.Text(DfeValidationText.Kind(f.Kind)), WorkbookCell.Text(f.Table), WorkbookCell.Text(f.File),
            f.Line is { } line ? WorkbookCell.Count(line) : WorkbookCell.Empty, WorkbookCell.Text(f.XmlPath), WorkbookCell.Text(string.Join(' ', f.Fields)),
            WorkbookCell.Text(f.Value), WorkbookCell.Text(f.Child), WorkbookCell.Boolean(f.IsPreviousYear), WorkbookCell.Text(f.Message), .. Own(code),
        ];
        var findings = new WorkbookSheet("Findings", findingColumns,
            validations.SelectMany(v => v.Validation.Findings.Select(f => FindingRow(f, v.Authority))))
        {
            InternalUse = InternalUse,
        };
        // A sheet per rule that flagged a row, named by its id, in the list's order: the analysts' validators give
        // their results so, one tab per rule to work through.
        var flaggedRules = validations.SelectMany(v => v.Validation.Outcomes).Where(o => o.Flagged > 0).Select(o => o.Rule.Id).Distinct().ToList();
        var byRule = validations.SelectMany(v => v.Validation.Findings.Select(f => (Finding: f, v.Authority))).ToLookup(x => x.Finding.RuleId);
        var perRule = flaggedRules.Select(id => new WorkbookSheet(id, findingColumns, byRule[id].Select(x => FindingRow(x.Finding, x.Authority)))
        {
            InternalUse = InternalUse,
        });
        var rules = new WorkbookSheet("Rules",
            [new("Rule", 12), new("Code", 10), new("Kind", 8), new("Status", 16), new("Flagged", 10), new("Reason", 50), new("Message", 80), new("Rejects row", 10), .. authority],
            validations.SelectMany(v => v.Validation.Outcomes.Select(o => (IReadOnlyList<WorkbookCell>)
            [
                WorkbookCell.Text(o.Rule.Id), WorkbookCell.Text(o.Rule.Code), WorkbookCell.Text(DfeValidationText.Kind(o.Rule.Kind)),
                WorkbookCell.Text(DfeValidationText.Status(o.Status)), WorkbookCell.Count(o.Flagged), WorkbookCell.Text(o.Reason), WorkbookCell.Text(o.Rule.Message), WorkbookCell.Boolean(o.Rule.RejectsRow),
                .. Own(v.Authority),
            ])));
        return [findings, rules, .. perRule];
    }

    /// <summary>Writes the workbook of <paramref name="sheets"/> to <paramref name="path"/>; the error message when it cannot be written.</summary>
    public static string? Write(IReadOnlyList<WorkbookSheet> sheets, string path, Terminal terminal)
    {
        try
        {
            using var file = File.Create(path);
            WorkbookWriter.Write(file, sheets);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"--output: cannot write '{path}': {e.Message}";
        }
        catch (InvalidOperationException e)
        {
            // More findings than a sheet's 1,048,576 rows: the file is left incomplete, so it is removed.
            File.Delete(path);
            return $"{e.Message}";
        }
        terminal.Error.WriteLine($"Wrote {path}.");
        return null;
    }
}
