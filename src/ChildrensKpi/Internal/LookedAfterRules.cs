using NodaTime;

namespace ChildrensKpi;

/// <summary>Wording and tests shared by the looked-after indicators, so every result words a rule the same way.</summary>
internal static class LookedAfterRules
{
    public const string StartsBeforeDataFlag =
        "; history begins part way through a period of care (first episode's RNE is not S): earlier episodes are not in the data";

    public static string Iso(LocalDate date) => ReportingPeriod.Iso(date);

    /// <summary>The reason a child with no period of care open on <paramref name="date"/> is out of a denominator.</summary>
    public static string? NotLookedAfter(ChildHistory child, LocalDate date, Why why) =>
        !why.Explain ? null
        : child.OnlyShortBreaks ? "only short breaks (LS V3/V4), which are not time looked after"
        : child.Periods.IsEmpty ? "no episodes"
        : $"not looked after on {Iso(date)}";

    /// <summary>A note counting the children in a denominator whose history begins part way through a period of care.</summary>
    public static string? StartsBeforeDataNote(int count) => count == 0
        ? null
        : $"{count} {(count == 1 ? "child's decision rests on a history that begins" : "children's decisions rest on histories that begin")} part way through a period of care (first episode's RNE is not S): episodes before the first file read are not known; read earlier years' files to complete them.";

    /// <summary>
    /// The child's age in completed years on <paramref name="date"/>; returns the reason for exclusion when it cannot be
    /// known (no date of birth, or born after the date), else null.
    /// </summary>
    public static string? AgeOn(ChildHistory child, LocalDate date, out int age)
    {
        age = 0;
        if (child.DateOfBirth is not { } dateOfBirth)
        {
            return "no date of birth (no Header, OC3 or OC2 row), so the age is unknown";
        }
        if (dateOfBirth > date)
        {
            return $"date of birth {Iso(dateOfBirth)} is after {Iso(date)}";
        }
        age = Age.InYears(dateOfBirth, date);
        return null;
    }

    /// <summary>Whether the child was looked after at any time in the period: a period of care that began on or before its end and did not end on or before its start.</summary>
    public static bool LookedAfterDuring(ChildHistory child, ReportingPeriod period)
    {
        foreach (var p in child.Periods)
        {
            if (p.IsOpenDuring(period))
            {
                return true;
            }
        }
        return false;
    }
}
