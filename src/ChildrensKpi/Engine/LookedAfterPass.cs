using System.Runtime.CompilerServices;

namespace ChildrensKpi;

/// <summary>
/// NI62, NI63, NI147 and NI148 in one pass over the children of <see cref="LookedAfterColumns"/>, reading periods of care
/// and placements off the sorted episodes as <see cref="CareHistory"/> builds them, without building them.
/// </summary>
internal static class LookedAfterPass
{
    /// <summary>Counts for a range of children; ranges are counted apart and summed.</summary>
    internal struct Counts
    {
        public int Ni62Numerator, Ni62Denominator, Ni62BeforeData;
        public int Ni63Numerator, Ni63Denominator, Ni63BeforeData;
        public int Ni147Numerator, Ni148Numerator, CareLeaverDenominator;

        public void Add(in Counts other)
        {
            Ni62Numerator += other.Ni62Numerator;
            Ni62Denominator += other.Ni62Denominator;
            Ni62BeforeData += other.Ni62BeforeData;
            Ni63Numerator += other.Ni63Numerator;
            Ni63Denominator += other.Ni63Denominator;
            Ni63BeforeData += other.Ni63BeforeData;
            Ni147Numerator += other.Ni147Numerator;
            Ni148Numerator += other.Ni148Numerator;
            CareLeaverDenominator += other.CareLeaverDenominator;
        }
    }

    /// <summary>The period's dates as day numbers: its bounds and the NI63 thresholds (NodaTime month and year arithmetic, once).</summary>
    internal readonly struct Dates(ReportingPeriod period)
    {
        public readonly int First = DayNumbers.Of(period.Start);
        public readonly int Last = DayNumbers.Of(period.End);
        public readonly int ContinuousSince = DayNumbers.Of(period.End.PlusMonths(-30));
        public readonly int TwoYearsBefore = DayNumbers.Of(period.End.PlusYears(-2));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Counts Count(LookedAfterColumns columns, in Dates dates, int fromChild, int toChild)
    {
        var counts = default(Counts);
        for (int c = fromChild; c < toChild; c++)
        {
            Child(columns, c, dates, ref counts);
        }
        return counts;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Child(LookedAfterColumns columns, int child, in Dates dates, ref Counts counts)
    {
        int lo = columns.Offsets[child], hi = columns.Offsets[child + 1];
        int first = dates.First, last = dates.Last;
        int nineteenth = columns.Birthday19[child];
        bool cohortCandidate = nineteenth >= first && nineteenth <= last;
        // Most children of a long history are not looked after at the end of a given year: no period of care can be open
        // then if every episode ended by then or began after it, and only a care leaver's 19th birthday brings them back.
        if (!cohortCandidate && (lo == hi || columns.LastEnd[child] <= last || columns.Start[lo] > last))
        {
            return;
        }
        var start = columns.Start;
        var end = columns.End;
        var rne = columns.Rne;
        var place = columns.Place;
        int april = columns.AprilAt16[child];
        bool openOnApril = false;
        int placements = 0, currentFrom = -1, currentTo = -1;
        bool beginsBeforeData = false;

        for (int from = lo; from < hi;)
        {
            // A period of care runs until an episode with RNE S or one not starting on the day the previous ended (an open one continues).
            int to = from + 1;
            while (to < hi && rne[to] != CodeTables.StartedToBeLookedAfter && (end[to - 1] == DayNumbers.Open || end[to - 1] == start[to]))
            {
                to++;
            }
            bool periodBeforeData = rne[from] != CodeTables.StartedToBeLookedAfter;
            int placement = from;
            for (int j = from + 1; j <= to; j++)
            {
                if (j == to || CodeTables.StartsPlacement[rne[j]])
                {
                    // NI62: a counted placement open at any time in the period.
                    if (!CodeTables.TemporaryPlacement[place[placement]] && start[placement] <= last && end[j - 1] > first)
                    {
                        placements++;
                        beginsBeforeData |= placement == from && periodBeforeData;
                    }
                    placement = j;
                }
            }
            int periodStart = start[from], periodEnd = end[to - 1];
            if (currentFrom < 0 && periodStart <= last && periodEnd > last)
            {
                currentFrom = from;
                currentTo = to;
            }
            openOnApril |= cohortCandidate && periodStart <= april && periodEnd > april;
            from = to;
        }

        if (currentFrom >= 0)
        {
            counts.Ni62Denominator++;
            counts.Ni62Numerator += placements >= 3 ? 1 : 0;
            counts.Ni62BeforeData += beginsBeforeData ? 1 : 0;
            Ni63(columns, child, currentFrom, currentTo, dates, ref counts);
        }
        if (cohortCandidate)
        {
            byte inTouch = columns.InTouch[child];
            if (inTouch != CodeTables.Died && (inTouch != CodeTables.NoCareLeaverRow || openOnApril))
            {
                counts.CareLeaverDenominator++;
                if (CodeTables.InTouch[inTouch])
                {
                    counts.Ni147Numerator += columns.Suitable[child] ? 1 : 0;
                    counts.Ni148Numerator += CodeTables.EducationEmploymentOrTraining[columns.Activity[child]] ? 1 : 0;
                }
            }
        }
    }

    /// <summary>NI63 for a child looked after at the end of the period, whose current period of care is episodes [from, to).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Ni63(LookedAfterColumns columns, int child, int from, int to, in Dates dates, ref Counts counts)
    {
        int dateOfBirth = columns.DateOfBirth[child];
        int last = dates.Last;
        if (dateOfBirth == DayNumbers.None || dateOfBirth > last || columns.Birthday16[child] <= last)
        {
            return;
        }
        var start = columns.Start;
        var end = columns.End;
        var rne = columns.Rne;
        bool periodBeforeData = rne[from] != CodeTables.StartedToBeLookedAfter;
        if (start[from] > dates.ContinuousSince)
        {
            counts.Ni63BeforeData += periodBeforeData ? 1 : 0;
            return;
        }
        // The current placement: the last after the first that is open at the end, else the first.
        int index = 0, chosen = from, chosenEnd = to, previousStart = 0;
        int placement = from, k = 0, placementStart = start[from];
        for (int j = from + 1; j <= to; j++)
        {
            if (j == to || CodeTables.StartsPlacement[rne[j]])
            {
                if (k > 0 && start[placement] <= last && end[j - 1] > last)
                {
                    index = k;
                    chosen = placement;
                    chosenEnd = j;
                    previousStart = placementStart;
                }
                placementStart = start[placement];
                placement = j;
                k++;
            }
        }
        if (index == 0)
        {
            chosenEnd = from + 1;
            while (chosenEnd < to && !CodeTables.StartsPlacement[rne[chosenEnd]])
            {
                chosenEnd++;
            }
        }
        counts.Ni63Denominator++;
        if (start[chosen] <= dates.TwoYearsBefore)
        {
            counts.Ni63Numerator++;
            return;
        }
        byte typeOnLast = columns.Place[chosen];
        for (int e = chosen + 1; e < chosenEnd && start[e] <= last; e++)
        {
            typeOnLast = columns.Place[e];
        }
        if (CodeTables.PlacedForAdoption[typeOnLast] && index > 0 && previousStart <= dates.TwoYearsBefore)
        {
            counts.Ni63Numerator++;
            return;
        }
        counts.Ni63BeforeData += index == 0 && periodBeforeData ? 1 : 0;
    }
}
