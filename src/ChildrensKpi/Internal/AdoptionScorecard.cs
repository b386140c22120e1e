using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// The adoption scorecard's cohort and dates (indicators-current.md, "Adoption"), shared by ADOPT_A1, ADOPT_A10, ADOPT_A2 and
/// ADOPT_A3 so that each rule is written once.
/// </summary>
internal static class AdoptionScorecard
{
    public const string A1Id = "ADOPT_A1";
    public const string A10Id = "ADOPT_A10";
    public const string A2Id = "ADOPT_A2";
    public const string A3Id = "ADOPT_A3";

    public const string Source =
        "DfE, Adoption scorecards: methodology and guidance (2018); LG Inform metric 912 (A2); ASGLB survey 2020-21 (A10 in, A1 out); "
        + "Wolverhampton's 2015 scorecard analysis (thresholds, A10) — indicators-current.md [S5]";

    /// <summary>
    /// Whether <paramref name="child"/> is in the cohort of <paramref name="period"/>: adopted (REC E11, E12) in it, placed for
    /// adoption before the order (the period of care ends in a run of A3–A6 or legacy A1–A2 episodes) and with the start of
    /// the period of care in the data (its first episode RNE S, or a short break becoming care). When not, <paramref name="excluded"/>
    /// says why.
    /// </summary>
    public static bool InCohort(ChildHistory child, ReportingPeriod period, Why why, out ScorecardAdoption adoption, out Decision excluded)
    {
        adoption = default;
        if (AdoptionRules.AdoptedDuring(child, period) is not { } care)
        {
            excluded = Decision.Excluded(why, AdoptionRules.NotAdopted(child, period, why));
            return false;
        }
        int placed = AdoptionRules.PlacedForAdoptionEpisode(care);
        if (placed < 0)
        {
            excluded = Decision.Excluded(why, $"{AdoptionRules.Adopted(care)}; not placed for adoption before the order (the period of care does not end in an A3–A6 or A1–A2 placement)");
            return false;
        }
        if (care.StartsBeforeData)
        {
            var first = care.Episodes[0];
            excluded = Decision.Excluded(why,
                $"{AdoptionRules.Adopted(care)}; the start of the period of care is not in the data (its earliest episode, {LookedAfterRules.Iso(first.Start)}, has RNE {first.ReasonForNewEpisode}, not S), and entering care is never assumed");
            return false;
        }
        excluded = default;
        adoption = new ScorecardAdoption(care, care.Episodes[placed], child.Adoption?.ByFosterCarers == true);
        return true;
    }

    /// <summary>Calendar days from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static int Days(LocalDate from, LocalDate to) => AdoptionRules.DaysBetween(from, to);
}
