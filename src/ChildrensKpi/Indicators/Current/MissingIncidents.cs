namespace ChildrensKpi;

/// <summary>The incidents of the Missing table a current measure counts.</summary>
internal static class MissingIncidents
{
    /// <summary>
    /// The child's incidents of <paramref name="kind"/> starting in the period. An incident is CHILD + <c>MISSING</c> +
    /// <c>MIS_START</c>; <see cref="LookedAfterData.MissingEpisodes"/> holds one row per child and start (the readers merge
    /// the copies of two years' files), so each row is one incident. An incident open on 1 April belongs to the year it
    /// started [S1 G1].
    /// </summary>
    public static int StartingIn(ArraySegment<MissingEpisode> rows, MissingKind kind, ReportingPeriod period)
    {
        int n = 0;
        foreach (var m in rows)
        {
            n += m.Kind == kind && period.Contains(m.Start) ? 1 : 0;
        }
        return n;
    }

    /// <summary>The letter of the kind as the return writes it.</summary>
    public static char Code(MissingKind kind) => kind == MissingKind.Missing ? 'M' : 'A';
}
