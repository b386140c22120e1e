namespace ChildrensKpi.Readers.Rules;

/// <summary>How the DfE classes a validation rule: an error must be corrected before submission, a query explained.</summary>
public enum DfeRuleKind
{
    /// <summary>An error: the return is wrong and must be corrected.</summary>
    Error,

    /// <summary>A query: the value is unusual and the council must confirm or explain it.</summary>
    Query,
}
