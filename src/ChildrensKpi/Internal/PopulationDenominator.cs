using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// The denominator of a rate per 10,000 children: the population aged 0–17 of the period's reporting year / 10,000.
/// </summary>
/// <remarks>
/// The estimate used is the one whose <c>Year</c> is the reporting year containing the end of the period
/// (<see cref="ReportingPeriod.ReportingYear"/>). Rows within ages 0–17 are summed and must cover each age exactly
/// once; otherwise there is no denominator and a note says which ages are missing or repeated.
/// </remarks>
internal static class PopulationDenominator
{
    public static decimal For(ImmutableArray<PopulationEstimate> population, ReportingPeriod period, ImmutableArray<string>.Builder notes)
    {
        string year = period.ReportingYear;
        var covered = new int[18];
        long total = 0;
        foreach (var row in population)
        {
            if (row.Year != year || row.AgeFrom < 0 || row.AgeTo > 17 || row.AgeFrom > row.AgeTo)
            {
                continue;
            }
            total += row.Population;
            for (int age = row.AgeFrom; age <= row.AgeTo; age++)
            {
                covered[age]++;
            }
        }
        var missing = Enumerable.Range(0, 18).Where(a => covered[a] == 0).ToArray();
        var repeated = Enumerable.Range(0, 18).Where(a => covered[a] > 1).ToArray();
        if (missing.Length == 18)
        {
            notes.Add($"The Population input has no estimate for {year} within ages 0–17.");
            return 0;
        }
        if (missing.Length > 0 || repeated.Length > 0)
        {
            notes.Add($"The Population input for {year} does not cover ages 0–17 exactly once" +
                (missing.Length > 0 ? $"; missing ages: {string.Join(", ", missing)}" : "") +
                (repeated.Length > 0 ? $"; ages given more than once: {string.Join(", ", repeated)}" : "") + ".");
            return 0;
        }
        return total / 10_000m;
    }

    public static string EmptyNote(ReportingPeriod period) =>
        $"There is no usable population aged 0–17 for {period.ReportingYear}, so there is no rate.";
}
