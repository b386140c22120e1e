using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules;

/// <summary>
/// One DfE validation rule as it stands in one collection year: its code, kind, message and the tables and fields it
/// names, as the DfE's rule list (and the councils' validators) give them. The rule lists are data
/// (<c>Rules/Data/*.tsv</c>, from <c>../shared/reference/rules</c>); adding a year is adding its list.
/// </summary>
public sealed class DfeRule
{
    internal DfeRule(DfeReturn @return, string code, DfeRuleKind kind, string message, ImmutableArray<string> tables,
        ImmutableArray<string> fields, CollectionYear year)
    {
        Return = @return;
        Code = code;
        Kind = kind;
        Message = message;
        Tables = tables;
        Fields = fields;
        Year = year;
    }

    /// <summary>The return the rule belongs to.</summary>
    public DfeReturn Return { get; }

    /// <summary>The DfE's code as the rule list writes it, e.g. <c>408</c>, <c>8608</c>, <c>2887Q</c>, <c>SW01aSTG1</c>.</summary>
    public string Code { get; }

    /// <summary>The code with its return, unique across both returns: <c>903-408</c>, <c>CIN-8608</c>.</summary>
    public string Id => (Return == DfeReturn.Ssda903 ? "903-" : "CIN-") + Code;

    /// <summary>Error or query.</summary>
    public DfeRuleKind Kind { get; }

    /// <summary>The DfE's message for the rule in <see cref="Year"/>.</summary>
    public string Message { get; }

    /// <summary>The tables the rule reads (the DfE's names: <c>Header</c>, <c>Episodes</c>, <c>Assessments</c>, ...).</summary>
    public ImmutableArray<string> Tables { get; }

    /// <summary>The fields the rule names.</summary>
    public ImmutableArray<string> Fields { get; }

    /// <summary>
    /// Whether the readers reject a row that breaks this rule, so that no indicator uses it (the row account names the
    /// rule, <see cref="Rejection.DfeRuleId"/>): a value that cannot be read or is not valid in the year (903-141 DECOM,
    /// 903-146 PLACE), and the checks the indicators depend on (903-501 overlapping episodes, 903-356, 903-302). False
    /// for the rules that are reported and cost no row: most queries, and errors about values the indicators read
    /// leniently or not at all.
    /// </summary>
    public bool RejectsRow => DfeValueRules.RejectingRowRules.Contains(Id);

    /// <summary>The collection year of the rule list this entry comes from.</summary>
    public CollectionYear Year { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Year}): {Message}";
}
