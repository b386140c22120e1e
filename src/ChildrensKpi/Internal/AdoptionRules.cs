using NodaTime;

namespace ChildrensKpi;

/// <summary>What the adoption indicators (PAF C23, NI 61, ADOPTA1, ADOPTA2) share: who was adopted in the period, and when.</summary>
internal static class AdoptionRules
{
    /// <summary>
    /// The period of care that ended in adoption (its last episode ceased with REC E11 or E12) on a day within
    /// <paramref name="period"/>, bounds included; the latest when there are several. Null when none.
    /// </summary>
    public static CarePeriod? AdoptedDuring(ChildHistory child, ReportingPeriod period)
    {
        for (int i = child.Periods.Length - 1; i >= 0; i--)
        {
            var care = child.Periods[i];
            if (care.End is { } end && period.Contains(end) && IsAdoption(care.Episodes[^1].ReasonCeased))
            {
                return care;
            }
        }
        return null;
    }

    public static bool IsAdoption(ReasonEpisodeCeased? reason) => reason is ReasonEpisodeCeased.E11 or ReasonEpisodeCeased.E12;

    /// <summary>Why a child is out of a denominator of children adopted in the period.</summary>
    public static string? NotAdopted(ChildHistory child, ReportingPeriod period, Why why) =>
        !why.Explain ? null
        : child.OnlyShortBreaks ? "only short breaks (LS V3/V4), which are not time looked after"
        : child.Periods.IsEmpty ? "no episodes"
        : $"did not cease to be looked after through adoption (REC E11/E12) between {LookedAfterRules.Iso(period.Start)} and {LookedAfterRules.Iso(period.End)}";

    /// <summary>How the adoption is worded in a reason: <c>adopted 2006-11-20 (E11)</c>.</summary>
    public static string Adopted(CarePeriod care) => $"adopted {LookedAfterRules.Iso(care.End!.Value)} ({care.Episodes[^1].ReasonCeased})";

    /// <summary>
    /// The day the child was placed for adoption (NI 61): the first episode of the period of care with a placed-for-adoption
    /// PLACE (A3–A6, legacy A1–A2), else the latest PlacedAdoption DATE_PLACED within the period of care. Null when neither.
    /// </summary>
    public static LocalDate? PlacedForAdoption(ChildHistory child, CarePeriod care, out string source)
    {
        foreach (var episode in care.Episodes)
        {
            if (episode.Placement.IsPlacedForAdoption())
            {
                source = $"first placed-for-adoption episode ({episode.Placement}) began {LookedAfterRules.Iso(episode.Start)}";
                return episode.Start;
            }
        }
        for (int i = child.PlacementsForAdoption.Count - 1; i >= 0; i--)
        {
            var placed = child.PlacementsForAdoption[i].Placed;
            if (placed >= care.Start && placed <= care.End!.Value)
            {
                source = $"PlacedAdoption DATE_PLACED {LookedAfterRules.Iso(placed)}";
                return placed;
            }
        }
        source = "no placed-for-adoption episode (A3–A6, A1–A2) and no PlacedAdoption row in the period of care";
        return null;
    }

    public static int DaysBetween(LocalDate from, LocalDate to) => Period.Between(from, to, PeriodUnits.Days).Days;
}
