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

    /// <summary>A table of <paramref name="count"/> episodes to fill with <see cref="Set"/>.</summary>
    public EpisodeTable(ChildId[] ids, int count)
        : this(ids, new int[count], new int[count], new int[count], new byte[count], new byte[count], new byte[count], new byte[count], count)
    {
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

    public void Set(int i, int child, int start, int end, byte rne, byte ls, byte place, byte rec)
    {
        Child[i] = child;
        Start[i] = start;
        End[i] = end;
        Rne[i] = rne;
        Ls[i] = ls;
        Place[i] = place;
        Rec[i] = rec;
    }

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
        var child = new int[episodes.Length];
        for (int i = 0; i < episodes.Length; i++)
        {
            if (!index.TryGetValue(episodes[i].Child, out child[i]))
            {
                index.Add(episodes[i].Child, child[i] = index.Count);
            }
        }
        var ids = new ChildId[index.Count];
        foreach (var (id, c) in index)
        {
            ids[c] = id;
        }
        var table = new EpisodeTable(ids, episodes.Length);
        for (int i = 0; i < episodes.Length; i++)
        {
            var e = episodes[i];
            table.Set(i, child[i], DayNumbers.Of(e.Start), DayNumbers.Of(e.End, DayNumbers.Open), (byte)e.ReasonForNewEpisode, (byte)e.LegalStatus,
                (byte)e.Placement, e.ReasonCeased is { } r ? (byte)r : (byte)0);
        }
        return table;
    }
}
