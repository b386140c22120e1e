using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// One SSDA903 episode: a span of a child's care with one legal status and one placement.
/// </summary>
/// <param name="Child">The child (<c>CHILD</c>).</param>
/// <param name="Start">The day the episode began (<c>DECOM</c>).</param>
/// <param name="ReasonForNewEpisode">Why it began (<c>RNE</c>).</param>
/// <param name="LegalStatus">Legal status (<c>LS</c>).</param>
/// <param name="Placement">Placement type (<c>PLACE</c>).</param>
/// <param name="End">The day it ceased (<c>DEC</c>); <see langword="null"/> while it is open.</param>
/// <param name="ReasonCeased">Why it ceased (<c>REC</c>); <see langword="null"/> while it is open.</param>
/// <remarks>
/// An episode is identified by <see cref="Child"/> and <see cref="Start"/>. A child is looked after on a
/// day D of an episode when <c>Start &lt;= D</c> and (<c>End</c> is null or <c>End &gt; D</c>): an episode
/// ending on 31 March has ended by 31 March.
/// </remarks>
public sealed record Episode(
    ChildId Child,
    LocalDate Start,
    ReasonForNewEpisode ReasonForNewEpisode,
    LegalStatus LegalStatus,
    PlacementType Placement,
    LocalDate? End = null,
    ReasonEpisodeCeased? ReasonCeased = null)
{
    /// <summary>Whether the child was looked after under this episode on <paramref name="date"/>.</summary>
    public bool IsOpenOn(LocalDate date) => OpenSpan.IsOpenOn(Start, End, date);

    /// <summary>Whether the episode is a short break (legal status V3 or V4).</summary>
    public bool IsShortBreak => LegalStatus.IsShortBreak();
}
