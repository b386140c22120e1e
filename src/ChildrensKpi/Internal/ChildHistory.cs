using System.Collections.Immutable;
using NodaTime;

namespace ChildrensKpi;

/// <summary>What the looked-after indicators need to know of one child.</summary>
internal sealed record ChildHistory(
    ChildId Id,
    Child? Header,
    CareLeaverOutcome? CareLeaver,
    bool OnlyShortBreaks,
    ImmutableArray<PeriodOfCare> Periods)
{
    /// <summary>Date of birth from the Header table, else from OC3, else from OC2.</summary>
    public LocalDate? DateOfBirth => Header?.DateOfBirth ?? CareLeaver?.DateOfBirth ?? Oc2?.DateOfBirth;

    /// <summary>The earliest review date of any child in the data: where the Reviews data begin. Null when there are no reviews.</summary>
    public LocalDate? ReviewsBegin { get; init; }

    /// <summary>The child's reviews, in date order.</summary>
    public ImmutableArray<Review> Reviews { get; init; } = [];

    /// <summary>The child's OC2 row, if any.</summary>
    public Oc2Outcome? Oc2 { get; init; }

    /// <summary>The child's AD1 row, if any.</summary>
    public AdoptionDecision? Adoption { get; init; }

    /// <summary>The child's placements for adoption (PlacedAdoption), in date order.</summary>
    public ImmutableArray<PlacementForAdoption> PlacementsForAdoption { get; init; } = [];

    /// <summary>The child's times missing or away, in date order.</summary>
    public ImmutableArray<MissingEpisode> MissingEpisodes { get; init; } = [];

    /// <summary>The period of care open on <paramref name="date"/>, if any.</summary>
    public PeriodOfCare? PeriodOpenOn(LocalDate date)
    {
        foreach (var period in Periods)
        {
            if (period.IsOpenOn(date))
            {
                return period;
            }
        }
        return null;
    }
}
