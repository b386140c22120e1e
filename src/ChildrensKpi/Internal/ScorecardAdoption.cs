using NodaTime;

namespace ChildrensKpi;

/// <summary>A child in the scorecard's cohort: the adopted period of care and its dates.</summary>
/// <param name="Care">The period of care that ended in the adoption.</param>
/// <param name="Placed">The first episode of the last run of placed-for-adoption episodes.</param>
/// <param name="FosterCareFlag">Whether AD1 FOSTER_CARE is 1.</param>
internal readonly record struct ScorecardAdoption(CarePeriod Care, EpisodeView Placed, bool FosterCareFlag)
{
    /// <summary>Entered care: the start of the period of care.</summary>
    public LocalDate Entered => Care.Start;

    /// <summary>Moved in with the adoptive family, unadjusted: the start of the run of placed-for-adoption episodes.</summary>
    public LocalDate MovedIn => Placed.Start;

    /// <summary>Whether the adopters were the foster carers: AD1 FOSTER_CARE 1, or the run began with RNE T or U (same carers).</summary>
    public bool ByFosterCarers => FosterCareFlag || Placed.ReasonForNewEpisode is ReasonForNewEpisode.T or ReasonForNewEpisode.U;

    /// <summary>
    /// Moved in, adjusted for foster carer adoptions: for them, the start of the placement the run belongs to (placements
    /// begin at RNE S, P or B and continue over L, T, U and temporary breaks: <see cref="CareColumns"/>); else <see cref="MovedIn"/>.
    /// </summary>
    public LocalDate MovedInAdjusted
    {
        get
        {
            if (!ByFosterCarers)
            {
                return MovedIn;
            }
            // The placement holding the run's first episode is the last counted one to begin by then: every later placement
            // begins within the run.
            var placements = Care.Placements;
            for (int p = placements.Length - 1; p >= 0; p--)
            {
                if (placements[p].IsCounted && placements[p].Start <= MovedIn)
                {
                    return placements[p].Start;
                }
            }
            return MovedIn;
        }
    }

    /// <summary>How the adoption is worded in a reason.</summary>
    public string Adopted => AdoptionRules.Adopted(Care);

    /// <summary>Why the adjusted date is what it is, in words.</summary>
    public string Adjustment =>
        !ByFosterCarers ? "not a foster carer adoption (AD1 FOSTER_CARE not 1, placement for adoption began with RNE " + Placed.ReasonForNewEpisode + ")"
        : MovedInAdjusted == MovedIn ? $"a foster carer adoption ({Because}), but the placement for adoption began a placement of its own (RNE {Placed.ReasonForNewEpisode}), so counted from {LookedAfterRules.Iso(MovedIn)}"
        : $"a foster carer adoption ({Because}): with those carers from {LookedAfterRules.Iso(MovedInAdjusted)}";

    private string Because => FosterCareFlag ? "AD1 FOSTER_CARE 1" : $"the placement for adoption began with RNE {Placed.ReasonForNewEpisode}";
}
