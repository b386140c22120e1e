using NodaTime;

namespace ChildrensKpi;

/// <summary>A period of care of <see cref="CareColumns"/> (periods are defined there): a view, nothing copied.</summary>
internal readonly struct CarePeriod(CareColumns columns, int period)
{
    private EpisodeRange Range => new(columns, columns.PeriodFirst[period], columns.PeriodFirst[period + 1]);

    /// <summary>The day the period began as far as the data shows: the start of its first episode.</summary>
    public LocalDate Start => Range.Start;

    /// <summary>The day the period ended; null while the child is still looked after.</summary>
    public LocalDate? End => Range.End;

    /// <summary>
    /// Whether the data begins part way through this period: its first episode's RNE is not S, and it does not follow a
    /// short break ending that day (a short break becoming care begins the period with the break, in the data).
    /// </summary>
    public bool StartsBeforeData => columns.Rne[Range.First] != CodeTables.StartedToBeLookedAfter && !columns.AfterShortBreak[Range.First];

    /// <summary>The episodes of the period, in date order.</summary>
    public Episodes Episodes => Range.Episodes;

    /// <summary>The placements of the period, in date order, temporary ones included.</summary>
    public Placements Placements => new(columns, columns.PlacementOffsets[period], columns.PlacementOffsets[period + 1]);

    /// <summary>
    /// The index in <see cref="Placements"/> of the child's current placement on <paramref name="date"/>, on which the period is
    /// open: a child in a temporary placement of its own (T0–T4) is in the placement before it; with none before it in the
    /// period, in the temporary one (indicators.md, "Temporary placements").
    /// </summary>
    public int CurrentPlacementOn(LocalDate date)
    {
        var placements = Placements;
        int at = 0;
        for (int i = placements.Length - 1; i > 0; i--)
        {
            if (placements[i].IsOpenOn(date))
            {
                at = i;
                break;
            }
        }
        return !placements[at].IsCounted && at > 0 ? at - 1 : at;
    }

    /// <summary>The index of the counted placement immediately before placement <paramref name="index"/>, temporary ones skipped; -1 when none.</summary>
    public int PlacementBefore(int index)
    {
        var placements = Placements;
        int before = index - 1;
        while (before >= 0 && !placements[before].IsCounted)
        {
            before--;
        }
        return before;
    }

    /// <summary>The index of the last counted placement of the period (a temporary one only when it has no other).</summary>
    public int LastCountedPlacement()
    {
        var placements = Placements;
        int last = placements.Length - 1;
        return placements[last].IsCounted || last == 0 ? last : last - 1;
    }

    /// <summary>Whether the child was looked after in this period on <paramref name="date"/>.</summary>
    public bool IsOpenOn(LocalDate date) => Range.IsOpenOn(date);

    public bool IsOpenOn(int day) => Range.IsOpenOn(day);

    /// <summary>Whether the period was open at any time in <paramref name="period"/>.</summary>
    public bool IsOpenDuring(ReportingPeriod period) => Range.IsOpenDuring(period);

    /// <summary>The period as the public record (<see cref="PeriodOfCare"/>) of <paramref name="child"/>.</summary>
    public PeriodOfCare ToRecord(ChildId child)
    {
        var placements = Placements;
        var records = new Placement[placements.Length];
        for (int i = 0; i < records.Length; i++)
        {
            records[i] = new Placement([.. placements[i].Episodes.Select(e => e.ToRecord(child))]);
        }
        return new PeriodOfCare([.. Episodes.Select(e => e.ToRecord(child))], [.. records]);
    }
}
