using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// The conventions of <c>indicators-current.md</c> for children looked after that several current measures share:
/// looked after during the year, a start, the last cease, and the placement read as held at the period's end.
/// Periods of care are those of <see cref="CareColumns"/>, built from non-V3/V4 episodes.
/// </summary>
internal static class CareEvents
{
    /// <summary>
    /// Looked after during the year: a period of care with its first <c>DECOM</c> on or before the period's end and its
    /// <c>DEC</c> empty or on or after the period's start (so a child who ceased on 1 April is included).
    /// </summary>
    public static bool LookedAfterDuringYear(ChildHistory child, ReportingPeriod period)
    {
        foreach (var p in child.Periods)
        {
            if (p.Start <= period.End && (p.End is not { } end || end >= period.Start))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Why a child is not looked after during the year, in the words every current measure uses.</summary>
    public static string NotLookedAfterDuringYear(ChildHistory child) =>
        child.OnlyShortBreaks ? "only short breaks (LS V3/V4), which are not time looked after"
        : child.Periods.IsEmpty ? "no episodes"
        : "not looked after at any time in the year";

    /// <summary>Why a child has no cease in the year.</summary>
    public static string NoCease(ChildHistory child) =>
        child.OnlyShortBreaks || child.Periods.IsEmpty ? NotLookedAfterDuringYear(child) : "no cease (REC other than X1) in the year";

    /// <summary>
    /// The first start in the year: the first episode of a period of care whose <c>DECOM</c> is in the period and whose
    /// <c>RNE</c> is S. A period whose first episode in the data is not S began before the data ([S1] counts the first
    /// occasion only, and that occasion is not known), so it is no start; <paramref name="beginsBeforeData"/> says so.
    /// </summary>
    public static LocalDate? FirstStart(ChildHistory child, ReportingPeriod period, out bool beginsBeforeData)
    {
        beginsBeforeData = false;
        foreach (var p in child.Periods)
        {
            if (!period.Contains(p.Start))
            {
                continue;
            }
            if (p.StartsBeforeData)
            {
                beginsBeforeData = true;
                continue;
            }
            return p.Start;
        }
        return null;
    }

    /// <summary>
    /// The last cease in the year: the last period of care ending in the period whose last episode's <c>REC</c> is not
    /// X1 (a period ending X1 is followed by short breaks, and the child did not cease). Null when none.
    /// </summary>
    public static EpisodeView? LastCease(ChildHistory child, ReportingPeriod period)
    {
        EpisodeView? last = null;
        foreach (var p in child.Periods)
        {
            if (p.End is { } end && period.Contains(end))
            {
                var episodes = p.Episodes;
                var final = episodes[episodes.Count - 1];
                if (final.ReasonCeased is { } rec && rec != ReasonEpisodeCeased.X1)
                {
                    last = final;
                }
            }
        }
        return last;
    }

    /// <summary>
    /// Whether the period is one collection year (1 April to 31 March): the dateless OC2 and OC3 rows belong to their
    /// return's collection year, so measures using them need the period to be one.
    /// </summary>
    public static bool IsCollectionYear(ReportingPeriod period) =>
        period.Start.Month == 4 && period.Start.Day == 1 && period.End == period.Start.PlusYears(1).PlusDays(-1);

    /// <summary>A count's explanation for a child not counted, with the history flag when that is why.</summary>
    public static Decision NotCounted(Why why, string? reason, bool beginsBeforeData)
    {
        var decision = Decision.Excluded(why, reason);
        return beginsBeforeData ? decision.BeginningBeforeData() : decision;
    }
}
