namespace ChildrensKpi;

/// <summary>
/// SSDA903 records as columns for the headline engine: episodes (short breaks left out) sorted by child and start date,
/// with per-child offsets, dates as day numbers and codes as bytes; and per child the dates of birth, the birthdays the
/// definitions use and the OC3 outcome.
/// </summary>
/// <remarks>
/// Raw size: 10 bytes an episode (start, end, RNE, PLACE) and 24 bytes a child (offset, date of birth, three birthdays,
/// OC3 codes). Child order is the order children were first met: the counts do not depend on it.
/// </remarks>
internal sealed class LookedAfterColumns
{
    private LookedAfterColumns(int childCount, int episodeCount)
    {
        ChildCount = childCount;
        EpisodeCount = episodeCount;
        Offsets = new int[childCount + 1];
        Start = new int[episodeCount];
        End = new int[episodeCount];
        Rne = new byte[episodeCount];
        Place = new byte[episodeCount];
        DateOfBirth = new int[childCount];
        LastEnd = new int[childCount];
        Birthday16 = new int[childCount];
        Birthday19 = new int[childCount];
        AprilAt16 = new int[childCount];
        InTouch = new byte[childCount];
        Activity = new byte[childCount];
        Suitable = new bool[childCount];
    }

    public int ChildCount { get; }

    public int EpisodeCount { get; private set; }

    /// <summary>Child c's episodes are <c>[Offsets[c], Offsets[c + 1])</c>.</summary>
    public int[] Offsets { get; }

    public int[] Start { get; private set; }

    /// <summary>DEC as a day number; <see cref="DayNumbers.Open"/> while open.</summary>
    public int[] End { get; private set; }

    public byte[] Rne { get; private set; }

    public byte[] Place { get; private set; }

    /// <summary>The latest DEC of the child's episodes (<see cref="DayNumbers.Open"/> when one is open, <see cref="DayNumbers.None"/> without episodes): no period of care is open after it.</summary>
    public int[] LastEnd { get; }

    /// <summary>From the Header table, else OC3; <see cref="DayNumbers.None"/> when neither gives it.</summary>
    public int[] DateOfBirth { get; }

    public int[] Birthday16 { get; }

    public int[] Birthday19 { get; }

    /// <summary>The first 1 April on or after the 16th birthday.</summary>
    public int[] AprilAt16 { get; }

    /// <summary>OC3 IN_TOUCH; <see cref="CodeTables.NoCareLeaverRow"/> without an OC3 row.</summary>
    public byte[] InTouch { get; }

    public byte[] Activity { get; }

    public bool[] Suitable { get; }

    /// <summary>Bytes held by the columns: what "raw columnar size" means in the benchmarks.</summary>
    public long Bytes => (EpisodeCount * 10L) + (ChildCount * 27L) + 4;

    /// <summary>
    /// Builds the columns from unsorted episode rows (<paramref name="child"/> indexes children 0..<paramref name="childCount"/>-1,
    /// short breaks already left out) and per-child dates of birth and OC3 codes. Sorting is a counting sort by child then
    /// a stable insertion sort of each child's few episodes: linear in practice. Copies of an episode (same child and start,
    /// as in two years' returns) are merged as the reader merges them: the first copy is kept and an empty DEC filled.
    /// </summary>
    public static LookedAfterColumns Create(
        int childCount,
        int episodeCount,
        ReadOnlySpan<int> child,
        ReadOnlySpan<int> start,
        ReadOnlySpan<int> end,
        ReadOnlySpan<byte> rne,
        ReadOnlySpan<byte> place,
        ReadOnlySpan<int> dateOfBirth,
        ReadOnlySpan<byte> inTouch,
        ReadOnlySpan<byte> activity,
        ReadOnlySpan<bool> suitable)
    {
        var columns = new LookedAfterColumns(childCount, episodeCount);
        var offsets = columns.Offsets;
        for (int i = 0; i < episodeCount; i++)
        {
            offsets[child[i] + 1]++;
        }
        for (int c = 0; c < childCount; c++)
        {
            offsets[c + 1] += offsets[c];
        }
        var next = offsets.AsSpan(0, childCount).ToArray();
        for (int i = 0; i < episodeCount; i++)
        {
            int at = next[child[i]]++;
            columns.Start[at] = start[i];
            columns.End[at] = end[i];
            columns.Rne[at] = rne[i];
            columns.Place[at] = place[i];
        }
        for (int c = 0; c < childCount; c++)
        {
            columns.SortChild(offsets[c], offsets[c + 1]);
            columns.SetBirth(c, dateOfBirth[c]);
        }
        columns.MergeCopies();
        inTouch[..childCount].CopyTo(columns.InTouch);
        activity[..childCount].CopyTo(columns.Activity);
        suitable[..childCount].CopyTo(columns.Suitable);
        return columns;
    }

    /// <summary>The columns of records already in the object model.</summary>
    public static LookedAfterColumns From(LookedAfterData data)
    {
        var index = new Dictionary<ChildId, int>();
        int IndexOf(ChildId id)
        {
            if (!index.TryGetValue(id, out int i))
            {
                index.Add(id, i = index.Count);
            }
            return i;
        }
        var episodes = data.Episodes.Where(e => !e.IsShortBreak).ToArray();
        var child = new int[episodes.Length];
        var start = new int[episodes.Length];
        var end = new int[episodes.Length];
        var rne = new byte[episodes.Length];
        var place = new byte[episodes.Length];
        for (int i = 0; i < episodes.Length; i++)
        {
            var e = episodes[i];
            child[i] = IndexOf(e.Child);
            start[i] = DayNumbers.Of(e.Start);
            end[i] = DayNumbers.Of(e.End, DayNumbers.Open);
            rne[i] = (byte)e.ReasonForNewEpisode;
            place[i] = (byte)e.Placement;
        }
        // Children with only short breaks, a Header row or an OC3 row are children too (NI147/NI148 may count them).
        foreach (var e in data.Episodes)
        {
            IndexOf(e.Child);
        }
        foreach (var c in data.Children)
        {
            IndexOf(c.Id);
        }
        foreach (var c in data.CareLeavers)
        {
            IndexOf(c.Child);
        }
        var dateOfBirth = new int[index.Count];
        Array.Fill(dateOfBirth, DayNumbers.None);
        var inTouch = new byte[index.Count];
        var activity = new byte[index.Count];
        var suitable = new bool[index.Count];
        foreach (var c in data.CareLeavers)
        {
            int i = index[c.Child];
            dateOfBirth[i] = DayNumbers.Of(c.DateOfBirth);
            inTouch[i] = (byte)c.InTouch;
            activity[i] = (byte)c.Activity;
            suitable[i] = c.IsSuitablyAccommodated;
        }
        foreach (var c in data.Children)
        {
            dateOfBirth[index[c.Id]] = DayNumbers.Of(c.DateOfBirth);
        }
        return Create(index.Count, episodes.Length, child, start, end, rne, place, dateOfBirth, inTouch, activity, suitable);
    }

    private void MergeCopies()
    {
        int kept = 0;
        for (int c = 0; c < ChildCount; c++)
        {
            int from = Offsets[c], to = Offsets[c + 1];
            Offsets[c] = kept;
            for (int i = from; i < to; i++)
            {
                if (i > from && Start[i] == Start[kept - 1])
                {
                    End[kept - 1] = End[kept - 1] == DayNumbers.Open ? End[i] : End[kept - 1];
                    continue;
                }
                Start[kept] = Start[i];
                End[kept] = End[i];
                Rne[kept] = Rne[i];
                Place[kept] = Place[i];
                kept++;
            }
        }
        Offsets[ChildCount] = kept;
        for (int c = 0; c < ChildCount; c++)
        {
            int latest = DayNumbers.None;
            for (int i = Offsets[c]; i < Offsets[c + 1]; i++)
            {
                latest = Math.Max(latest, End[i]);
            }
            LastEnd[c] = latest;
        }
        if (kept < EpisodeCount)
        {
            EpisodeCount = kept;
            Start = Start[..kept];
            End = End[..kept];
            Rne = Rne[..kept];
            Place = Place[..kept];
        }
    }

    private void SortChild(int from, int to)
    {
        for (int i = from + 1; i < to; i++)
        {
            int s = Start[i], e = End[i];
            byte r = Rne[i], p = Place[i];
            int j = i - 1;
            for (; j >= from && Start[j] > s; j--)
            {
                Start[j + 1] = Start[j];
                End[j + 1] = End[j];
                Rne[j + 1] = Rne[j];
                Place[j + 1] = Place[j];
            }
            Start[j + 1] = s;
            End[j + 1] = e;
            Rne[j + 1] = r;
            Place[j + 1] = p;
        }
    }

    private void SetBirth(int child, int dateOfBirth)
    {
        DateOfBirth[child] = dateOfBirth;
        if (dateOfBirth == DayNumbers.None)
        {
            Birthday16[child] = Birthday19[child] = AprilAt16[child] = DayNumbers.None;
            return;
        }
        // The same NodaTime arithmetic as Age.Birthday, once per child at load, so the pass compares integers only.
        var born = DayNumbers.ToDate(dateOfBirth);
        var sixteenth = Age.Birthday(born, 16);
        Birthday16[child] = DayNumbers.Of(sixteenth);
        Birthday19[child] = DayNumbers.Of(Age.Birthday(born, 19));
        AprilAt16[child] = DayNumbers.Of(CareLeaverCohort.FirstAprilOnOrAfter(sixteenth));
    }
}
