using System.Collections.Immutable;
using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// An indicator month by month through a reporting year: each month alone, year to date, and rolling twelve months,
/// computed in one pass over the records (<see cref="Indicator.ComputeMany"/>).
/// </summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Year">The reporting year (twelve months).</param>
/// <param name="Points">Twelve points, one per month, in order.</param>
public sealed record IndicatorSeries(IndicatorDefinition Indicator, ReportingPeriod Year, ImmutableArray<SeriesPoint> Points)
{
    /// <summary>Computes the series of <paramref name="indicator"/> for the twelve months ending <paramref name="yearEnding"/>.</summary>
    /// <remarks>
    /// "At 31 March" in a definition reads as the last day of each period: for a month, its last day. Month boundaries
    /// follow the year's start day (a year from 1 April has months 1 April–30 April, ...).
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> lacks an input the indicator needs.</exception>
    public static IndicatorSeries Compute(Indicator indicator, IndicatorInputs inputs, LocalDate yearEnding, ComputeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var year = ReportingPeriod.YearEnding(yearEnding);
        var months = Enumerable.Range(0, 12)
            .Select(m => new ReportingPeriod(year.Start.PlusMonths(m), year.Start.PlusMonths(m + 1).PlusDays(-1)))
            .ToArray();
        var periods = months
            .Concat(months.Select(m => new ReportingPeriod(year.Start, m.End)))
            .Concat(months.Select(m => ReportingPeriod.YearEnding(m.End)));
        var results = indicator.ComputeMany(inputs, periods, options);
        var points = months.Select((m, i) => new SeriesPoint(m.End, results[i], results[12 + i], results[24 + i]));
        return new IndicatorSeries(indicator.Definition, year, [.. points]);
    }
}
