using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>One team's Workforce rows, by AsAt, with the period and options a workforce indicator is computed for.</summary>
/// <param name="All">Every row of the team, in AsAt order.</param>
/// <param name="Period">The period.</param>
/// <param name="Options">How to compute.</param>
internal readonly record struct TeamRows(ImmutableArray<TeamWorkforce> All, ReportingPeriod Period, ComputeOptions Options)
{
    /// <summary>The team's rows with AsAt in the period, in AsAt order: a period's leavers and sickness are their sum.</summary>
    public IEnumerable<TeamWorkforce> InPeriod
    {
        get
        {
            var period = Period;
            return All.Where(r => period.Contains(r.AsAt));
        }
    }

    /// <summary>
    /// The team's latest row before the period starts: where the span its rows in the period cover begins (each row counts
    /// from the one before); null when there is none, and the start of that span is unknown.
    /// </summary>
    public TeamWorkforce? Before
    {
        get
        {
            var start = Period.Start;
            return All.LastOrDefault(r => r.AsAt < start);
        }
    }

    /// <summary>
    /// The sum of <paramref name="column"/> over the team's rows in the period; null when one of them lacks it (a missing
    /// interval would undercount, and nothing is pro-rated).
    /// </summary>
    public decimal? Sum(Func<TeamWorkforce, decimal?> column)
    {
        decimal sum = 0;
        foreach (var row in InPeriod)
        {
            if (column(row) is not { } value)
            {
                return null;
            }
            sum += value;
        }
        return sum;
    }

    /// <summary>Where the span the period's rows cover begins, in words: <c>since 2022-09-30</c>, or that it is unknown.</summary>
    public string Since => Before is { } before
        ? $"since {ReportingPeriod.Iso(before.AsAt)}"
        : $"since an unknown day (no row before {ReportingPeriod.Iso(InPeriod.First().AsAt)})";
}
