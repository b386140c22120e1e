namespace ChildrensKpi.Readers;

/// <summary>A set of collection years in words, as runs: <c>2006-07 to 2023-24</c>, <c>2025-26 onwards</c>, joined by "and".</summary>
internal static class YearSpans
{
    /// <param name="years">The years, in ascending order.</param>
    /// <param name="last">The last year described: a run that reaches it goes on "onwards".</param>
    public static string Describe(IEnumerable<CollectionYear> years, CollectionYear last)
    {
        var runs = new List<(CollectionYear From, CollectionYear To)>();
        foreach (var year in years)
        {
            if (runs.Count > 0 && runs[^1].To.StartYear + 1 == year.StartYear)
            {
                runs[^1] = (runs[^1].From, year);
            }
            else
            {
                runs.Add((year, year));
            }
        }
        return runs.Count == 0 ? "no year" : string.Join(" and ", runs.Select(r =>
            r.To == last ? $"{r.From} onwards"
            : r.From == r.To ? r.From.ToString()
            : $"{r.From} to {r.To}"));
    }
}
