using NodaTime;

namespace ChildrensKpi;

/// <summary>A period of care of <see cref="CareColumns"/> (periods are defined there): a view, nothing copied.</summary>
internal readonly struct CarePeriod(CareColumns columns, int period)
{
    private int First => columns.PeriodFirst[period];

    private int Last => columns.PeriodFirst[period + 1] - 1;

    /// <summary>The day the period began as far as the data shows: the start of its first episode.</summary>
    public LocalDate Start => DayNumbers.ToDate(StartDay);

    public int StartDay => columns.Start[First];

    /// <summary>The day the period ended; null while the child is still looked after.</summary>
    public LocalDate? End => EndDay == DayNumbers.Open ? null : DayNumbers.ToDate(EndDay);

    /// <summary>DEC of the last episode as a day number; <see cref="DayNumbers.Open"/> while open.</summary>
    public int EndDay => columns.End[Last];

    /// <summary>Whether the data begins part way through this period: its first episode's RNE is not S.</summary>
    public bool StartsBeforeData => columns.Rne[First] != CodeTables.StartedToBeLookedAfter;

    /// <summary>The episodes of the period, in date order.</summary>
    public Episodes Episodes => new(columns, First, Last + 1);

    /// <summary>The placements of the period, in date order, temporary ones included.</summary>
    public Placements Placements => new(columns, columns.PlacementOffsets[period], columns.PlacementOffsets[period + 1]);

    /// <summary>Whether the child was looked after in this period on <paramref name="date"/>.</summary>
    public bool IsOpenOn(LocalDate date) => IsOpenOn(DayNumbers.Of(date));

    public bool IsOpenOn(int day) => StartDay <= day && EndDay > day;

    /// <summary>Whether the period was open at any time in <paramref name="period"/>: began on or before its end and did not end on or before its start.</summary>
    public bool IsOpenDuring(ReportingPeriod period) => StartDay <= DayNumbers.Of(period.End) && EndDay > DayNumbers.Of(period.Start);

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
