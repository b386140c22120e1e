namespace ChildrensKpi;

/// <summary>One child's place in one indicator, and the rule that put it there.</summary>
internal readonly record struct Decision(bool InDenominator, bool InNumerator, string Reason, bool BeginsBeforeData = false)
{
    /// <summary>The same decision, flagged: the history that decided it begins part way through a period of care.</summary>
    public Decision BeginningBeforeData() => this with { Reason = Reason + LookedAfterRules.StartsBeforeDataFlag, BeginsBeforeData = true };

    public static Decision Excluded(string reason) => new(false, false, reason);

    public static Decision DenominatorOnly(string reason) => new(true, false, reason);

    public static Decision Numerator(string reason) => new(true, true, reason);

    /// <summary>In both counts, adding <paramref name="amount"/> (e.g. days) to a numerator that is a sum rather than a count.</summary>
    public static Decision Measured(decimal amount, string reason) => new(true, true, reason) { Amount = amount };

    /// <summary>What the decision adds to the numerator when in it: 1 for a count, or the amount of a sum (days).</summary>
    public decimal Amount { get; init; } = 1;
}
