using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// The care-leaver cohort of NI 147 and NI 148: young people whose 19th birthday falls in the period and who
/// were looked after (not on short breaks) on the 1 April when they were 16; those who died are excluded.
/// </summary>
internal static class CareLeaverCohort
{
    /// <summary>Whether the young person is in the cohort; when not, <paramref name="excluded"/> says why.</summary>
    public static bool IsInCohort(ChildHistory child, ReportingPeriod period, Why why, out Decision excluded)
    {
        excluded = default;
        if (child.DateOfBirth is not { } dateOfBirth)
        {
            excluded = Decision.Excluded(why, "no date of birth (no Header or OC3 row), so the 19th birthday is unknown");
            return false;
        }
        var nineteenth = Age.Birthday(dateOfBirth, 19);
        if (!period.Contains(nineteenth))
        {
            excluded = Decision.Excluded(why, $"19th birthday {LookedAfterRules.Iso(nineteenth)} is not in the period");
            return false;
        }
        if (child.CareLeaver?.InTouch == InTouch.Died)
        {
            excluded = Decision.Excluded(why, "died (OC3 IN_TOUCH DIED)");
            return false;
        }
        var aprilAt16 = FirstAprilOnOrAfter(Age.Birthday(dateOfBirth, 16));
        if (child.CareLeaver is null && child.PeriodOpenOn(aprilAt16) is null)
        {
            excluded = Decision.Excluded(why, $"not looked after on {LookedAfterRules.Iso(aprilAt16)}, the 1 April when aged 16, and no OC3 row");
            return false;
        }
        return true;
    }

    /// <summary>
    /// Why the young person is in the cohort: looked after at 16 by the episodes, or only by the council's OC3 return
    /// (the episodes read do not show it, e.g. because they begin later).
    /// </summary>
    public static string Evidence(ChildHistory child)
    {
        var aprilAt16 = FirstAprilOnOrAfter(Age.Birthday(child.DateOfBirth!.Value, 16));
        return child.PeriodOpenOn(aprilAt16) is null
            ? $"in the cohort by its OC3 row (the episodes read do not show care on {LookedAfterRules.Iso(aprilAt16)})"
            : $"looked after on {LookedAfterRules.Iso(aprilAt16)} aged 16";
    }

    /// <summary>The 1 April on which someone whose 16th birthday is <paramref name="sixteenth"/> is aged 16.</summary>
    internal static LocalDate FirstAprilOnOrAfter(LocalDate sixteenth)
    {
        var april = new LocalDate(sixteenth.Year, 4, 1);
        return april >= sixteenth ? april : april.PlusYears(1);
    }

    /// <summary>Whether the OC3 row may count towards a numerator: in touch, or no longer needing services, or returned home.</summary>
    public static bool IsInTouch(CareLeaverOutcome outcome) =>
        outcome.InTouch is InTouch.Yes or InTouch.NoLongerRequiresServices or InTouch.ReturnedHome;

    public static string OutOfTouchReason(CareLeaverOutcome? outcome) => outcome is null
        ? "no OC3 row (counts in the denominator only)"
        : $"OC3 IN_TOUCH {outcome.InTouch.Code()} (not in touch)";
}
