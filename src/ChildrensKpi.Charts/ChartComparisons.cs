using System.Collections.Immutable;

namespace ChildrensKpi.Charts;

/// <summary>
/// What a chart draws beside the authority's own published figures: the target, and England's and the comparator
/// authorities' values for the years drawn. None of these is the authority's own count, so disclosure control does not
/// touch them (as it leaves the target and England's figure beside a withheld value).
/// </summary>
public sealed record ChartComparisons
{
    /// <summary>Nothing beside the authority's figures.</summary>
    public static ChartComparisons None { get; } = new();

    /// <summary>The year's target, drawn as a line; null for none.</summary>
    public decimal? Target { get; init; }

    /// <summary>England's and comparator authorities' values, each at its year's end.</summary>
    public ImmutableArray<ChartComparator> Comparators { get; init; } = [];

    /// <summary>
    /// The comparisons for <paramref name="series"/>: <paramref name="target"/>, and the rows of <paramref name="inputs"/>
    /// for its indicator in each reporting year it draws (the earlier years and its own), matched as the judgements match them.
    /// </summary>
    public static ChartComparisons For(PublishedSeries series, PerformanceInputs inputs, decimal? target)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(inputs);
        var years = series.EarlierYears.Select(y => y.Period).Append(series.Year);
        var rows = years.SelectMany(year => inputs.ComparatorsFor(series.Indicator, year.ReportingYear)
            .Select(c => new ChartComparator(year.End, c.Authority.Trim(), c.Value, c.IsNational)));
        return new ChartComparisons { Target = target, Comparators = [.. rows] };
    }
}
