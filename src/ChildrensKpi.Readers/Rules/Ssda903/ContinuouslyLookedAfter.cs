using System.Collections.Frozen;

namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// The children looked after continuously for at least 12 months at 31 March of the collection year (the OC2 cohort):
/// a chain of the child's episodes, each starting the day the one before it ended, from a DECOM on or before 1 April to
/// an episode still open or ending on or after 31 March; and no short break (LS V3, V4) in the year, since a child on
/// short breaks is not continuously looked after.
/// </summary>
internal static class ContinuouslyLookedAfter
{
    /// <summary>The CHILD ids of the cohort.</summary>
    public static FrozenSet<string> Children(Ssda903ReturnTables tables, CollectionYear year)
    {
        var episodes = tables.Episodes;
        var order = episodes.OrderBy("DECOM");
        var decom = episodes.Column("DECOM").Days;
        var dec = episodes.Column("DEC").Days;
        var ls = episodes.Column("LS");
        var child = episodes.Column("CHILD");
        int start = Ssda903Dates.Start(year), end = Ssda903Dates.End(year);
        var cohort = new HashSet<string>(StringComparer.Ordinal);
        for (int c = 0; c < order.Children; c++)
        {
            var rows = order.Of(c);
            bool shortBreak = false, continuous = false;
            int chainStart = int.MaxValue;
            for (int k = 0; k < rows.Length; k++)
            {
                int r = rows[k];
                bool inYear = Ssda903Dates.IsDate(decom[r]) && decom[r] <= end && (dec[r] == Ssda903Column.Blank || (Ssda903Dates.IsDate(dec[r]) && dec[r] >= start));
                shortBreak |= inYear && ls[r] is "V3" or "V4";
                bool joins = k > 0 && Ssda903Dates.IsDate(dec[rows[k - 1]]) && dec[rows[k - 1]] == decom[r];
                chainStart = joins ? chainStart : decom[r];
                bool open = dec[r] == Ssda903Column.Blank || (Ssda903Dates.IsDate(dec[r]) && dec[r] >= end);
                continuous |= Ssda903Dates.IsDate(chainStart) && chainStart <= start && open && Ssda903Dates.IsDate(decom[r]);
            }
            if (continuous && !shortBreak && rows.Length > 0 && child[rows[0]] is { } id)
            {
                cohort.Add(id);
            }
        }
        return cohort.ToFrozenSet(StringComparer.Ordinal);
    }
}
