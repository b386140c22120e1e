using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// One indicator as it may be published (<see cref="PublishedReport"/>): each figure that would reveal a count from 1
/// to the threshold is null, and so is every judgement, previous value, note and child list that would reveal one.
/// It holds no unsuppressed figure, so a writer cannot publish one by mistake.
/// </summary>
public sealed record PublishedIndicator
{
    internal PublishedIndicator(IndicatorDefinition definition, ReportingPeriod period)
    {
        Definition = definition;
        Period = period;
    }

    /// <summary>The indicator (for PAF C18 without the area's percentage, the percentage's definition).</summary>
    public IndicatorDefinition Definition { get; }

    /// <summary>The period computed.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The numerator, or null when withheld.</summary>
    public decimal? Numerator { get; internal init; }

    /// <summary>The denominator, or null when withheld.</summary>
    public decimal? Denominator { get; internal init; }

    /// <summary>The value, unrounded; null when withheld or when there is none (the denominator is 0).</summary>
    public decimal? Value { get; internal init; }

    /// <summary>Whether the numerator is withheld.</summary>
    public bool NumeratorWithheld { get; internal init; }

    /// <summary>Whether the denominator is withheld.</summary>
    public bool DenominatorWithheld { get; internal init; }

    /// <summary>Whether the value is withheld.</summary>
    public bool ValueWithheld { get; internal init; }

    /// <summary>The result's notes, less any that gives a count from 1 to the threshold.</summary>
    public ImmutableArray<string> Notes { get; internal init; } = [];

    /// <summary>
    /// The children (or items, or teams) behind the figures, ids pseudonymised when asked; empty when not explained, and
    /// when any figure is withheld (counting the list would give it back: <see cref="ChildrenWithheld"/>).
    /// </summary>
    public ImmutableArray<ChildExplanation> Children { get; internal init; } = [];

    /// <summary>Whether a child list was computed and is not published because a figure is withheld.</summary>
    public bool ChildrenWithheld { get; internal init; }

    /// <summary>
    /// The judgements as they may be published, or null when not judged. When the value is withheld, so are its RAG,
    /// band, rank, quartile, previous value, direction of travel and notes (the target and the England figure, which are
    /// not this authority's counts, stay); when the previous period's value rests on a withheld count, so are the previous
    /// value and the direction of travel.
    /// </summary>
    public PerformanceAssessment? Assessment { get; internal init; }

    /// <summary>
    /// The indicator broken down by its children's characteristics (<see cref="ComputeReport.Breakdowns"/>), each under
    /// <see cref="Breakdown.Publish"/>'s control together with this indicator's figures; empty when none was asked for.
    /// </summary>
    public ImmutableArray<PublishedBreakdown> Breakdowns { get; internal init; } = [];

    /// <summary>Why, one reason per part withheld (e.g. <c>numerator: a count from 1 to 5</c>); empty when nothing is.</summary>
    public ImmutableArray<string> Withheld { get; internal init; } = [];

    /// <summary>Whether anything of this indicator is withheld.</summary>
    public bool IsSuppressed => !Withheld.IsEmpty;
}
