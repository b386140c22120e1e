using NodaTime;

namespace ChildrensKpi;

/// <summary>What the adoption indicators (PAF C23, NI 61, the adoption scorecard) share: who was adopted in the period, and when.</summary>
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
    /// The day the child was placed for adoption (NI 61): the start of the placement for adoption the child was adopted
    /// from, the last run of placed-for-adoption episodes (PLACE A3–A6, legacy A1–A2) before the adoption, temporary
    /// episodes (T0–T4, a hospital stay) within it skipped, so an earlier placement for adoption that disrupted does not
    /// count; for a foster carer who adopts (RNE T/U into A3–A6) the day the episode changed to A3–A6. Null when the child
    /// was not adopted from a placed-for-adoption episode.
    /// </summary>
    public static LocalDate? PlacedForAdoption(CarePeriod care, out string source)
    {
        int first = PlacedForAdoptionEpisode(care);
        if (first < 0)
        {
            source = "not adopted from a placed-for-adoption episode (A3–A6, A1–A2)";
            return null;
        }
        var placed = care.Episodes[first];
        source = $"placed for adoption ({placed.Placement}) {LookedAfterRules.Iso(placed.Start)}, the placement adopted from";
        return placed.Start;
    }

    /// <summary>
    /// The index in <see cref="CarePeriod.Episodes"/> of the first episode of the last unbroken run of placed-for-adoption
    /// episodes (A3–A6, A1–A2) before the adoption, temporary episodes within it skipped (<see cref="PlacedForAdoption"/>);
    /// -1 when the child was not adopted from one.
    /// </summary>
    public static int PlacedForAdoptionEpisode(CarePeriod care)
    {
        var episodes = care.Episodes;
        int first = -1;
        for (int i = episodes.Count - 1; i >= 0; i--)
        {
            var place = episodes[i].Placement;
            if (place.IsPlacedForAdoption())
            {
                first = i;
            }
            else if (!place.IsTemporary())
            {
                break;
            }
        }
        return first;
    }

    /// <summary>
    /// The decision that the child should be placed for adoption: AD1 DATE_INT; where AD1 lacks it, the latest PlacedAdoption
    /// DATE_PLACED within the period of care, which despite its name is the date of that decision (DfE rules 115, 552).
    /// Null when neither.
    /// </summary>
    public static LocalDate? DecisionToPlace(ChildHistory child, CarePeriod care, out string source)
    {
        if (child.Adoption?.DecisionDate is { } decision)
        {
            source = $"decision {LookedAfterRules.Iso(decision)}";
            return decision;
        }
        for (int i = child.PlacementsForAdoption.Count - 1; i >= 0; i--)
        {
            var date = child.PlacementsForAdoption[i].Placed;
            if (date >= care.Start && date <= care.End!.Value)
            {
                source = $"decision {LookedAfterRules.Iso(date)} (PlacedAdoption DATE_PLACED, no AD1 DATE_INT)";
                return date;
            }
        }
        source = "no AD1 DATE_INT and no PlacedAdoption DATE_PLACED in the period of care (decision to place for adoption)";
        return null;
    }

    public static int DaysBetween(LocalDate from, LocalDate to) => Period.Between(from, to, PeriodUnits.Days).Days;
}
