namespace ChildrensKpi;

/// <summary>One row that broke a validation rule: rejected, or used with a warning.</summary>
/// <param name="RuleId">The rule's stable id; <see langword="null"/> for an unreadable value (see <see cref="Rejection.RuleId"/>).</param>
/// <param name="Severity">Whether the row was rejected or used.</param>
/// <param name="Path">The file.</param>
/// <param name="Line">The 1-based line where the row starts (the header row is line 1).</param>
/// <param name="Column">The column (for XML, the element path) holding the offending value.</param>
/// <param name="Value">The offending value as written; <see langword="null"/> when missing.</param>
/// <param name="Message">The rule's message, with the particulars of this row.</param>
/// <param name="ChildId">The child, where known.</param>
public sealed record ValidationFinding(
    string? RuleId,
    ValidationSeverity Severity,
    string Path,
    long Line,
    string Column,
    string? Value,
    string Message,
    string? ChildId)
{
    /// <summary>
    /// The DfE validation rule that says the same (e.g. <c>903-408</c>, <c>CIN-8650</c>), as <c>validate --dfe</c> names
    /// it; <see langword="null"/> when the DfE has none. See <see cref="Rejection.DfeRuleId"/>.
    /// </summary>
    public string? DfeRuleId { get; init; }

    /// <summary>The finding of a rejected row.</summary>
    public static ValidationFinding FromRejection(Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        return new(rejection.RuleId, ValidationSeverity.Reject, rejection.Path, rejection.Line, rejection.Column, rejection.Value, rejection.Rule, rejection.ChildId) { DfeRuleId = rejection.DfeRuleId };
    }

    /// <summary>A warning: a row that breaks <paramref name="rule"/> (of severity <see cref="ValidationSeverity.Warn"/>) and is used.</summary>
    public static ValidationFinding Warn(ValidationRule rule, string path, long line, string column, string? value, string? detail, string? childId)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new(rule.Id, ValidationSeverity.Warn, path, line, column, value, detail is null ? rule.Message : $"{rule.Message}: {detail}", childId) { DfeRuleId = rule.DfeRuleId };
    }

    /// <summary>
    /// Writes <c>validate --format csv</c>: a header, then one row per finding (<c>ruleId, severity, path, line, column,
    /// value, message, childId, dfeRuleId</c>); text a spreadsheet would run as a formula gets an apostrophe before it.
    /// </summary>
    /// <param name="findings">The findings, in the order to write them.</param>
    /// <param name="writer">Where to write; left open.</param>
    public static void WriteCsv(IEnumerable<ValidationFinding> findings, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(writer);
        // dfeRuleId last: a column added at the end leaves the positions of the others as they were.
        CsvText.WriteRow(writer, "ruleId", "severity", "path", "line", "column", "value", "message", "childId", "dfeRuleId");
        foreach (var f in findings)
        {
            CsvText.WriteRow(writer, f.RuleId, f.Severity.ToString(), f.Path, f.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Column, f.Value, f.Message, f.ChildId, f.DfeRuleId);
        }
    }
}
