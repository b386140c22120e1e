using NodaTime;

namespace ChildrensKpi.Synthetic;

/// <summary>
/// What <see cref="SyntheticData"/> generates: how many children, over how many reporting years, from which seed.
/// Identical options give identical records and identical file bytes.
/// </summary>
public sealed record SyntheticOptions
{
    /// <summary>Children looked after, and as many children in need, to generate. Default 1,000; at least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int Children
    {
        get;
        init => field = value < 1 ? throw new ArgumentOutOfRangeException(nameof(value), value, "At least one child must be generated.") : value;
    } = 1_000;

    /// <summary>April–March reporting years, ending with <see cref="LastYearEnding"/>. Default 3; 1 to 30.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1 to 30.</exception>
    public int Years
    {
        get;
        init => field = value is < 1 or > 30 ? throw new ArgumentOutOfRangeException(nameof(value), value, "Years must be between 1 and 30.") : value;
    } = 3;

    /// <summary>The seed of the pseudo-random sequence; any value. Default 0.</summary>
    public int Seed { get; init; }

    /// <summary>
    /// The last day of the last reporting year, a 31 March from 2000 to 2040. Default 31 March 2016, so that the default
    /// three years fall after April 2013 and ten years span the change from initial and core assessments to single ones.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is not a 31 March from 2000 to 2040.</exception>
    public LocalDate LastYearEnding
    {
        get;
        init => field = value is { Month: 3, Day: 31, Year: >= 2000 and <= 2040 }
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The last year must end on a 31 March from 2000 to 2040.");
    } = new(2016, 3, 31);

    /// <summary>The reporting years covered, oldest first.</summary>
    public IEnumerable<ReportingPeriod> ReportingYears()
    {
        for (int back = Years - 1; back >= 0; back--)
        {
            yield return ReportingPeriod.YearEnding(LastYearEnding.PlusYears(-back));
        }
    }
}
