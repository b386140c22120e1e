using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// The SSDA903 records of a <see cref="LookedAfterData"/> as columns, and the one place where periods of care and
/// placements are defined. Children are sorted by id (ordinal); each child's episodes (short breaks left out) are sorted
/// by start, dates as day numbers and codes as bytes; the periods of care and the placements are index ranges over the
/// episodes, found once in <see cref="FindPeriodsAndPlacements"/>. Every indicator, and <see cref="CareHistory.Build"/>,
/// reads them from here.
/// </summary>
/// <remarks>
/// <para>Periods of care: a new period begins at the first episode, at an episode with RNE S, and wherever an episode does
/// not start on the day the previous one ended; an open previous episode (no DEC) followed by a later one continues into
/// it (the missing DEC is a data error, not a gap). Placements: a new placement begins at the first episode of a period and
/// at each episode with RNE S, P or B; L, T and U continue it.</para>
/// <para>Temporary placements (PLACE T0–T4: hospital, holiday, the carer's holiday, seven days or less) are not placements
/// (indicators.md, "Temporary placements"). A run of temporary episodes followed, in the same period, by an episode with
/// the PLACE the child had immediately before the run is a break within that placement: the run and the return belong to
/// it, whatever the return's RNE. Any other run is a placement of its own, not counted (<see cref="CarePlacement.IsCounted"/>),
/// so the placement before it ends on the day it began, and the episode after it begins a new placement whatever its RNE.
/// The return is matched on PLACE alone: the episode columns hold no URN, PLACE_PROVIDER or PL_POST.</para>
/// <para>A period whose first episode in the data follows a short break (V3/V4) ending that day began with the short break
/// (a short break becoming care), not before the data: <see cref="AfterShortBreak"/>.</para>
/// <para>Periods, placements and episodes are contiguous across children, so one array of first indexes (with a last entry
/// one past the end) describes each level: period p spans episodes <c>[PeriodFirst[p], PeriodFirst[p + 1])</c>.</para>
/// </remarks>
internal sealed class CareColumns
{
    private CareColumns(ChildId[] ids, int episodes)
    {
        Ids = ids;
        EpisodeOffsets = new int[ids.Length + 1];
        PeriodOffsets = new int[ids.Length + 1];
        OnlyShortBreaks = new bool[ids.Length];
        Start = new int[episodes];
        End = new int[episodes];
        Rne = new byte[episodes];
        Ls = new byte[episodes];
        Place = new byte[episodes];
        Rec = new byte[episodes];
        AfterShortBreak = new bool[episodes];
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

    public int EpisodeCount => Start.Length;

    /// <summary>DECOM as a day number.</summary>
    public int[] Start { get; }

    /// <summary>DEC as a day number; <see cref="DayNumbers.Open"/> while open.</summary>
    public int[] End { get; }

    public byte[] Rne { get; }

    public byte[] Ls { get; }

    public byte[] Place { get; }

    /// <summary>REC as a byte; 0 while open.</summary>
    public byte[] Rec { get; }

    /// <summary>Whether a short break (V3/V4) of the same child ended on the day the episode began.</summary>
    public bool[] AfterShortBreak { get; }

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
        var columns = Episodic(data.EpisodeTable, index);
        int n = columns.ChildCount;
        columns.Header = PerChild(data.Children, index, c => c.Id);
        columns.CareLeaver = PerChild(data.CareLeavers, index, c => c.Child);
        columns.Oc2 = PerChild(data.Oc2Outcomes, index, o => o.Child);
        columns.Adoption = PerChild(data.AdoptionDecisions, index, a => a.Child);
        columns.Reviews = Grouped<Review>.By(data.Reviews, n, r => index[r.Child], (a, b) => a.Date.CompareTo(b.Date));
        columns.PlacementsForAdoption = Grouped<PlacementForAdoption>.By(data.PlacementsForAdoption, n, p => index[p.Child], (a, b) => a.Placed.CompareTo(b.Placed));
        columns.MissingEpisodes = Grouped<MissingEpisode>.By(data.MissingEpisodes, n, m => index[m.Child], (a, b) => a.Start.CompareTo(b.Start));
        columns.ReviewsBegin = data.Reviews.IsEmpty ? null : data.Reviews.Min(r => r.Date);
        return columns;
    }

    /// <summary>The columns of episodes alone (e.g. one child's, for <see cref="CareHistory.Build"/>); the other tables empty.</summary>
    public static CareColumns Build(EpisodeTable episodes)
    {
        var index = new Dictionary<ChildId, int>(episodes.Ids.Length);
        foreach (var id in episodes.Ids)
        {
            index.TryAdd(id, 0);
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
    private static CareColumns Episodic(EpisodeTable episodes, Dictionary<ChildId, int> index)
    {
        var ids = index.Keys.ToArray();
        Array.Sort(ids);
        for (int i = 0; i < ids.Length; i++)
        {
            index[ids[i]] = i;
        }
        var sortedChild = new int[episodes.Ids.Length];
        for (int c = 0; c < sortedChild.Length; c++)
        {
            sortedChild[c] = index[episodes.Ids[c]];
        }
        int inCare = 0;
        for (int i = 0; i < episodes.Count; i++)
        {
            inCare += episodes.IsShortBreak(i) ? 0 : 1;
        }
        var columns = new CareColumns(ids, inCare);
        columns.FillEpisodes(episodes, sortedChild);
        columns.FindPeriodsAndPlacements();
        return columns;
    }

    private static Dictionary<ChildId, int> ChildIndex(LookedAfterData data)
    {
        var table = data.EpisodeTable;
        var index = new Dictionary<ChildId, int>(table.Ids.Length + data.Children.Length);
        foreach (var id in table.Ids)
        {
            index.TryAdd(id, 0);
        }
        Add(index, data.Children, c => c.Id);
        Add(index, data.CareLeavers, c => c.Child);
        Add(index, data.Oc2Outcomes, o => o.Child);
        Add(index, data.AdoptionDecisions, a => a.Child);
        Add(index, data.Reviews, r => r.Child);
        Add(index, data.PlacementsForAdoption, p => p.Child);
        Add(index, data.MissingEpisodes, m => m.Child);
        return index;

        static void Add<T>(Dictionary<ChildId, int> index, ImmutableArray<T> rows, Func<T, ChildId> child)
        {
            foreach (var row in rows)
            {
                index.TryAdd(child(row), 0);
            }
        }
    }

    /// <summary>A counting sort by child, then each child's few episodes by start (insertion sort): linear in practice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FillEpisodes(EpisodeTable episodes, int[] sortedChild)
    {
        var hasShortBreak = new bool[ChildCount];
        // The days each child's short breaks ended: few children have any, so a set per child that has.
        Dictionary<int, HashSet<int>>? shortBreakEnds = null;
        for (int i = 0; i < episodes.Count; i++)
        {
            int c = sortedChild[episodes.Child[i]];
            if (episodes.IsShortBreak(i))
            {
                hasShortBreak[c] = true;
                if (episodes.End[i] != DayNumbers.Open)
                {
                    shortBreakEnds ??= [];
                    if (!shortBreakEnds.TryGetValue(c, out var ends))
                    {
                        shortBreakEnds.Add(c, ends = []);
                    }
                    ends.Add(episodes.End[i]);
                }
                continue;
            }
            EpisodeOffsets[c + 1]++;
        }
        for (int c = 0; c < ChildCount; c++)
        {
            EpisodeOffsets[c + 1] += EpisodeOffsets[c];
        }
        var next = EpisodeOffsets.AsSpan(0, ChildCount).ToArray();
        for (int i = 0; i < episodes.Count; i++)
        {
            if (!episodes.IsShortBreak(i))
            {
                int at = next[sortedChild[episodes.Child[i]]]++;
                Start[at] = episodes.Start[i];
                End[at] = episodes.End[i];
                Rne[at] = episodes.Rne[i];
                Ls[at] = episodes.Ls[i];
                Place[at] = episodes.Place[i];
                Rec[at] = episodes.Rec[i];
            }
        }
        for (int c = 0; c < ChildCount; c++)
        {
            int from = EpisodeOffsets[c], to = EpisodeOffsets[c + 1];
            OnlyShortBreaks[c] = hasShortBreak[c] && from == to;
            for (int i = from + 1; i < to; i++)
            {
                int s = Start[i], e = End[i];
                byte rne = Rne[i], ls = Ls[i], place = Place[i], rec = Rec[i];
                int j = i - 1;
                for (; j >= from && Start[j] > s; j--)
                {
                    Start[j + 1] = Start[j];
                    End[j + 1] = End[j];
                    Rne[j + 1] = Rne[j];
                    Ls[j + 1] = Ls[j];
                    Place[j + 1] = Place[j];
                    Rec[j + 1] = Rec[j];
                }
                Start[j + 1] = s;
                End[j + 1] = e;
                Rne[j + 1] = rne;
                Ls[j + 1] = ls;
                Place[j + 1] = place;
                Rec[j + 1] = rec;
            }
        }
        if (shortBreakEnds is not null)
        {
            foreach (var (c, ends) in shortBreakEnds)
            {
                for (int i = EpisodeOffsets[c]; i < EpisodeOffsets[c + 1]; i++)
                {
                    AfterShortBreak[i] = ends.Contains(Start[i]);
                }
            }
        }
    }

    /// <summary>The one definition of periods of care and placements (see the remarks of <see cref="CareColumns"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FindPeriodsAndPlacements()
    {
        var periodFirst = new List<int>(EpisodeCount + 1);
        var placementOffsets = new List<int>(EpisodeCount + 1);
        var placementFirst = new List<int>(EpisodeCount + 1);
        var temporary = CodeTables.TemporaryPlacement;
        for (int c = 0; c < ChildCount; c++)
        {
            PeriodOffsets[c] = periodFirst.Count;
            int from = EpisodeOffsets[c], to = EpisodeOffsets[c + 1];
            // The episode that returns the child from the current temporary run to the placement before it; -1 when none.
            int returning = -1;
            for (int i = from; i < to; i++)
            {
                if (StartsPeriod(i, from))
                {
                    periodFirst.Add(i);
                    placementOffsets.Add(placementFirst.Count);
                    placementFirst.Add(i);
                    returning = -1;
                    continue;
                }
                bool isTemporary = temporary[Place[i]], afterTemporary = temporary[Place[i - 1]];
                bool newPlacement;
                if (isTemporary)
                {
                    if (afterTemporary)
                    {
                        // Later episodes of the same temporary run (T3 then T1) are one break.
                        continue;
                    }
                    int next = i + 1;
                    while (next < to && !StartsPeriod(next, from) && temporary[Place[next]])
                    {
                        next++;
                    }
                    bool returns = next < to && !StartsPeriod(next, from) && Place[next] == Place[i - 1];
                    returning = returns ? next : -1;
                    newPlacement = !returns;
                }
                else
                {
                    // After a temporary run: the return continues the placement whatever its RNE; any other episode moves.
                    newPlacement = afterTemporary ? i != returning : CodeTables.StartsPlacement[Rne[i]];
                }
                if (newPlacement)
                {
                    placementFirst.Add(i);
                }
            }
        }
        PeriodOffsets[ChildCount] = periodFirst.Count;
        periodFirst.Add(EpisodeCount);
        placementOffsets.Add(placementFirst.Count);
        placementFirst.Add(EpisodeCount);
        PeriodFirst = [.. periodFirst];
        PlacementOffsets = [.. placementOffsets];
        PlacementFirst = [.. placementFirst];
    }

    /// <summary>Whether episode <paramref name="i"/> of the child whose first is <paramref name="from"/> begins a period of care.</summary>
    private bool StartsPeriod(int i, int from) =>
        i == from || Rne[i] == CodeTables.StartedToBeLookedAfter || (End[i - 1] != DayNumbers.Open && End[i - 1] != Start[i]);

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
