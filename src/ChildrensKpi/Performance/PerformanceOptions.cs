namespace ChildrensKpi;

/// <summary>The tolerances of performance judgements. Change them with <c>with</c>.</summary>
public sealed record PerformanceOptions
{
    /// <summary>The defaults: amber within 5% of the target, stable within 1 unit (one percentage point for a percentage).</summary>
    public static PerformanceOptions Default { get; } = new();

    /// <summary>
    /// How near a missed target is amber, as a fraction of the target: 0.05 (the default) makes a value within 5% of
    /// the target amber. 0 makes every miss red.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public decimal AmberTolerance
    {
        get;
        init => field = value < 0 ? throw new ArgumentOutOfRangeException(nameof(value), value, "A tolerance cannot be negative.") : value;
    } = 0.05m;

    /// <summary>
    /// The largest change, in the indicator's unit, still called stable (default 1: one percentage point, one per
    /// 10,000, one day). A change exactly this size is stable.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public decimal StabilityTolerance
    {
        get;
        init => field = value < 0 ? throw new ArgumentOutOfRangeException(nameof(value), value, "A tolerance cannot be negative.") : value;
    } = 1m;
}
