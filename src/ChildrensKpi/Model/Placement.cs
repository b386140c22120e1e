using System.Collections.Immutable;
using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// A placement: consecutive episodes of one period of care with the same placement and carer. A new
/// placement begins at the first episode of a period of care and at each episode whose
/// <see cref="ReasonForNewEpisode"/> is S, P or B; episodes with L, T or U continue it.
/// </summary>
/// <remarks>
/// A temporary placement (T0–T4) the child returns from to the same PLACE is a break within the placement: the temporary
/// episodes and the return are among its <see cref="Episodes"/>. One the child does not return from is a placement of its
/// own, not counted (<see cref="IsCounted"/>).
/// </remarks>
public sealed record Placement
{
    internal Placement(ImmutableArray<Episode> episodes)
    {
        Episodes = episodes;
    }

    /// <summary>The episodes of the placement, in date order.</summary>
    public ImmutableArray<Episode> Episodes { get; }

    /// <summary>The day the placement began: the start of its first episode.</summary>
    public LocalDate Start => Episodes[0].Start;

    /// <summary>The day the placement ended: the end of its last episode; <see langword="null"/> while open.</summary>
    public LocalDate? End => Episodes[^1].End;

    /// <summary>The placement type of the first episode; a same-carer change (T, U) keeps the placement but may change the type.</summary>
    public PlacementType Type => Episodes[0].Placement;

    /// <summary>
    /// The placement type on <paramref name="date"/>: a same-carer change (T, U) keeps the placement but may change its
    /// type, e.g. to A1 when a foster carer becomes the adopter. Before the placement began, its first type; after it ended, its last.
    /// A temporary break within the placement leaves it the type the child is away from.
    /// </summary>
    public PlacementType TypeOn(LocalDate date)
    {
        var type = Episodes[0].Placement;
        foreach (var episode in Episodes)
        {
            if (episode.Start <= date && (!episode.Placement.IsTemporary() || !IsCounted))
            {
                type = episode.Placement;
            }
        }
        return type;
    }

    /// <summary>Whether the placement counts as a placement: a temporary placement (T0–T4) of its own does not.</summary>
    public bool IsCounted => !Type.IsTemporary();

    /// <summary>Whether the placement was open at any time in <paramref name="period"/>: began on or before its end and did not end on or before its start.</summary>
    public bool IsOpenDuring(ReportingPeriod period) => OpenSpan.IsOpenDuring(Start, End, period);

    /// <summary>Whether the child was in this placement on <paramref name="date"/>.</summary>
    public bool IsOpenOn(LocalDate date) => OpenSpan.IsOpenOn(Start, End, date);
}
