using NodaTime;

namespace ChildrensKpi;

/// <summary>What the looked-after indicators know of one child: a view over <see cref="CareColumns"/>, nothing copied.</summary>
internal readonly struct ChildHistory(CareColumns columns, int child)
{
    public ChildId Id => columns.Ids[child];

    public Child? Header => columns.Header[child];

    public CareLeaverOutcome? CareLeaver => columns.CareLeaver[child];

    /// <summary>Whether the child has episodes and all are short breaks (V3/V4).</summary>
    public bool OnlyShortBreaks => columns.OnlyShortBreaks[child];

    /// <summary>The periods of care, in date order.</summary>
    public PeriodsOfCare Periods => new(columns, columns.PeriodOffsets[child], columns.PeriodOffsets[child + 1]);

    /// <summary>Date of birth from the Header table, else from OC3, else from OC2.</summary>
    public LocalDate? DateOfBirth => Header?.DateOfBirth ?? CareLeaver?.DateOfBirth ?? Oc2?.DateOfBirth;

    /// <summary>The earliest review date of any child in the data: where the Reviews data begin. Null when there are no reviews.</summary>
    public LocalDate? ReviewsBegin => columns.ReviewsBegin;

    /// <summary>The child's reviews, in date order.</summary>
    public ArraySegment<Review> Reviews => columns.Reviews.Of(child);

    /// <summary>The child's OC2 row, if any.</summary>
    public Oc2Outcome? Oc2 => columns.Oc2[child];

    /// <summary>The child's AD1 row, if any.</summary>
    public AdoptionDecision? Adoption => columns.Adoption[child];

    /// <summary>The child's placements for adoption (PlacedAdoption), in date order.</summary>
    public ArraySegment<PlacementForAdoption> PlacementsForAdoption => columns.PlacementsForAdoption.Of(child);

    /// <summary>The child's times missing or away, in date order.</summary>
    public ArraySegment<MissingEpisode> MissingEpisodes => columns.MissingEpisodes.Of(child);

    /// <summary>The period of care open on <paramref name="date"/>, if any.</summary>
    public CarePeriod? PeriodOpenOn(LocalDate date) => PeriodOpenOn(DayNumbers.Of(date));

    /// <summary>The period of care open on the day numbered <paramref name="day"/>, if any.</summary>
    public CarePeriod? PeriodOpenOn(int day)
    {
        for (int p = columns.PeriodOffsets[child], to = columns.PeriodOffsets[child + 1]; p < to; p++)
        {
            var period = new CarePeriod(columns, p);
            if (period.IsOpenOn(day))
            {
                return period;
            }
        }
        return null;
    }
}
