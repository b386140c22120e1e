namespace ChildrensKpi.Readers.Rules;

/// <summary>What became of one rule on one return: run (with how many rows it flagged), not run and why, or not implemented.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Status">Ran, not run, or not implemented.</param>
/// <param name="Flagged">The number of findings (0 unless <see cref="DfeRuleStatus.Ran"/>).</param>
/// <param name="Reason">Why the rule was not run; <see langword="null"/> when it ran.</param>
public sealed record DfeRuleOutcome(DfeRule Rule, DfeRuleStatus Status, int Flagged, string? Reason);
