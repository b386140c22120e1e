namespace ChildrensKpi.Readers;

/// <summary>Consecutive collection years, both ends included, in which a census item or code is valid.</summary>
internal readonly record struct CinYearRange(CinCollectionYear From, CinCollectionYear To)
{
    public bool Contains(CinCollectionYear year) => From <= year && year <= To;

    /// <summary><c>2022-23 to 2025-26</c>, or the one year.</summary>
    public override string ToString() => From == To ? From.ToString() : $"{From} to {To}";

    /// <summary>Several ranges as a message names them: <c>2008-09 to 2015-16 and 2020-21 to 2025-26</c>.</summary>
    public static string Describe(IReadOnlyList<CinYearRange> ranges) => ranges.Count switch
    {
        0 => "no year",
        1 => ranges[0].ToString(),
        _ => $"{string.Join(", ", ranges.Take(ranges.Count - 1))} and {ranges[^1]}",
    };
}
