namespace ChildrensKpi;

/// <summary>
/// Why one child is, or is not, counted by an indicator. The workforce indicators explain teams the same way: the team's
/// name is the <see cref="ChildId"/> and, as <c>team …</c>, the <see cref="Subject"/>.
/// </summary>
/// <param name="ChildId">The child.</param>
/// <param name="InDenominator">Whether the child is in the denominator.</param>
/// <param name="InNumerator">Whether the child is in the numerator: never without being in the denominator, except for a ratio whose
/// numerator is not drawn from its denominator (PAF C23: adopted children have left care, so are in the numerator only).</param>
/// <param name="Reason">The rule that decided, in words a reviewer can check against the data.</param>
public readonly record struct ChildExplanation(ChildId ChildId, bool InDenominator, bool InNumerator, string Reason)
{
    /// <summary>
    /// What was counted when the indicator counts something other than children (e.g. <c>assessment of referral 2022-09-05</c>);
    /// <see langword="null"/> when the child is the unit.
    /// </summary>
    public string? Subject { get; init; }
}
