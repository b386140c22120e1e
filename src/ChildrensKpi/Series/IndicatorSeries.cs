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
    /// <summary>The most earlier reporting years computed: with the year itself, ten years of trend.</summary>
    public const int MostEarlierYears = 9;

    /// <summary>
    /// The indicator for each reporting year before <see cref="Year"/> that the inputs cover, oldest first, ending with the
    /// year just before: the years without a gap back from it (as the direction of travel asks of the previous year), at
    /// most <see cref="MostEarlierYears"/>, less the oldest years in which nothing was counted. Empty when the inputs hold only the year itself. Each is the 12 months to its
    /// 31 March, so it reads on the same scale as the rolling 12 months of <see cref="Points"/>.
    /// </summary>
    public ImmutableArray<IndicatorResult> EarlierYears { get; init; } = [];

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
        var earlier = EarlierYearsCovered(indicator, inputs, yearEnding);
        var periods = months
            .Concat(months.Select(m => new ReportingPeriod(year.Start, m.End)))
            .Concat(months.Select(m => ReportingPeriod.YearEnding(m.End)))
            .Concat(earlier);
        var results = indicator.ComputeMany(inputs, periods, options);
        var points = months.Select((m, i) => new SeriesPoint(m.End, results[i], results[12 + i], results[24 + i]));
        // Inputs that do not say what they cover (a finance table, a population estimate) leave years before their first
        // with nothing counted: those are not years of the trend.
        var years = results.Skip(36).SkipWhile(r => r.Value is null && r.Numerator == 0);
        return new IndicatorSeries(indicator.Definition, year, [.. points]) { EarlierYears = [.. years] };
    }

    /// <summary>The reporting years before the one ending <paramref name="yearEnding"/> that the inputs cover, oldest first.</summary>
    private static List<ReportingPeriod> EarlierYearsCovered(Indicator indicator, IndicatorInputs inputs, LocalDate yearEnding)
    {
        // The rule is the direction of travel's (Indicator.CoverageGap): a year the files do not cover would be computed
        // from a fragment. Back from the year before, stopping at the first year not covered.
        var years = new List<ReportingPeriod>();
        for (int back = 1; back <= MostEarlierYears; back++)
        {
            var year = ReportingPeriod.YearEnding(yearEnding.PlusYears(-back));
            if (indicator.CoverageGap(inputs, year) is not null)
            {
                break;
            }
            years.Insert(0, year);
        }
        return years;
    }
}
