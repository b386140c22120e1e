using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// Episodes as columns, in any order: a child number (an index into <see cref="Ids"/>), DECOM and DEC as day numbers
/// (<see cref="DayNumbers.Open"/> while open) and the codes as bytes (REC 0 while open). What a reader fills straight from
/// its files, and what records given as <see cref="Episode"/> objects become: <see cref="CareColumns"/> reads only this.
/// </summary>
internal sealed class EpisodeTable
{
    public EpisodeTable(ChildId[] ids, int[] child, int[] start, int[] end, byte[] rne, byte[] ls, byte[] place, byte[] rec, int count)
    {
        Ids = ids;
        Child = child;
        Start = start;
        End = end;
        Rne = rne;
        Ls = ls;
        Place = place;
        Rec = rec;
        Count = count;
    }

    /// <summary>The children the episodes belong to, numbered by position (other tables may add more).</summary>
    public ChildId[] Ids { get; }

    public int Count { get; }

    public int[] Child { get; }

    public int[] Start { get; }

    public int[] End { get; }

    public byte[] Rne { get; }

    public byte[] Ls { get; }

    public byte[] Place { get; }

    /// <summary>REC as a byte; 0 while the episode is open.</summary>
    public byte[] Rec { get; }

    public bool IsShortBreak(int i) => CodeTables.ShortBreak[Ls[i]];

    /// <summary>Episode <paramref name="i"/> as the public record.</summary>
    public Episode ToEpisode(int i) => new(
        Ids[Child[i]],
        DayNumbers.ToDate(Start[i]),
        (ReasonForNewEpisode)Rne[i],
        (LegalStatus)Ls[i],
        (PlacementType)Place[i],
        End[i] == DayNumbers.Open ? null : DayNumbers.ToDate(End[i]),
        Rec[i] == 0 ? null : (ReasonEpisodeCeased)Rec[i]);

    /// <summary>The table of records another system holds; children numbered in the order first met.</summary>
    public static EpisodeTable From(ImmutableArray<Episode> episodes)
    {
        var index = new Dictionary<ChildId, int>();
        int n = episodes.Length;
        var child = new int[n];
        var start = new int[n];
        var end = new int[n];
        var rne = new byte[n];
        var ls = new byte[n];
        var place = new byte[n];
        var rec = new byte[n];
        for (int i = 0; i < n; i++)
        {
            var e = episodes[i];
            if (!index.TryGetValue(e.Child, out int c))
            {
                index.Add(e.Child, c = index.Count);
            }
            child[i] = c;
            start[i] = DayNumbers.Of(e.Start);
            end[i] = DayNumbers.Of(e.End, DayNumbers.Open);
            rne[i] = (byte)e.ReasonForNewEpisode;
            ls[i] = (byte)e.LegalStatus;
            place[i] = (byte)e.Placement;
            rec[i] = e.ReasonCeased is { } r ? (byte)r : (byte)0;
        }
        var ids = new ChildId[index.Count];
        foreach (var (id, c) in index)
        {
            ids[c] = id;
        }
        return new EpisodeTable(ids, child, start, end, rne, ls, place, rec, n);
    }
}
