namespace ChildrensKpi.Readers;

/// <summary>
/// Which of two copies of one record, read from returns of different collection years, gives a field its value: the
/// later return's filled value, because a council's later return corrects its earlier ones (an episode open at one
/// year's end is returned again the next year, with what was learnt since; a CIN census repeats the referrals still
/// open). File names never decide. Copies that cannot be ordered (the same return, or a return whose year is unknown)
/// and disagree are a conflict, as before. One rule for every table of both returns: episodes and Header rows
/// (<see cref="EpisodeSink"/>, <see cref="HeaderSink"/>) and every other merged record (<see cref="MergedRecords{TKey}"/>).
/// </summary>
internal static class ReturnPrecedence
{
    /// <summary>The year of a copy whose return is not dated.</summary>
    public const byte Unknown = 0;

    /// <summary>
    /// A collection year packed in a byte (its start year less 1900), <see cref="Unknown"/> for none. A year outside
    /// 1901-02 to 2155-56 (a mistyped date can date a file so) is packed as the nearest end, so that the order of years
    /// is kept (two such years tie, and their copies' differences are conflicts) and never wraps round.
    /// </summary>
    public static byte Of(CollectionYear? year) => year is { } y ? Pack(y.StartYear) : Unknown;

    /// <summary>A children in need census's year packed as <see cref="Of(CollectionYear?)"/> packs an SSDA903 year (2023-24 as 2023).</summary>
    public static byte Of(CinCollectionYear? year) => year is { } y ? Pack(y.EndYear - 1) : Unknown;

    private static byte Pack(int startYear) => (byte)Math.Clamp(startYear - 1900, 1, byte.MaxValue);

    /// <summary>The year packed by <see cref="Of(CollectionYear?)"/>, as councils write it: "the 2024-25 return".</summary>
    public static string Describe(byte year) => Describe(year, "return");

    /// <summary>The year packed by <see cref="Of(CollectionYear?)"/>, as councils write it, the return called <paramref name="noun"/> ("the 2023-24 census").</summary>
    public static string Describe(byte year, string noun) => year == Unknown ? $"an undated {noun}" : $"the {new CollectionYear(year + 1900)} {noun}";

    /// <summary>
    /// True when a value from a copy of year <paramref name="incoming"/> replaces a different value from year
    /// <paramref name="kept"/>; false when it gives way to it; null when the two cannot be ordered (a conflict).
    /// </summary>
    public static bool? Supersedes(byte incoming, byte kept) =>
        incoming == Unknown || kept == Unknown || incoming == kept ? null : incoming > kept;

    /// <summary>The year to keep beside a value confirmed by a copy of year <paramref name="incoming"/>: the later of the two.</summary>
    public static byte Confirmed(byte incoming, byte kept) => Math.Max(incoming, kept);

    /// <summary>
    /// The value a field keeps, with the year kept beside it, when a copy of year <paramref name="incomingYear"/> is merged
    /// into the record that holds <paramref name="kept"/> from <paramref name="keptYear"/>: an empty incoming value
    /// changes nothing; an empty kept value takes the incoming; an equal one is confirmed (the later year kept); a
    /// different one is the later return's. <c>Differs</c> says the two were filled differently, which the caller reports
    /// (<c>Superseded</c>). Copies that cannot be ordered and differ are a conflict, found before this
    /// (<see cref="Supersedes"/> null); here the kept value stays. The one rule for every merged table.
    /// </summary>
    public static (T Value, byte Year, bool Differs) Pick<T>(T kept, byte keptYear, bool keptFilled, T incoming, byte incomingYear, bool incomingFilled)
    {
        if (!incomingFilled)
        {
            return (kept, keptYear, false);
        }
        if (!keptFilled)
        {
            return (incoming, incomingYear, false);
        }
        if (EqualityComparer<T>.Default.Equals(kept, incoming))
        {
            return (kept, Confirmed(incomingYear, keptYear), false);
        }
        return Supersedes(incomingYear, keptYear) == true ? (incoming, incomingYear, true) : (kept, keptYear, true);
    }
}
