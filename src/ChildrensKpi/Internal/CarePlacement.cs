using NodaTime;

namespace ChildrensKpi;

/// <summary>A placement of <see cref="CareColumns"/> (placements are defined there): a view, nothing copied.</summary>
internal readonly struct CarePlacement(CareColumns columns, int placement)
{
    private int First => columns.PlacementFirst[placement];

    private int Last => columns.PlacementFirst[placement + 1] - 1;

    /// <summary>The day the placement began: the start of its first episode.</summary>
    public LocalDate Start => DayNumbers.ToDate(StartDay);

    public int StartDay => columns.Start[First];

    /// <summary>The day the placement ended; null while open.</summary>
    public LocalDate? End => EndDay == DayNumbers.Open ? null : DayNumbers.ToDate(EndDay);

    public int EndDay => columns.End[Last];

    /// <summary>The placement type of the first episode.</summary>
    public PlacementType Type => (PlacementType)columns.Place[First];

    /// <summary>The episodes of the placement, in date order.</summary>
    public Episodes Episodes => new(columns, First, Last + 1);

    /// <summary>
    /// The placement type on <paramref name="date"/>: a same-carer change (T, U) keeps the placement but may change its
    /// type. Before the placement began, its first type; after it ended, its last.
    /// </summary>
    public PlacementType TypeOn(LocalDate date)
    {
        int day = DayNumbers.Of(date);
        byte type = columns.Place[First];
        for (int e = First + 1; e <= Last && columns.Start[e] <= day; e++)
        {
            type = columns.Place[e];
        }
        return (PlacementType)type;
    }

    /// <summary>Whether the placement counts as a placement: temporary placements (T0–T4) do not.</summary>
    public bool IsCounted => !CodeTables.TemporaryPlacement[columns.Place[First]];

    /// <summary>Whether the placement was open at any time in <paramref name="period"/>.</summary>
    public bool IsOpenDuring(ReportingPeriod period) => StartDay <= DayNumbers.Of(period.End) && EndDay > DayNumbers.Of(period.Start);

    /// <summary>Whether the child was in this placement on <paramref name="date"/>.</summary>
    public bool IsOpenOn(LocalDate date) => IsOpenOn(DayNumbers.Of(date));

    public bool IsOpenOn(int day) => StartDay <= day && EndDay > day;
}
