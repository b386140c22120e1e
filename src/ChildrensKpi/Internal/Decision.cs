using System.Runtime.CompilerServices;

namespace ChildrensKpi;

/// <summary>
/// One child's (or item's) place in one indicator, and the rule that put it there. <see cref="Reason"/> is the rule in
/// words, formatted only when the computation explains (<see cref="Why"/>); figures-only runs leave it null.
/// </summary>
internal readonly record struct Decision(bool InDenominator, bool InNumerator, string? Reason, bool BeginsBeforeData = false)
{
    /// <summary>The same decision, flagged: the history that decided it begins part way through a period of care.</summary>
    public Decision BeginningBeforeData() => this with { Reason = Reason is null ? null : Reason + LookedAfterRules.StartsBeforeDataFlag, BeginsBeforeData = true };

    public static Decision Excluded(Why why, [InterpolatedStringHandlerArgument("why")] ref ReasonText reason) => new(false, false, reason.Text());

    public static Decision Excluded(Why why, string? reason) => new(false, false, why.Explain ? reason : null);

    public static Decision DenominatorOnly(Why why, [InterpolatedStringHandlerArgument("why")] ref ReasonText reason) => new(true, false, reason.Text());

    public static Decision DenominatorOnly(Why why, string? reason) => new(true, false, why.Explain ? reason : null);

    public static Decision Numerator(Why why, [InterpolatedStringHandlerArgument("why")] ref ReasonText reason) => new(true, true, reason.Text());

    public static Decision Numerator(Why why, string? reason) => new(true, true, why.Explain ? reason : null);

    /// <summary>In both counts, adding <paramref name="amount"/> (e.g. days) to a numerator that is a sum rather than a count.</summary>
    public static Decision Measured(Why why, decimal amount, [InterpolatedStringHandlerArgument("why")] ref ReasonText reason) =>
        new(true, true, reason.Text()) { Amount = amount };

    /// <summary>What the decision adds to the numerator when in it: 1 for a count, or the amount of a sum (days).</summary>
    public decimal Amount { get; init; } = 1;

    /// <summary>Whether the decision rests on less than the rule asks for (the indicator's caveat note says what, and counts them).</summary>
    public bool Caveat { get; init; }

    /// <summary>The same decision, counted in the indicator's caveat note.</summary>
    public Decision WithCaveat() => this with { Caveat = true };
}
