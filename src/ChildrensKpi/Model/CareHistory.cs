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
        var inCare = episodes.Where(e => !e.IsShortBreak).ToArray();
        if (inCare.Length == 0)
        {
            return [];
        }
        var child = inCare[0].Child;
        if (inCare.Any(e => e.Child != child))
        {
            throw new ArgumentException("CareHistory.Build takes the episodes of one child; these belong to several.", nameof(episodes));
        }
        Array.Sort(inCare, static (a, b) => a.Start.CompareTo(b.Start));
        return BuildSorted(inCare);
    }

    internal static ImmutableArray<PeriodOfCare> BuildSorted(ReadOnlySpan<Episode> sorted)
    {
        var periods = ImmutableArray.CreateBuilder<PeriodOfCare>();
        int periodStart = 0;
        for (int i = 1; i <= sorted.Length; i++)
        {
            if (i == sorted.Length || StartsNewPeriod(sorted[i - 1], sorted[i]))
            {
                periods.Add(BuildPeriod(sorted[periodStart..i]));
                periodStart = i;
            }
        }
        return periods.ToImmutable();
    }

    private static bool StartsNewPeriod(Episode previous, Episode next) =>
        next.ReasonForNewEpisode == ReasonForNewEpisode.S
        || (previous.End is { } end && end != next.Start);

    private static PeriodOfCare BuildPeriod(ReadOnlySpan<Episode> episodes)
    {
        var placements = ImmutableArray.CreateBuilder<Placement>();
        int placementStart = 0;
        for (int i = 1; i <= episodes.Length; i++)
        {
            if (i == episodes.Length || StartsNewPlacement(episodes[i].ReasonForNewEpisode))
            {
                placements.Add(new Placement([.. episodes[placementStart..i]]));
                placementStart = i;
            }
        }
        return new PeriodOfCare([.. episodes], placements.ToImmutable());
    }

    private static bool StartsNewPlacement(ReasonForNewEpisode reason) =>
        reason is ReasonForNewEpisode.S or ReasonForNewEpisode.P or ReasonForNewEpisode.B;
}
