using NodaTime;

namespace ChildrensKpi;

/// <summary>Age in completed years, as the statutory returns count it.</summary>
public static class Age
{
    /// <summary>
    /// The age in completed years on <paramref name="date"/> of someone born on <paramref name="dateOfBirth"/>.
    /// A child born on 29 February has a birthday on 28 February in other years.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before <paramref name="dateOfBirth"/>.</exception>
    public static int InYears(LocalDate dateOfBirth, LocalDate date)
    {
        if (date < dateOfBirth)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date,
                $"Age is asked on {ReportingPeriod.Iso(date)}, before the date of birth {ReportingPeriod.Iso(dateOfBirth)}.");
        }
        int years = date.Year - dateOfBirth.Year;
        return Birthday(dateOfBirth, years) > date ? years - 1 : years;
    }

    /// <summary>
    /// The day someone born on <paramref name="dateOfBirth"/> reaches <paramref name="years"/> years of age
    /// (a 29 February birthday falls on 28 February in years that are not leap years).
    /// </summary>
    public static LocalDate Birthday(LocalDate dateOfBirth, int years) => dateOfBirth.PlusYears(years);
}
