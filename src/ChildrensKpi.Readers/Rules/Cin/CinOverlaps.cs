using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>
/// "The dates overlap" (8820 CIN episodes, 8940 child protection plans, 4014 CIN plans): two of one child's periods
/// overlap when one starts strictly before the other ends (an open period never ends) and after or on the day the
/// other starts. A period starting on the day another ends does not overlap it (a plan ended and the next began that
/// day). Both periods of an overlapping pair are flagged. Periods with no start date are left to the start-date rules.
/// </summary>
internal sealed class CinOverlaps<TRow>(string code, Func<CinReturnTables, ImmutableArray<TRow>> rows, Func<TRow, CinDay> start,
    Func<TRow, CinDay> end, Func<TRow, int> owner) : CinCheck(code)
    where TRow : ICinRow
{
    public override void Check(DfeCheckContext<CinReturnTables> context)
    {
        var all = rows(context.Current);
        int first = 0;
        while (first < all.Length)
        {
            // A child's rows are consecutive (document order): compare within the run.
            int last = first;
            while (last < all.Length && owner(all[last]) == owner(all[first]))
            {
                last++;
            }
            var flagged = new bool[last - first];
            for (int i = first; i < last; i++)
            {
                for (int j = i + 1; j < last; j++)
                {
                    if (Overlap(all[i], all[j]))
                    {
                        flagged[i - first] = flagged[j - first] = true;
                    }
                }
            }
            for (int i = first; i < last; i++)
            {
                if (flagged[i - first])
                {
                    Flag(context, all[i], start(all[i]).Text);
                }
            }
            first = last;
        }
    }

    private bool Overlap(TRow a, TRow b)
    {
        var (sa, sb) = (start(a), start(b));
        if (!sa.IsDate || !sb.IsDate)
        {
            return false;
        }
        int ea = end(a).IsDate ? end(a).Day : DayNumbers.Open, eb = end(b).IsDate ? end(b).Day : DayNumbers.Open;
        return sa.Day < eb && sb.Day < ea;
    }
}
