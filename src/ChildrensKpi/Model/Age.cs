using NodaTime;

namespace ChildrensKpi;

/// <summary>Age in completed years, as the statutory returns count it.</summary>
public static class Age
{
    /// <summary>
    /// The age in completed years on <paramref name="date"/> of someone born on <paramref name="dateOfBirth"/>.
    /// A child born on 29 February attains an age on 1 March in a year that is not a leap year (English practice).
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
    /// (a 29 February birthday falls on 1 March in years that are not leap years).
    /// </summary>
    /// <remarks>
    /// <para>A person attains an age at the start of the anniversary of their birth (Family Law Reform Act 1969, s. 9); in a
    /// year without a 29 February, the anniversary of a 29 February birth is taken in England as 1 March, the day after
    /// 28 February, not 28 February itself (NodaTime's <c>PlusYears</c> would truncate to 28 February).</para>
    /// <para>A date of birth within <see cref="SupportedDates"/> (all the readers accept) has every birthday an indicator asks
    /// for; one near the ends of NodaTime's calendar, in a record built directly, may not.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The birthday would fall outside NodaTime's ISO calendar (after 9999-12-31, or before year -9998): e.g. the 19th
    /// birthday of someone born in 9990.
    /// </exception>
    public static LocalDate Birthday(LocalDate dateOfBirth, int years)
    {
        // long: a year count near int.MaxValue must be refused, not wrapped round into the calendar.
        long year = (long)dateOfBirth.Year + years;
        if (year < CalendarSystem.Iso.MinYear || year > CalendarSystem.Iso.MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(years), years,
                $"Someone born on {ReportingPeriod.Iso(dateOfBirth)} is {years} years old in the year {year}, outside the calendar " +
                $"(years {CalendarSystem.Iso.MinYear} to {CalendarSystem.Iso.MaxYear}); dates of birth in {SupportedDates.Description} always have the birthday.");
        }
        var birthday = dateOfBirth.PlusYears(years);
        // PlusYears truncates 29 February to 28 February in a common year; the anniversary is the day after.
        return dateOfBirth is { Month: 2, Day: 29 } && birthday.Day == 28 ? birthday.PlusDays(1) : birthday;
    }
}
