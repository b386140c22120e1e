using System.Collections.Immutable;
using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// A period of care: consecutive episodes of one child, each starting on the day the previous one
/// ended. A gap of a day or more, or an episode whose <see cref="ReasonForNewEpisode"/> is S, starts a new
/// period. Short breaks (V3, V4) are not part of any period of care.
/// </summary>
public sealed record PeriodOfCare
{
    internal PeriodOfCare(ImmutableArray<Episode> episodes, ImmutableArray<Placement> placements)
    {
        Episodes = episodes;
        Placements = placements;
    }

    /// <summary>The child.</summary>
    public ChildId Child => Episodes[0].Child;

    /// <summary>The episodes of the period, in date order.</summary>
    public ImmutableArray<Episode> Episodes { get; }

    /// <summary>The placements of the period, in date order, temporary ones included (see <see cref="Placement.IsCounted"/>).</summary>
    public ImmutableArray<Placement> Placements { get; }

    /// <summary>The day the period began as far as the data shows: the start of its first episode.</summary>
    public LocalDate Start => Episodes[0].Start;

    /// <summary>The day the period ended; <see langword="null"/> while the child is still looked after.</summary>
    public LocalDate? End => Episodes[^1].End;

    /// <summary>
    /// Whether the data begins part way through this period: its first episode's reason is not S, so
    /// earlier episodes (and placements) lie before the first file read, and <see cref="Start"/> is later than the real start.
    /// </summary>
    public bool StartsBeforeData => Episodes[0].ReasonForNewEpisode != ReasonForNewEpisode.S;

    /// <summary>Whether the child was looked after in this period on <paramref name="date"/>.</summary>
    public bool IsOpenOn(LocalDate date) => OpenSpan.IsOpenOn(Start, End, date);
}
