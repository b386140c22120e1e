using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// Judges indicator results against targets, bands, comparator authorities and the previous period.
/// </summary>
/// <remarks>
/// <para>Rows are matched to a result by indicator (id or alias, as <see cref="IndicatorDefinition.IsNamed"/>) and by the
/// reporting year of the result's period (<see cref="ReportingPeriod.ReportingYear"/>).</para>
/// <para>RAG: green when the target is met (value ≥ target when higher is better, ≤ when lower is better), amber when
/// missed by no more than <see cref="PerformanceOptions.AmberTolerance"/> × target, red otherwise. Contextual indicators
/// get no RAG.</para>
/// <para>Band: the band whose [Lower, Upper] contains the value; where two bands share a boundary value, the better
/// (higher) band.</para>
/// <para>Rank: this authority's value among the comparator rows of the same indicator and year (England excluded) plus
/// itself; rank 1 is best by polarity; equal values share the best of their ranks (competition ranking 1, 2, 2, 4).
/// Quartile = ⌈4 × rank / rankOf⌉. Contextual indicators are not ranked.</para>
/// <para>Direction of travel: the change from the previous period's value; a change of at most
/// <see cref="PerformanceOptions.StabilityTolerance"/> is stable, otherwise improving or worsening by polarity.
/// Contextual indicators get none.</para>
/// </remarks>
public static class Performance
{
    /// <summary>Judges <paramref name="result"/>.</summary>
    /// <param name="result">The indicator computed for a period.</param>
    /// <param name="inputs">Targets, bands and comparators; <see cref="PerformanceInputs.None"/> for none.</param>
    /// <param name="previous">The same indicator for the previous period, for the direction of travel; null when not known.</param>
    /// <param name="options">Tolerances; <see cref="PerformanceOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException"><paramref name="previous"/> is a different indicator.</exception>
    public static PerformanceAssessment Assess(IndicatorResult result, PerformanceInputs inputs, IndicatorResult? previous = null, PerformanceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(inputs);
        if (previous is not null && previous.Definition.Id != result.Definition.Id)
        {
            throw new ArgumentException($"The previous result is {previous.Definition.Id}, not {result.Definition.Id}.", nameof(previous));
        }
        options ??= PerformanceOptions.Default;
        var definition = result.Definition;
        string year = result.Period.ReportingYear;
        bool Matches(string indicator, string rowYear) => rowYear.Trim() == year && definition.IsNamed(indicator);
        var notes = ImmutableArray.CreateBuilder<string>();
        var value = result.Value;
        bool contextual = definition.Polarity == Polarity.Contextual;

        decimal? target = inputs.Targets.LastOrDefault(t => Matches(t.Indicator, t.Year))?.Target;
        Rag? rag = null;
        if (target is { } t && value is { } v && !contextual)
        {
            rag = RagOf(v, t, definition.Polarity, options.AmberTolerance);
        }
        else if (target is not null && contextual)
        {
            notes.Add("Contextual indicator: a target is reported but not rated.");
        }

        var bands = inputs.Bands.Where(b => Matches(b.Indicator, b.Year)).ToList();
        int? band = value is { } bv ? bands.Where(b => b.Lower <= bv && bv <= b.Upper).Select(b => (int?)b.Band).Max() : null;
        if (bands.Count > 0 && value is not null && band is null)
        {
            notes.Add($"The value falls in no band of the {year} table.");
        }

        var comparators = inputs.ComparatorsFor(definition, year).ToList();
        decimal? national = comparators.LastOrDefault(c => c.IsNational)?.Value;
        var others = comparators.Where(c => !c.IsNational).Select(c => c.Value).ToList();
        int? rank = null, rankOf = null, quartile = null;
        if (others.Count > 0 && value is { } rv)
        {
            if (contextual)
            {
                notes.Add("Contextual indicator: not ranked (neither extreme is better).");
            }
            else
            {
                bool higherIsBetter = definition.Polarity == Polarity.HigherIsBetter;
                rank = 1 + others.Count(o => higherIsBetter ? o > rv : o < rv);
                rankOf = others.Count + 1;
                quartile = (int)Math.Ceiling(4m * rank.Value / rankOf.Value);
            }
        }

        DirectionOfTravel? direction = null;
        decimal? previousValue = previous?.Value;
        if (previousValue is { } pv && value is { } cv && !contextual)
        {
            decimal change = cv - pv;
            bool better = definition.Polarity == Polarity.HigherIsBetter ? change > 0 : change < 0;
            direction = Math.Abs(change) <= options.StabilityTolerance ? ChildrensKpi.DirectionOfTravel.Stable
                : better ? ChildrensKpi.DirectionOfTravel.Improving
                : ChildrensKpi.DirectionOfTravel.Worsening;
        }

        return new PerformanceAssessment
        {
            Indicator = definition.Id,
            Target = target,
            Rag = rag,
            Band = band,
            Rank = rank,
            RankOf = rankOf,
            Quartile = quartile,
            National = national,
            PreviousValue = previousValue,
            DirectionOfTravel = direction,
            Notes = notes.ToImmutable(),
        };
    }

    private static Rag RagOf(decimal value, decimal target, Polarity polarity, decimal amberTolerance)
    {
        decimal shortfall = polarity == Polarity.HigherIsBetter ? target - value : value - target;
        return shortfall <= 0 ? ChildrensKpi.Rag.Green
            : shortfall <= Math.Abs(target) * amberTolerance ? ChildrensKpi.Rag.Amber
            : ChildrensKpi.Rag.Red;
    }
}
