using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// Builds a child's periods of care and placements from their episodes, as the SSDA903 guidance defines them.
/// </summary>
public static class CareHistory
{
    /// <summary>
    /// Groups one child's episodes into periods of care and placements. Short breaks (V3, V4) are left out;
    /// the episodes may come in any order.
    /// </summary>
    /// <param name="episodes">Episodes of a single child.</param>
    /// <returns>The periods of care in date order; empty when the child had only short breaks.</returns>
    /// <exception cref="ArgumentException">The episodes belong to more than one child.</exception>
    /// <remarks>
    /// A new period of care begins at the first episode, at an episode with RNE S, and wherever an episode
    /// does not start on the day the previous one ended. An open previous episode (no DEC) followed by a
    /// later episode is read as continuing into it: the missing DEC is a data error, not a gap.
    /// </remarks>
    public static ImmutableArray<PeriodOfCare> Build(IEnumerable<Episode> episodes)
    {
        ArgumentNullException.ThrowIfNull(episodes);
        ImmutableArray<Episode> all = [.. episodes];
        if (all.Any(e => e.Child != all[0].Child))
        {
            throw new ArgumentException("CareHistory.Build takes the episodes of one child; these belong to several.", nameof(episodes));
        }
        if (all.IsEmpty)
        {
            return [];
        }
        // The rule is CareColumns's: the same code groups every child's episodes for the indicators.
        var columns = CareColumns.Build(EpisodeTable.From(all));
        return [.. columns.Child(0).Periods.Select(p => p.ToRecord(all[0].Child))];
    }
}
