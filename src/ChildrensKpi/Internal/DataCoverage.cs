namespace ChildrensKpi;

/// <summary>
/// Whether the inputs cover a period well enough to compute an indicator for it: what the direction of travel asks of the
/// previous period (indicators.md, "Direction of travel"). Each rule reads only what a return for that period alone holds.
/// </summary>
internal static class DataCoverage
{
    /// <summary>
    /// Why the inputs of <paramref name="kinds"/> do not cover <paramref name="period"/>, naming what would (the earlier
    /// return); null when they do, or when nothing in the inputs says.
    /// </summary>
    public static string? Gap(IndicatorInputs inputs, IndicatorInputKinds kinds, ReportingPeriod period)
    {
        if (kinds.HasFlag(IndicatorInputKinds.LookedAfter) && inputs.LookedAfter is { } lookedAfter && Episodes(lookedAfter, period) is { } episodes)
        {
            return episodes;
        }
        if (kinds.HasFlag(IndicatorInputKinds.ChildrenInNeed) && inputs.ChildrenInNeed is { } childrenInNeed && Census(childrenInNeed, period) is { } census)
        {
            return census;
        }
        return null;
    }

    /// <summary>
    /// The Reviews data cover <paramref name="period"/> when they begin (their earliest review of all) on or before its last
    /// day: a return's Reviews table holds the reviews of its own year, so one held in the period means its return was given.
    /// </summary>
    public static string? Reviews(LookedAfterData data, ReportingPeriod period) => data.Care.ReviewsBegin switch
    {
        null => $"no Reviews data are given; give the {period.ReportingYear} return's Reviews table",
        { } begin when begin > period.End =>
            $"the Reviews data begin {ReportingPeriod.Iso(begin)}, after {period}; give the {period.ReportingYear} return's Reviews table",
        _ => null,
    };

    /// <summary>
    /// The Missing data cover <paramref name="period"/> when one of their rows began on or before its last day: a return's
    /// Missing table holds the times missing or away of its own year.
    /// </summary>
    public static string? Missing(LookedAfterData data, ReportingPeriod period) =>
        data.MissingEpisodes.Any(m => m.Start <= period.End) ? null
            : $"no Missing row given began by {ReportingPeriod.Iso(period.End)}; give the {period.ReportingYear} return's Missing table";

    /// <summary>
    /// The AD1 data cover <paramref name="period"/> when a child adopted in it has an AD1 row (a return's AD1 table holds the
    /// children adopted in its own year), or when no child was adopted in it (the indicator then has no value anyway).
    /// </summary>
    public static string? Adoptions(LookedAfterData data, ReportingPeriod period)
    {
        var care = data.Care;
        bool anyAdopted = false;
        for (int c = 0; c < care.ChildCount; c++)
        {
            var child = care.Child(c);
            if (AdoptionRules.AdoptedDuring(child, period) is not null)
            {
                if (child.Adoption is not null)
                {
                    return null;
                }
                anyAdopted = true;
            }
        }
        return anyAdopted ? $"no child adopted in {period} has an AD1 row; give the {period.ReportingYear} return's AD1 table" : null;
    }

    /// <summary>
    /// The SSDA903 episodes cover <paramref name="period"/> when one of them ended in it: a return holds the episodes open in
    /// its own year, so an episode that ended in an earlier year is only in that year's return.
    /// </summary>
    private static string? Episodes(LookedAfterData data, ReportingPeriod period)
    {
        var care = data.Care;
        int first = DayNumbers.Of(period.Start), last = DayNumbers.Of(period.End);
        for (int e = 0; e < care.EpisodeCount; e++)
        {
            if (care.End[e] >= first && care.End[e] <= last)
            {
                return null;
            }
        }
        return $"no SSDA903 episode given ended in {period}, so the files do not cover it; give the {period.ReportingYear} return";
    }

    /// <summary>
    /// A children in need census covers its collection year. When the years are known (<see cref="ChildrenInNeedData.CollectionYears"/>)
    /// they decide; else a case closed in the period says its census was given (a census holds the children in need in its
    /// own year, so a case closed in an earlier year is only in that year's).
    /// </summary>
    private static string? Census(ChildrenInNeedData data, ReportingPeriod period)
    {
        if (!data.CollectionYears.IsDefaultOrEmpty)
        {
            bool startCovered = data.CollectionYears.Any(y => y.Contains(period.Start));
            bool endCovered = data.CollectionYears.Any(y => y.Contains(period.End));
            return startCovered && endCovered ? null
                : $"the children in need census given covers {string.Join(", ", data.CollectionYears.Select(y => y.ReportingYear))}, not {period}; give the {period.ReportingYear} census";
        }
        return data.Referrals.Any(r => r.ClosureDate is { } closed && period.Contains(closed)) ? null
            : $"no children in need case given closed in {period}, so the census does not cover it; give the {period.ReportingYear} census";
    }
}
