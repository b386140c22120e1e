namespace ChildrensKpi;

/// <summary>A validation rule with a stable id, as listed by <see cref="ValidationRules"/>.</summary>
/// <param name="Id">The stable id (e.g. <c>SSDA903-E002</c>): data set, then <c>E</c> and a number never reused.</param>
/// <param name="Severity">Whether a breaking row is rejected or used with a warning.</param>
/// <param name="Message">What the rule requires, in words; a finding's message starts with it.</param>
public sealed record ValidationRule(string Id, ValidationSeverity Severity, string Message)
{
    /// <summary>
    /// The DfE validation rule that says the same (e.g. <c>903-501</c> for <c>SSDA903-E002</c>), as <c>validate --dfe</c>
    /// names it; <see langword="null"/> when the DfE has none. Carried by every rejection and finding of this rule.
    /// </summary>
    public string? DfeRuleId { get; init; }

    /// <summary>A rejection of a row that breaks this rule: the message, then <paramref name="detail"/> when given.</summary>
    public Rejection Reject(string path, long line, string column, string? value, string? detail = null, string? childId = null) =>
        new(path, line, column, value, detail is null ? Message : $"{Message}: {detail}") { RuleId = Id, DfeRuleId = DfeRuleId, ChildId = childId };
}
