using ChildrensKpi.Readers.Rules;

namespace ChildrensKpi.Web.Run;

/// <summary>
/// One finding as the page lists it, from either check: the readers' own rules (a rejected row or a warning, as
/// <c>validate</c> lists them) or the DfE's rules (as <c>validate --dfe</c> lists them).
/// </summary>
/// <param name="Check">"reader" or "DfE".</param>
/// <param name="RuleId">
/// The rule (e.g. <c>SSDA903-E002</c>, <c>903-408</c>); for a reader's finding with no rule of its own, the DfE rule that
/// says the same (<see cref="ValidationFinding.DfeRuleId"/>, e.g. <c>903-141</c>); "-" when it has neither.
/// </param>
/// <param name="Severity">Reject or Warn (reader); Error or Query (DfE).</param>
/// <param name="Table">The table of the row (<c>Episodes</c>, ...); "-" when not known.</param>
/// <param name="Where">The file and line, or the XML path, or <c>RETURN</c>.</param>
/// <param name="Child">The child, or "-".</param>
/// <param name="Value">The value at fault, or "-".</param>
/// <param name="Message">The rule's message.</param>
/// <param name="DfeRuleId">A reader's finding with a rule of its own: the DfE rule that says the same (e.g. <c>903-501</c>); null otherwise.</param>
internal sealed record FindingRow(string Check, string RuleId, string Severity, string Table, string Where, string Child, string Value, string Message,
    string? DfeRuleId = null)
{
    /// <summary>The rule as the page shows it: <see cref="RuleId"/>, followed by the DfE's in brackets when there is one (<c>SSDA903-E002 (903-501)</c>).</summary>
    public string Rule => DfeRuleId is null ? RuleId : $"{RuleId} ({DfeRuleId})";

    /// <summary>Every rule id the row can be filtered by: <see cref="RuleId"/>, and <see cref="DfeRuleId"/> when there is one.</summary>
    public IEnumerable<string> RuleIds => DfeRuleId is null ? [RuleId] : [RuleId, DfeRuleId];

    /// <summary>A reader's finding; its table is the one the account gives its file.</summary>
    public static FindingRow FromReader(ValidationFinding finding, IReadOnlyDictionary<string, string> tableOfFile)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(tableOfFile);
        return new("reader", finding.RuleId ?? finding.DfeRuleId ?? "-", finding.Severity.ToString(), tableOfFile.GetValueOrDefault(finding.Path, "-"),
            $"{finding.Path}:{finding.Line} {finding.Column}", finding.ChildId ?? "-", finding.Value ?? "-", finding.Message,
            finding.RuleId is null ? null : finding.DfeRuleId);
    }

    /// <summary>A DfE rule's finding, located as the councils' validators locate it.</summary>
    public static FindingRow FromDfe(DfeFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new("DfE", finding.RuleId, finding.Kind.ToString(), finding.Table, finding.Locator, finding.Child ?? "-", finding.Value ?? "-", finding.Message);
    }

    /// <summary>
    /// Whether the row passes the page's filters: each empty filter passes everything, others match exactly (rule: either
    /// of <see cref="RuleIds"/>; table) or by substring (child).
    /// </summary>
    public bool Matches(string? rule, string? table, string? child) =>
        (string.IsNullOrEmpty(rule) || RuleId == rule || DfeRuleId == rule)
        && (string.IsNullOrEmpty(table) || Table == table)
        && (string.IsNullOrWhiteSpace(child) || Child.Contains(child.Trim(), StringComparison.OrdinalIgnoreCase));
}
