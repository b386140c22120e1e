namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// 1001: a young person with care leaver information (an OC3 row) must be a relevant or former relevant child as their
/// episodes show them: looked after for at least 13 weeks (91 days) in all after their 14th birthday, some of it after
/// their 16th birthday (Children (Leaving Care) Act 2000; the Care Leavers (England) Regulations 2010), and not adopted.
/// Flags the OC3 row. The episodes are this year's and last year's returns together, so the rule needs the previous
/// return.
/// </summary>
/// <remarks>
/// Readings chosen, where the DfE's description leaves them open:
/// <list type="bullet">
/// <item>An episode in both returns (same CHILD and DECOM) is counted once, this year's copy (the later return corrects
/// the earlier). A child's latest episode left open is counted to 31 March of the collection year; an earlier episode
/// left open has no known end and counts nothing (rule 142 reports it).</item>
/// <item>Days of care are DEC − max(DECOM, birthday), as the day the episode ends is not a day in care; "some of it after
/// the 16th birthday" is at least one day so counted.</item>
/// <item>Episodes of short breaks (LS V3, V4) do not count: a child on pre-planned short breaks is not a relevant child
/// (the Care Leavers (England) Regulations 2010, regulation 3).</item>
/// <item>Adopted: the child's latest episode ended with REC E11 or E12 (adopted); an adopted child is not a care
/// leaver.</item>
/// <item>A young person with no episode in either return is flagged: no episode recorded shows the 13 weeks (1002 flags
/// them too, for the absence of any episode, as the DfE lists both rules). One without a readable date of birth
/// (Header, else the OC3 row) is not judged: the birthdays are unknown (the date of birth is other rules' finding).</item>
/// <item>The councils' validator drops from its Header every child aged 20 or over at 31 March before counting, which
/// makes every such young person's OC3 row flagged whatever their episodes show; ChildrensKpi judges them on their
/// episodes like everyone else.</item>
/// </list>
/// </remarks>
internal sealed class RelevantChildCheck() : Ssda903Check("1001", DfeReference.PreviousReturn)
{
    private const int ThirteenWeeks = 91;

    /// <inheritdoc/>
    public override void Check(DfeCheckContext<Ssda903ReturnTables> context)
    {
        var oc3 = context.Current.Oc3;
        var child = oc3.Column("CHILD");
        var oc3Dob = oc3.Column("DOB").Days;
        var now = context.Current.Episodes;
        var then = context.Previous!.Episodes;
        int end = Ssda903Dates.End(context.Year);
        for (int i = 0; i < oc3.RowCount; i++)
        {
            if (child[i] is not { } id)
            {
                continue;
            }
            int dob = context.Current.DobOf(id);
            dob = Ssda903Dates.IsDate(dob) ? dob : oc3Dob[i];
            var episodes = Episodes(id, now, then);
            if (!Ssda903Dates.IsDate(dob))
            {
                continue;
            }
            if (episodes.Count == 0 || !Relevant(episodes, dob, end))
            {
                Flag(context, oc3, i);
            }
        }
    }

    /// <summary>Whether the episodes (by DECOM) show a relevant or former relevant child born on <paramref name="dob"/>.</summary>
    private static bool Relevant(SortedDictionary<int, (int Dec, string? Ls, string? Rec)> episodes, int dob, int end)
    {
        int fourteen = Ssda903Dates.AddYears(dob, 14), sixteen = Ssda903Dates.AddYears(dob, 16);
        int afterFourteen = 0, afterSixteen = 0;
        int latest = episodes.Keys.Max();
        foreach (var (decom, (dec, ls, _)) in episodes)
        {
            int until = Ssda903Dates.IsDate(dec) ? dec : dec == Ssda903Column.Blank && decom == latest ? end : Ssda903Column.Blank;
            if (until == Ssda903Column.Blank || ls is "V3" or "V4")
            {
                continue;
            }
            afterFourteen += Math.Max(0, until - Math.Max(decom, fourteen));
            afterSixteen += Math.Max(0, until - Math.Max(decom, sixteen));
        }
        bool adopted = episodes[latest].Rec is "E11" or "E12";
        return !adopted && afterFourteen >= ThirteenWeeks && afterSixteen >= 1;
    }

    /// <summary>The child's episodes of both returns by DECOM (this year's copy of one in both); episodes without a readable DECOM are left out.</summary>
    private static SortedDictionary<int, (int Dec, string? Ls, string? Rec)> Episodes(string child, Ssda903RuleTable now, Ssda903RuleTable then)
    {
        var episodes = new SortedDictionary<int, (int, string?, string?)>();
        foreach (var (table, overwrite) in new[] { (then, false), (now, true) })
        {
            if (!table.RowsByChild.TryGetValue(child, out var rows))
            {
                continue;
            }
            var decom = table.Column("DECOM").Days;
            var dec = table.Column("DEC").Days;
            var ls = table.Column("LS");
            var rec = table.Column("REC");
            foreach (int r in rows)
            {
                if (Ssda903Dates.IsDate(decom[r]) && (overwrite || !episodes.ContainsKey(decom[r])))
                {
                    episodes[decom[r]] = (dec[r], ls[r], rec[r]);
                }
            }
        }
        return episodes;
    }
}
