using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// The adoption scorecard's thresholds by the period's last year (<see cref="ComputeOptions.AdoptionThresholds"/>): the
/// targets ADOPT_A1, ADOPT_A10 and ADOPT_A2 are judged against (<see cref="Targets"/>).
/// </summary>
/// <remarks>
/// <para>A year takes its own row; a year after the last row takes the last row's (the published thresholds hold "2016 on");
/// a year before the first row, or between rows without one of its own (2013), has none: none is guessed.</para>
/// <para>Reading: the A1 threshold applies to ADOPT_A10 as well, the adjusted A1 that replaced it (Wolverhampton's 2015
/// scorecard analysis reports A10 against it; indicators-current.md [S5]).</para>
/// </remarks>
public sealed class AdoptionThresholds
{
    /// <summary>
    /// The published thresholds [S5]: 2012 (the first scorecards) A1 639 days (21 months), A2 213 (7 months); 2014 547 (18),
    /// 182 (6); 2015 487 (16), 152 (5); 2016 on 426 (14), 121 (4). 2013's were not found, so 2013 has none.
    /// </summary>
    public static AdoptionThresholds Published { get; } = new(
    [
        new AdoptionThreshold(2012, 639, 213),
        new AdoptionThreshold(2014, 547, 182),
        new AdoptionThreshold(2015, 487, 152),
        new AdoptionThreshold(2016, 426, 121),
    ]);

    /// <summary>No thresholds: the scorecard indicators are computed but given no target.</summary>
    public static AdoptionThresholds None { get; } = new([]);

    /// <summary>Thresholds from <paramref name="thresholds"/>, one per year.</summary>
    /// <exception cref="ArgumentException">Two rows have the same year, or a threshold is negative.</exception>
    public AdoptionThresholds(IEnumerable<AdoptionThreshold> thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var rows = thresholds.OrderBy(t => t.Year).ToImmutableArray();
        for (int i = 0; i < rows.Length; i++)
        {
            if (rows[i].A1Days < 0 || rows[i].A2Days < 0)
            {
                throw new ArgumentException($"The {rows[i].Year} threshold is negative.", nameof(thresholds));
            }
            if (i > 0 && rows[i].Year == rows[i - 1].Year)
            {
                throw new ArgumentException($"Two thresholds are given for {rows[i].Year}.", nameof(thresholds));
            }
        }
        Rows = rows;
    }

    /// <summary>The thresholds, by year.</summary>
    public ImmutableArray<AdoptionThreshold> Rows { get; }

    /// <summary>The thresholds for periods ending in <paramref name="year"/>; null when there are none (see the remarks).</summary>
    public AdoptionThreshold? For(int year)
    {
        if (Rows.IsEmpty || year < Rows[0].Year)
        {
            return null;
        }
        var last = Rows[^1];
        return year >= last.Year ? last : Rows.FirstOrDefault(r => r.Year == year);
    }

    /// <summary>
    /// The thresholds for <paramref name="period"/> (keyed by the year of its last day) as Targets rows for ADOPT_A1,
    /// ADOPT_A10 and ADOPT_A2 in the period's reporting year, to add to <see cref="PerformanceInputs.Targets"/> for RAG;
    /// empty when the year has none.
    /// </summary>
    public ImmutableArray<IndicatorTarget> Targets(ReportingPeriod period)
    {
        if (For(period.End.Year) is not { } threshold)
        {
            return [];
        }
        string year = period.ReportingYear;
        return
        [
            new IndicatorTarget(AdoptionScorecard.A1Id, year, threshold.A1Days),
            new IndicatorTarget(AdoptionScorecard.A10Id, year, threshold.A1Days),
            new IndicatorTarget(AdoptionScorecard.A2Id, year, threshold.A2Days),
        ];
    }
}
