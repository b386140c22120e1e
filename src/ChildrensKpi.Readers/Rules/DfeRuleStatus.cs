namespace ChildrensKpi.Readers.Rules;

/// <summary>Whether a rule of the year's list was run on a return.</summary>
public enum DfeRuleStatus
{
    /// <summary>The rule ran; its findings (possibly none) are complete.</summary>
    Ran,

    /// <summary>
    /// The rule was not run because what it needs was not given (the previous year's return, a postcode lookup, the
    /// Ofsted lists, the council's code, or a table it reads); <see cref="DfeRuleOutcome.Reason"/> says which.
    /// </summary>
    NotRun,

    /// <summary>ChildrensKpi does not implement the rule yet; it is listed so that nothing is silently passed.</summary>
    NotImplemented,
}
