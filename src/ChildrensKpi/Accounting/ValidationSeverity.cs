namespace ChildrensKpi;

/// <summary>What a validation rule does to a row that breaks it.</summary>
public enum ValidationSeverity
{
    /// <summary>The row is rejected: counted as rejected and not used by any indicator.</summary>
    Reject,

    /// <summary>The row is used as it is, and the finding reported so that it can be corrected at source.</summary>
    Warn,
}
