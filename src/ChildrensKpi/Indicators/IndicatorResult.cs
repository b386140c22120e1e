using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>An indicator computed for one period, with the children behind each count.</summary>
public sealed record IndicatorResult
{
    internal IndicatorResult(
        IndicatorDefinition definition,
        ReportingPeriod period,
        decimal numerator,
        decimal denominator,
        ImmutableArray<string> notes,
        ImmutableArray<ChildExplanation> children)
    {
        Definition = definition;
        Period = period;
        Numerator = numerator;
        Denominator = denominator;
        Notes = notes;
        Children = children;
        Value = denominator == 0 ? null : definition.Unit switch
        {
            IndicatorUnit.Percent => 100m * numerator / denominator,
            _ => numerator / denominator,
        };
    }

    /// <summary>The indicator.</summary>
    public IndicatorDefinition Definition { get; }

    /// <summary>The period it was computed for.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The numerator: a count, or for a mean or cost the sum.</summary>
    public decimal Numerator { get; }

    /// <summary>The denominator: a count, or for a rate the population / 10,000.</summary>
    public decimal Denominator { get; }

    /// <summary>
    /// The value, unrounded (rounding is for display): a percentage, a rate, a mean or an amount
    /// according to <see cref="IndicatorDefinition.Unit"/>. <see langword="null"/> when the denominator is 0;
    /// <see cref="Notes"/> then says why.
    /// </summary>
    public decimal? Value { get; }

    /// <summary>Remarks on the computation: why there is no value, data that could not be used.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>
    /// Every child considered, in child id order, with whether and why they count (for the workforce indicators, every team of
    /// the snapshot used, with its own figures). Empty when the computation was asked not to explain (<see cref="ComputeOptions.Explain"/>).
    /// </summary>
    public ImmutableArray<ChildExplanation> Children { get; }
}
