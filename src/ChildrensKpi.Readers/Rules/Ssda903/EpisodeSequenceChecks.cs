namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// The rules that read a child's episodes in order of DECOM: how one episode follows the one before it. Each class's
/// doc gives its reading of the DfE's message.
/// </summary>
internal abstract class EpisodeSequenceCheck : Ssda903Check
{
    protected EpisodeSequenceCheck(string code)
        : base(code)
    {
    }

    /// <summary>Every check of this family.</summary>
    public static IEnumerable<Ssda903Check> All { get; } =
    [
        new OpenEpisodeNotLatest(), new TemporaryPlacementReasonCheck(), new OverlappingEpisode(), new ContinuationMissing(),
        new EpisodesAfterEnding(), new StartedOnPreviousEnd(), new NewPeriodReasonCheck(), new ContinuationGap(),
        new LegalStatusSpell("361", "L1", 3), new LegalStatusSpell("362", "L2", 21), new LegalStatusSpell("363", "L3", 7),
        new LegalStatusSpell("364", "J2", 21), new LegalStatusSpell("365", "V3", 17, joinSpells: false),
    ];

    /// <inheritdoc/>
    public override void Check(DfeCheckContext<Ssda903ReturnTables> context)
    {
        var episodes = context.Current.Episodes;
        var order = episodes.OrderBy("DECOM");
        var view = new Columns(episodes, context.Year);
        for (int c = 0; c < order.Children; c++)
        {
            var rows = order.Of(c);
            for (int k = 0; k < rows.Length; k++)
            {
                if (Breaks(view, rows, k))
                {
                    Flag(context, episodes, rows[k]);
                }
            }
        }
    }

    /// <summary>Whether the <paramref name="k"/>th of a child's episodes (<paramref name="rows"/>, in DECOM order) breaks the rule.</summary>
    protected abstract bool Breaks(Columns e, ReadOnlySpan<int> rows, int k);

    /// <summary>The episode columns, looked up once.</summary>
    protected sealed class Columns(Ssda903RuleTable episodes, CollectionYear year)
    {
        public int[] Decom { get; } = episodes.Column("DECOM").Days;
        public int[] Dec { get; } = episodes.Column("DEC").Days;
        public Ssda903Column Rne { get; } = episodes.Column("RNE");
        public Ssda903Column Ls { get; } = episodes.Column("LS");
        public Ssda903Column Place { get; } = episodes.Column("PLACE");
        public Ssda903Column Rec { get; } = episodes.Column("REC");
        public Ssda903Column Reason { get; } = episodes.Column("REASON_PLACE_CHANGE");
        public int End { get; } = Ssda903Dates.End(year);
    }

    protected static bool Temporary(string? place) => place is "T0" or "T1" or "T2" or "T3" or "T4";
}

/// <summary>142: an open episode (blank DEC) that is not the child's latest (a later DECOM exists) should have ended.</summary>
internal sealed class OpenEpisodeNotLatest() : EpisodeSequenceCheck("142")
{
    protected override bool Breaks(Columns e, ReadOnlySpan<int> rows, int k) =>
        e.Dec[rows[k]] == Ssda903Column.Blank && Ssda903Dates.IsDate(e.Decom[rows[k]])
        && k + 1 < rows.Length && Ssda903Dates.IsDate(e.Decom[rows[^1]]) && e.Decom[rows[^1]] > e.Decom[rows[k]];
}

/// <summary>
/// 226: a reason for a placement change is recorded neither on a temporary placement (T0-T4) nor on the child's episode
/// before it: the DfE's rule text reads "null in current episode and current episode - 1".
/// </summary>
internal sealed class TemporaryPlacementReasonCheck() : EpisodeSequenceCheck("226")
{
    protected override bool Breaks(Columns e, ReadOnlySpan<int> rows, int k) =>
        Temporary(e.Place[rows[k]]) && (e.Reason[rows[k]] is not null || (k > 0 && e.Reason[rows[k - 1]] is not null));
}

/// <summary>501: an episode starts before the one before it ended (its DECOM before the previous DEC); the later episode is flagged.</summary>
internal sealed class OverlappingEpisode() : EpisodeSequenceCheck("501")
{
    protected override bool Breaks(Columns e, ReadOnlySpan<int> rows, int k) =>
        k > 0 && Ssda903Dates.IsDate(e.Decom[rows[k]]) && Ssda903Dates.IsDate(e.Dec[rows[k - 1]]) && e.Decom[rows[k]] < e.Dec[rows[k - 1]];
}

/// <summary>
/// 388, in the DfE's three cases: an episode that ends with REC X1 (a new episode begins) has a next episode starting on
/// its DEC; an episode that ends with another REC has no next episode starting on its DEC (the child stayed looked
/// after, so the REC should have been X1); and the child's last episode, ended, is not X1.
/// </summary>
internal sealed class ContinuationMissing() : EpisodeSequenceCheck("388")
{
    protected override bool Breaks(Columns e, ReadOnlySpan<int> rows, int k)
    {
        int dec = e.Dec[rows[k]];
        if (!Ssda903Dates.IsDate(dec) || e.Rec[rows[k]] is not { } rec)
        {
            return false;
        }
        bool last = k + 1 == rows.Length;
        bool continues = !last && e.Decom[rows[k + 1]] == dec;
        return rec == "X1" ? !continues : continues;
    }
}

/// <summary>437: after an episode that ends because the child died (E2) or was found to be 18 or over (E15), no episode follows.</summary>
internal sealed class EpisodesAfterEnding() : EpisodeSequenceCheck("437")
{
    protected override bool Breaks(Columns e, ReadOnlySpan<int> rows, int k) => e.Rec[rows[k]] is "E2" or "E15" && k + 1 < rows.Length;
}

/// <summary>
/// 431: a new period of care (RNE S) starts after the child's previous episode ended: on the same day (the message's
/// case, which should have been a continuation) or earlier (still in care) breaks it.
/// </summary>
internal sealed class StartedOnPreviousEnd() : EpisodeSequenceCheck("431")
{
    protected override bool Breaks(Columns e, ReadOnlySpan<int> rows, int k) =>
        e.Rne[rows[k]] == "S" && k > 0 && Ssda903Dates.IsDate(e.Decom[rows[k]]) && Ssda903Dates.IsDate(e.Dec[rows[k - 1]])
        && e.Decom[rows[k]] <= e.Dec[rows[k - 1]];
}

/// <summary>432: after an episode that ended the period of care (REC given and not X1), the next episode starts a period (RNE S).</summary>
internal sealed class NewPeriodReasonCheck() : EpisodeSequenceCheck("432")
{
    protected override bool Breaks(Columns e, ReadOnlySpan<int> rows, int k) =>
        k > 0 && e.Rec[rows[k - 1]] is not (null or "X1") && e.Rne[rows[k]] is not (null or "S");
}

/// <summary>
/// 433: a continuation episode (RNE P, L, T, U or B) that has a previous episode starts on the day that episode ended; a
/// previous episode still open (blank DEC) did not end that day, so it breaks the rule too.
/// </summary>
internal sealed class ContinuationGap() : EpisodeSequenceCheck("433")
{
    protected override bool Breaks(Columns e, ReadOnlySpan<int> rows, int k) =>
        e.Rne[rows[k]] is "P" or "L" or "T" or "U" or "B" && k > 0 && Ssda903Dates.IsDate(e.Decom[rows[k]])
        && e.Dec[rows[k - 1]] != e.Decom[rows[k]];
}

/// <summary>
/// 361-365: a short legal status (police protection L1 at most 3 days, an emergency protection order L2 21 days, a child
/// assessment order L3 7 days, PACE detention J2 21 days, a single short break V3 17 days) lasts no longer than its limit.
/// </summary>
/// <remarks>
/// The status lasts across consecutive episodes of the same status (each starting the day the one before it ended), so
/// the spell is judged, from its first DECOM to its last DEC, and every episode of a spell too long is flagged. A spell
/// still open has lasted at least to the end of the collection year: an open L1 begun in 2017 has lasted years by
/// 31 March, so it is flagged. 365 is the exception: its message limits "any individual short-term respite placement",
/// so each V3 episode is judged on its own (<c>joinSpells: false</c>).
/// </remarks>
internal sealed class LegalStatusSpell(string code, string status, int maxDays, bool joinSpells = true) : EpisodeSequenceCheck(code)
{
    protected override bool Breaks(Columns e, ReadOnlySpan<int> rows, int k)
    {
        if (e.Ls[rows[k]] != status || !Ssda903Dates.IsDate(e.Decom[rows[k]]))
        {
            return false;
        }
        int first = k, last = k;
        while (joinSpells && first > 0 && e.Ls[rows[first - 1]] == status && e.Dec[rows[first - 1]] == e.Decom[rows[first]])
        {
            first--;
        }
        while (joinSpells && last + 1 < rows.Length && e.Ls[rows[last + 1]] == status && e.Dec[rows[last]] == e.Decom[rows[last + 1]])
        {
            last++;
        }
        int end = e.Dec[rows[last]] == Ssda903Column.Blank ? e.End : e.Dec[rows[last]];
        return Ssda903Dates.IsDate(end) && Ssda903Dates.IsDate(e.Decom[rows[first]]) && end - e.Decom[rows[first]] > maxDays;
    }
}
