namespace ChildrensKpi;

/// <summary>One child's place in one indicator, and the rule that put it there.</summary>
internal readonly record struct Decision(bool InDenominator, bool InNumerator, string Reason, bool BeginsBeforeData = false)
{
    /// <summary>The same decision, flagged: the history that decided it begins part way through a period of care.</summary>
    public Decision BeginningBeforeData() => this with { Reason = Reason + LookedAfterRules.StartsBeforeDataFlag, BeginsBeforeData = true };

    public static Decision Excluded(string reason) => new(false, false, reason);

    public static Decision DenominatorOnly(string reason) => new(true, false, reason);

    public static Decision Numerator(string reason) => new(true, true, reason);
}
