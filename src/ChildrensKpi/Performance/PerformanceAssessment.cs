using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// How an indicator's value stands: against its target (RAG), its band, its rank among comparator authorities, the
/// national figure, and its direction of travel. Each part is null when the inputs do not allow it; <see cref="Notes"/> says why.
/// </summary>
public sealed record PerformanceAssessment
{
    /// <summary>The indicator id.</summary>
    public required string Indicator { get; init; }

    /// <summary>The target for the year, when given.</summary>
    public decimal? Target { get; init; }

    /// <summary>Red, amber or green against the target, by polarity; null without a target, a value, or for a contextual indicator.</summary>
    public Rag? Rag { get; init; }

    /// <summary>The band 1–5 (5 best) from the threshold table.</summary>
    public int? Band { get; init; }

    /// <summary>The rank among the comparator authorities and this one (1 is best by polarity; ties share the best rank).</summary>
    public int? Rank { get; init; }

    /// <summary>How many were ranked: the comparator authorities plus this one.</summary>
    public int? RankOf { get; init; }

    /// <summary>The quartile of the rank, 1 (best) to 4.</summary>
    public int? Quartile { get; init; }

    /// <summary>The national (England) figure for the year, reported beside the value.</summary>
    public decimal? National { get; init; }

    /// <summary>The previous period's value, when one was computed.</summary>
    public decimal? PreviousValue { get; init; }

    /// <summary>The direction of travel since <see cref="PreviousValue"/>, by polarity.</summary>
    public DirectionOfTravel? DirectionOfTravel { get; init; }

    /// <summary>Why a part is missing, or how it was judged.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];
}
