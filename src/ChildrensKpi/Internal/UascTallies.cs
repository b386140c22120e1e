using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// The one pass of the UASC measures (CLA_UASC and its UASC / non-UASC split): every child of the care history with its
/// UASC row, if any, decided for each period. Written once so that the measures differ only in their decision.
/// </summary>
internal static class UascTallies
{
    /// <summary>A tally per period of <paramref name="decide"/> over every child, with the child's UASC row (null when none).</summary>
    public static Tally[] Count(LookedAfterData data, ImmutableArray<ReportingPeriod> periods, ComputeOptions options,
        Func<ChildHistory, UnaccompaniedAsylumSeeker?, ReportingPeriod, Why, Decision> decide)
    {
        var byChild = data.UnaccompaniedAsylumSeekers.ToDictionary(u => u.Child);
        var tallies = Tally.For(periods.Length, options.Explain);
        var why = new Why(options.Explain);
        var care = data.Care;
        for (int c = 0; c < care.ChildCount; c++)
        {
            var child = care.Child(c);
            var uasc = byChild.GetValueOrDefault(child.Id);
            for (int i = 0; i < periods.Length; i++)
            {
                tallies[i].Add(child.Id, decide(child, uasc, periods[i], why));
            }
        }
        return tallies;
    }
}
