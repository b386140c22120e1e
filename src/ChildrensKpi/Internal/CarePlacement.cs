using NodaTime;

namespace ChildrensKpi;

/// <summary>A placement of <see cref="CareColumns"/> (placements are defined there): a view, nothing copied.</summary>
internal readonly struct CarePlacement(CareColumns columns, int placement)
{
    private EpisodeRange Range => new(columns, columns.PlacementFirst[placement], columns.PlacementFirst[placement + 1]);

    /// <summary>The day the placement began: the start of its first episode.</summary>
    public LocalDate Start => Range.Start;

    /// <summary>The day the placement ended; null while open.</summary>
    public LocalDate? End => Range.End;

    /// <summary>The placement type of the first episode.</summary>
    public PlacementType Type => (PlacementType)columns.Place[Range.First];

    /// <summary>The episodes of the placement, in date order.</summary>
    public Episodes Episodes => Range.Episodes;

    /// <summary>
    /// The placement type on <paramref name="date"/>: a same-carer change (T, U) keeps the placement but may change its
    /// type. Before the placement began, its first type; after it ended, its last. A temporary break within the placement
    /// (T0–T4 and the return) leaves it the type the child is away from.
    /// </summary>
    public PlacementType TypeOn(LocalDate date)
    {
        int day = DayNumbers.Of(date);
        var range = Range;
        byte type = columns.Place[range.First];
        for (int e = range.First + 1; e <= range.Last && columns.Start[e] <= day; e++)
        {
            if (!CodeTables.TemporaryPlacement[columns.Place[e]])
            {
                type = columns.Place[e];
            }
        }
        return (PlacementType)type;
    }

    /// <summary>Whether the placement counts as a placement: a temporary placement (T0–T4) of its own does not.</summary>
    public bool IsCounted => !CodeTables.TemporaryPlacement[columns.Place[Range.First]];

    /// <summary>Whether the placement was open at any time in <paramref name="period"/>.</summary>
    public bool IsOpenDuring(ReportingPeriod period) => Range.IsOpenDuring(period);

    /// <summary>Whether the child was in this placement on <paramref name="date"/>.</summary>
    public bool IsOpenOn(LocalDate date) => Range.IsOpenOn(date);
}
