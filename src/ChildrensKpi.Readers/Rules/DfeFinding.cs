using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules;

/// <summary>
/// One row (or, for a return-level rule, the whole return) that a DfE rule flags, located as the councils' validators
/// locate it: the file and line of a CSV row, or the path of an XML element.
/// </summary>
/// <param name="RuleId">The rule, <see cref="DfeRule.Id"/> (e.g. <c>903-408</c>).</param>
/// <param name="Kind">Error or query.</param>
/// <param name="Table">The DfE table of the flagged row (<c>Episodes</c>, <c>Header</c>, <c>Assessments</c>, ...).</param>
/// <param name="File">The file the row is in.</param>
/// <param name="Line">The 1-based line of a CSV row (header is line 1), or of the XML element where known; <see langword="null"/> otherwise.</param>
/// <param name="XmlPath">For XML, the element's path with 1-based positions (<c>/EXPSSDA903/CHILD[1]/EPISODE[2]</c>); <see langword="null"/> for CSV.</param>
/// <param name="Fields">The fields the finding is about.</param>
/// <param name="Value">The offending value as written, where one value is at fault.</param>
/// <param name="Child">The child (CHILD or LAchildID) as written; <see langword="null"/> for a return-level finding.</param>
/// <param name="Message">The rule's message, with this row's particulars when they help.</param>
/// <param name="IsPreviousYear">True when the row is in the previous year's return (rules comparing with last year).</param>
public sealed record DfeFinding(
    string RuleId,
    DfeRuleKind Kind,
    string Table,
    string File,
    long? Line,
    string? XmlPath,
    ImmutableArray<string> Fields,
    string? Value,
    string? Child,
    string Message,
    bool IsPreviousYear = false)
{
    /// <summary>The row as the conformance suite locates it: <c>episodes.csv:1044</c>, <c>prev:episodes.csv:17</c>, an XML path, or <c>RETURN</c>.</summary>
    public string Locator =>
        XmlPath ?? (Line is { } line ? $"{(IsPreviousYear ? "prev:" : "")}{System.IO.Path.GetFileName(File)}:{line}" : "RETURN");
}
