using NodaTime;

namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>
/// Compulsory school age in England (Education Act 1996, s. 8), for 8770Q: a child is of compulsory school age from the
/// prescribed day (31 December, 31 March or 31 August) on or after the fifth birthday, until the school leaving date,
/// the last Friday in June of the school year (1 September to 31 August) in which the child turns 16.
/// </summary>
internal static class CinSchoolAge
{
    /// <summary>Whether a child born on <paramref name="birth"/> is of compulsory school age on <paramref name="day"/>.</summary>
    public static bool On(LocalDate birth, LocalDate day)
    {
        var fifth = birth.PlusYears(5);
        var starts = new[] { new LocalDate(fifth.Year, 3, 31), new LocalDate(fifth.Year, 8, 31), new LocalDate(fifth.Year, 12, 31) }.First(d => d >= fifth);
        var sixteenth = birth.PlusYears(16);
        int leavingYear = sixteenth.Month >= 9 ? sixteenth.Year + 1 : sixteenth.Year;
        var leaving = new LocalDate(leavingYear, 6, 30);
        while (leaving.DayOfWeek != IsoDayOfWeek.Friday)
        {
            leaving = leaving.PlusDays(-1);
        }
        return day >= starts && day <= leaving;
    }
}
