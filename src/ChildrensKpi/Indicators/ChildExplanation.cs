namespace ChildrensKpi;

/// <summary>Why one child is, or is not, counted by an indicator.</summary>
/// <param name="ChildId">The child.</param>
/// <param name="InDenominator">Whether the child is in the denominator.</param>
/// <param name="InNumerator">Whether the child is in the numerator (never without being in the denominator).</param>
/// <param name="Reason">The rule that decided, in words a reviewer can check against the data.</param>
public readonly record struct ChildExplanation(ChildId ChildId, bool InDenominator, bool InNumerator, string Reason);
