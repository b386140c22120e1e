using System.Collections.Frozen;

namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// The two episodes that the rules comparing with last year set side by side: each child's first episode of a return
/// (the earliest DECOM) and each child's last episode of the previous return (the latest DECOM), found once per table
/// from its DECOM order (<see cref="Ssda903RuleTable.OrderBy"/>). Of tied DECOMs the first in the file is taken; an
/// episode whose DECOM is not a date is neither first nor last.
/// </summary>
internal static class LastYearEpisodes
{
    /// <summary>Each child's first episode (row) in <paramref name="episodes"/>; a child with no readable DECOM has none.</summary>
    public static FrozenDictionary<string, int> First(Ssda903RuleTable episodes) => Pick(episodes, first: true);

    /// <summary>Each child's last episode (row) in <paramref name="episodes"/>; a child with no readable DECOM has none.</summary>
    public static FrozenDictionary<string, int> Last(Ssda903RuleTable episodes) => Pick(episodes, first: false);

    /// <summary>
    /// Each child whose last episode of <paramref name="previous"/> is still open (no DEC): "last year's record ended with
    /// an open episode", the episode that this year's return must carry on.
    /// </summary>
    public static FrozenDictionary<string, int> OpenAtEnd(Ssda903RuleTable previous)
    {
        var dec = previous.Column("DEC");
        return Last(previous).Where(p => dec[p.Value] is null).ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, int> Pick(Ssda903RuleTable episodes, bool first)
    {
        var order = episodes.OrderBy("DECOM");
        var days = episodes.Column("DECOM").Days;
        var child = episodes.Column("CHILD");
        var picked = new Dictionary<string, int>(order.Children, StringComparer.Ordinal);
        for (int c = 0; c < order.Children; c++)
        {
            var rows = order.Of(c);
            // The order puts unreadable DECOMs last and keeps file order among ties.
            int count = 0;
            while (count < rows.Length && Ssda903Dates.IsDate(days[rows[count]]))
            {
                count++;
            }
            if (count == 0)
            {
                continue;
            }
            int at = 0;
            if (!first)
            {
                at = count - 1;
                while (at > 0 && days[rows[at - 1]] == days[rows[count - 1]])
                {
                    at--;
                }
            }
            picked[child[rows[at]]!] = rows[at];
        }
        return picked.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
