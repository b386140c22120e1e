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
    /// <summary>Date of birth from the Header table, else from OC3.</summary>
    public LocalDate? DateOfBirth => Header?.DateOfBirth ?? CareLeaver?.DateOfBirth;

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
