using System.Collections.Immutable;
using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// The SSDA903 records of a <see cref="LookedAfterData"/> as columns, and the one place where periods of care and
/// placements are defined. Children are sorted by id (ordinal); each child's episodes (short breaks left out) are sorted
/// by start, dates as day numbers and codes as bytes; the periods of care and the placements are index ranges over the
/// episodes, found once in <see cref="FindPeriodsAndPlacements"/>. Every indicator, and <see cref="CareHistory.Build"/>, reads them from here.
/// </summary>
/// <remarks>
/// <para>Periods of care: a new period begins at the first episode, at an episode with RNE S, and wherever an episode does
/// not start on the day the previous one ended; an open previous episode (no DEC) followed by a later one continues into
/// it (the missing DEC is a data error, not a gap). Placements: a new placement begins at the first episode of a period and
/// at each episode with RNE S, P or B; L, T and U continue it.</para>
/// <para>Periods, placements and episodes are contiguous across children, so one array of first indexes (with a last entry
/// one past the end) describes each level: period p spans episodes <c>[PeriodFirst[p], PeriodFirst[p + 1])</c>.</para>
/// </remarks>
internal sealed class CareColumns
{
    private CareColumns(int children, int episodes)
    {
        Ids = new ChildId[children];
        EpisodeOffsets = new int[children + 1];
        PeriodOffsets = new int[children + 1];
        OnlyShortBreaks = new bool[children];
        Episodes = new Episode[episodes];
        Start = new int[episodes];
        End = new int[episodes];
        Rne = new byte[episodes];
        Place = new byte[episodes];
    }

    public int ChildCount => Ids.Length;

    /// <summary>Every child with a row in any table, in ordinal id order.</summary>
    public ChildId[] Ids { get; }

    /// <summary>Child c's episodes are <c>[EpisodeOffsets[c], EpisodeOffsets[c + 1])</c>.</summary>
    public int[] EpisodeOffsets { get; }

    /// <summary>Child c's periods of care are <c>[PeriodOffsets[c], PeriodOffsets[c + 1])</c>.</summary>
    public int[] PeriodOffsets { get; }

    /// <summary>The first episode of each period of care, and one past the last episode at the end.</summary>
    public int[] PeriodFirst { get; private set; } = [];

    /// <summary>Period p's placements are <c>[PlacementOffsets[p], PlacementOffsets[p + 1])</c>.</summary>
    public int[] PlacementOffsets { get; private set; } = [];

    /// <summary>The first episode of each placement, and one past the last episode at the end.</summary>
    public int[] PlacementFirst { get; private set; } = [];

    /// <summary>Whether the child has episodes and all are short breaks (V3/V4).</summary>
    public bool[] OnlyShortBreaks { get; }

    /// <summary>The episodes themselves, in the same order as the columns.</summary>
    public Episode[] Episodes { get; }

    /// <summary>DECOM as a day number.</summary>
    public int[] Start { get; }

    /// <summary>DEC as a day number; <see cref="DayNumbers.Open"/> while open.</summary>
    public int[] End { get; }

    public byte[] Rne { get; }

    public byte[] Place { get; }

    public Child?[] Header { get; private set; } = [];

    public CareLeaverOutcome?[] CareLeaver { get; private set; } = [];

    public Oc2Outcome?[] Oc2 { get; private set; } = [];

    public AdoptionDecision?[] Adoption { get; private set; } = [];

    public Grouped<Review> Reviews { get; private set; }

    public Grouped<PlacementForAdoption> PlacementsForAdoption { get; private set; }

    public Grouped<MissingEpisode> MissingEpisodes { get; private set; }

    /// <summary>The earliest review date of any child: where the Reviews data begin. Null when there are no reviews.</summary>
    public LocalDate? ReviewsBegin { get; private set; }

    /// <summary>Child c's view: its periods of care, placements and other rows.</summary>
    public ChildHistory Child(int c) => new(this, c);

    /// <summary>The columns of a data set: every table's children, their episodes sorted and grouped into periods and placements.</summary>
    public static CareColumns Build(LookedAfterData data)
    {
        var index = ChildIndex(data);
        var columns = Episodic(data.Episodes, index);
        var ids = columns.Ids;
        columns.Header = PerChild(data.Children, index, c => c.Id);
        columns.CareLeaver = PerChild(data.CareLeavers, index, c => c.Child);
        columns.Oc2 = PerChild(data.Oc2Outcomes, index, o => o.Child);
        columns.Adoption = PerChild(data.AdoptionDecisions, index, a => a.Child);
        columns.Reviews = Grouped<Review>.By(data.Reviews, ids.Length, r => index[r.Child], (a, b) => a.Date.CompareTo(b.Date));
        columns.PlacementsForAdoption = Grouped<PlacementForAdoption>.By(data.PlacementsForAdoption, ids.Length, p => index[p.Child], (a, b) => a.Placed.CompareTo(b.Placed));
        columns.MissingEpisodes = Grouped<MissingEpisode>.By(data.MissingEpisodes, ids.Length, m => index[m.Child], (a, b) => a.Start.CompareTo(b.Start));
        columns.ReviewsBegin = data.Reviews.IsEmpty ? null : data.Reviews.Min(r => r.Date);
        return columns;
    }

    /// <summary>The columns of episodes alone (e.g. one child's, for <see cref="CareHistory.Build"/>); the other tables empty.</summary>
    public static CareColumns Build(ImmutableArray<Episode> episodes)
    {
        var index = new Dictionary<ChildId, int>();
        foreach (var e in episodes)
        {
            index.TryAdd(e.Child, 0);
        }
        var columns = Episodic(episodes, index);
        int n = columns.ChildCount;
        columns.Header = new Child?[n];
        columns.CareLeaver = new CareLeaverOutcome?[n];
        columns.Oc2 = new Oc2Outcome?[n];
        columns.Adoption = new AdoptionDecision?[n];
        return columns;
    }

    /// <summary>Numbers the children of <paramref name="index"/> in id order and builds the episode columns and the care history.</summary>
    private static CareColumns Episodic(ImmutableArray<Episode> episodes, Dictionary<ChildId, int> index)
    {
        var ids = index.Keys.ToArray();
        Array.Sort(ids);
        for (int i = 0; i < ids.Length; i++)
        {
            index[ids[i]] = i;
        }
        int inCare = 0;
        foreach (var e in episodes)
        {
            inCare += e.IsShortBreak ? 0 : 1;
        }
        var columns = new CareColumns(ids.Length, inCare);
        ids.CopyTo(columns.Ids, 0);
        columns.FillEpisodes(episodes, index);
        columns.FindPeriodsAndPlacements();
        return columns;
    }

    private static Dictionary<ChildId, int> ChildIndex(LookedAfterData data)
    {
        var index = new Dictionary<ChildId, int>(data.Children.Length + (data.Episodes.Length / 4));
        foreach (var e in data.Episodes)
        {
            index.TryAdd(e.Child, 0);
        }
        foreach (var c in data.Children)
        {
            index.TryAdd(c.Id, 0);
        }
        foreach (var c in data.CareLeavers)
        {
            index.TryAdd(c.Child, 0);
        }
        foreach (var o in data.Oc2Outcomes)
        {
            index.TryAdd(o.Child, 0);
        }
        foreach (var a in data.AdoptionDecisions)
        {
            index.TryAdd(a.Child, 0);
        }
        foreach (var r in data.Reviews)
        {
            index.TryAdd(r.Child, 0);
        }
        foreach (var p in data.PlacementsForAdoption)
        {
            index.TryAdd(p.Child, 0);
        }
        foreach (var m in data.MissingEpisodes)
        {
            index.TryAdd(m.Child, 0);
        }
        return index;
    }

    /// <summary>A counting sort by child, then each child's few episodes by start (insertion sort): linear in practice.</summary>
    private void FillEpisodes(ImmutableArray<Episode> episodes, Dictionary<ChildId, int> index)
    {
        var child = new int[Episodes.Length];
        var hasShortBreak = new bool[ChildCount];
        int n = 0;
        foreach (var e in episodes)
        {
            int c = index[e.Child];
            if (e.IsShortBreak)
            {
                hasShortBreak[c] = true;
                continue;
            }
            child[n++] = c;
            EpisodeOffsets[c + 1]++;
        }
        for (int c = 0; c < ChildCount; c++)
        {
            EpisodeOffsets[c + 1] += EpisodeOffsets[c];
        }
        var next = EpisodeOffsets.AsSpan(0, ChildCount).ToArray();
        n = 0;
        foreach (var e in episodes)
        {
            if (!e.IsShortBreak)
            {
                Episodes[next[child[n++]]++] = e;
            }
        }
        for (int c = 0; c < ChildCount; c++)
        {
            int from = EpisodeOffsets[c], to = EpisodeOffsets[c + 1];
            OnlyShortBreaks[c] = hasShortBreak[c] && from == to;
            for (int i = from + 1; i < to; i++)
            {
                var e = Episodes[i];
                int j = i - 1;
                for (; j >= from && Episodes[j].Start > e.Start; j--)
                {
                    Episodes[j + 1] = Episodes[j];
                }
                Episodes[j + 1] = e;
            }
        }
        for (int i = 0; i < Episodes.Length; i++)
        {
            var e = Episodes[i];
            Start[i] = DayNumbers.Of(e.Start);
            End[i] = DayNumbers.Of(e.End, DayNumbers.Open);
            Rne[i] = (byte)e.ReasonForNewEpisode;
            Place[i] = (byte)e.Placement;
        }
    }

    /// <summary>The one definition of periods of care and placements (see the remarks of <see cref="CareColumns"/>).</summary>
    private void FindPeriodsAndPlacements()
    {
        var periodFirst = new List<int>(Episodes.Length + 1);
        var placementOffsets = new List<int>(Episodes.Length + 1);
        var placementFirst = new List<int>(Episodes.Length + 1);
        for (int c = 0; c < ChildCount; c++)
        {
            PeriodOffsets[c] = periodFirst.Count;
            int from = EpisodeOffsets[c], to = EpisodeOffsets[c + 1];
            for (int i = from; i < to; i++)
            {
                bool newPeriod = i == from || Rne[i] == CodeTables.StartedToBeLookedAfter || (End[i - 1] != DayNumbers.Open && End[i - 1] != Start[i]);
                if (newPeriod)
                {
                    periodFirst.Add(i);
                    placementOffsets.Add(placementFirst.Count);
                }
                if (newPeriod || CodeTables.StartsPlacement[Rne[i]])
                {
                    placementFirst.Add(i);
                }
            }
        }
        PeriodOffsets[ChildCount] = periodFirst.Count;
        periodFirst.Add(Episodes.Length);
        placementOffsets.Add(placementFirst.Count);
        placementFirst.Add(Episodes.Length);
        PeriodFirst = [.. periodFirst];
        PlacementOffsets = [.. placementOffsets];
        PlacementFirst = [.. placementFirst];
    }

    private static T?[] PerChild<T>(ImmutableArray<T> rows, Dictionary<ChildId, int> index, Func<T, ChildId> child)
        where T : class
    {
        var byChild = new T?[index.Count];
        foreach (var row in rows)
        {
            byChild[index[child(row)]] = row;
        }
        return byChild;
    }
}
