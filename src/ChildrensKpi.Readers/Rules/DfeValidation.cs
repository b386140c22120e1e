using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules;

/// <summary>The DfE rules of one return and year run over it: every rule of the year's list with its outcome, and the findings in rule order.</summary>
/// <param name="Return">The return.</param>
/// <param name="Year">The collection year whose rule list was run.</param>
/// <param name="Outcomes">One per rule of the year's list, in the list's order: ran, not run (why), or not implemented.</param>
/// <param name="Findings">Every flagged row, rule by rule.</param>
public sealed record DfeValidation(DfeReturn Return, CollectionYear Year, ImmutableArray<DfeRuleOutcome> Outcomes, ImmutableArray<DfeFinding> Findings);
