using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// An <see cref="IndicatorResult"/> as it may be published under disclosure control (see <see cref="Disclosure"/>):
/// the figures that would reveal a small count are null. The unsuppressed result stays in <see cref="Result"/>.
/// </summary>
public sealed record SuppressedResult
{
    internal SuppressedResult(IndicatorResult result, int threshold, bool numerator, bool denominator, bool value, ImmutableArray<string> reasons)
    {
        Result = result;
        Threshold = threshold;
        Numerator = numerator ? null : result.Numerator;
        Denominator = denominator ? null : result.Denominator;
        Value = value ? null : result.Value;
        NumeratorSuppressed = numerator;
        DenominatorSuppressed = denominator;
        ValueSuppressed = value;
        Reasons = reasons;
    }

    /// <summary>The result as computed, unsuppressed (for use in-process, never for publication).</summary>
    public IndicatorResult Result { get; }

    /// <summary>The largest count suppressed (counts from 1 to it); 0 when disclosure control is off.</summary>
    public int Threshold { get; }

    /// <summary>The numerator, or null when suppressed.</summary>
    public decimal? Numerator { get; }

    /// <summary>The denominator, or null when suppressed.</summary>
    public decimal? Denominator { get; }

    /// <summary>The value, or null when suppressed or when there is none (see <see cref="ValueSuppressed"/>).</summary>
    public decimal? Value { get; }

    /// <summary>Whether the numerator is withheld.</summary>
    public bool NumeratorSuppressed { get; }

    /// <summary>Whether the denominator is withheld.</summary>
    public bool DenominatorSuppressed { get; }

    /// <summary>Whether the value is withheld.</summary>
    public bool ValueSuppressed { get; }

    /// <summary>Whether anything is withheld.</summary>
    public bool IsSuppressed => NumeratorSuppressed || DenominatorSuppressed || ValueSuppressed;

    /// <summary>Why, one reason per figure withheld, e.g. <c>numerator: a count from 1 to 5</c>.</summary>
    public ImmutableArray<string> Reasons { get; }
}
