namespace ChildrensKpi.Readers;

/// <summary>
/// Which of two copies of one record, read from returns of different collection years, gives a field its value: the
/// later return's filled value, because a council's later return corrects its earlier ones (an episode open at one
/// year's end is returned again the next year, with what was learnt since). File names never decide. Copies that cannot
/// be ordered (the same return, or a return whose year is unknown) and disagree are a conflict, as before.
/// </summary>
internal static class ReturnPrecedence
{
    /// <summary>The year of a copy whose return is not dated.</summary>
    public const byte Unknown = 0;

    /// <summary>A collection year packed in a byte (its start year less 1900), <see cref="Unknown"/> for none.</summary>
    public static byte Of(CollectionYear? year) => year is { } y ? (byte)(y.StartYear - 1900) : Unknown;

    /// <summary>The year packed by <see cref="Of"/>, as councils write it.</summary>
    public static string Describe(byte year) => year == Unknown ? "an undated return" : $"the {new CollectionYear(year + 1900)} return";

    /// <summary>
    /// True when a value from a copy of year <paramref name="incoming"/> replaces a different value from year
    /// <paramref name="kept"/>; false when it gives way to it; null when the two cannot be ordered (a conflict).
    /// </summary>
    public static bool? Supersedes(byte incoming, byte kept) =>
        incoming == Unknown || kept == Unknown || incoming == kept ? null : incoming > kept;

    /// <summary>The year to keep beside a value confirmed by a copy of year <paramref name="incoming"/>: the later of the two.</summary>
    public static byte Confirmed(byte incoming, byte kept) => Math.Max(incoming, kept);
}
