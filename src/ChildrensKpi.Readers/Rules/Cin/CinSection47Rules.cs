using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>The rules of the Section47 table, one row per enquiry.</summary>
internal static class CinSection47Rules
{
    private static ImmutableArray<CinSection47Row> Enquiries(CinReturnTables t) => t.Section47;

    /// <summary>An enquiry still open: no initial conference held and none said not to be required.</summary>
    private static bool IsOpen(CinSection47Row e) => e.DateOfInitialCpc.IsMissing && !CinFlags.IsTrue(e.IcpcNotRequired);

    /// <summary>8615: the start date missing (or not a date), or after the date of the initial conference.</summary>
    public static CinCheck Rule8615 { get; } = new CinRowRule<CinSection47Row>("8615", Enquiries,
        (_, e) => !e.StartDate.IsDate || (e.DateOfInitialCpc.IsDate && e.StartDate.Day > e.DateOfInitialCpc.Day), e => e.StartDate.Text);

    /// <summary>8715: a date of initial conference present and outside the census year.</summary>
    public static CinCheck Rule8715 { get; } = new CinWithinCensusYear<CinSection47Row>("8715", Enquiries, e => e.DateOfInitialCpc);

    /// <summary>
    /// 8675Q: an open enquiry (no initial conference, none said not to be required) that started more than 15 working
    /// days before the end of the census year.
    /// </summary>
    public static CinCheck Rule8675Q { get; } = new CinRowRule<CinSection47Row>("8675Q", Enquiries, (s, e) =>
        IsOpen(e) && e.StartDate.IsDate && s.Tables.HasPeriod && CinWorkingDays.MoreThanBefore(e.StartDate.Day, s.Tables.PeriodEnd, 15),
        e => e.StartDate.Text);

    /// <summary>8839: two or more open enquiries in one CINdetails block; each is flagged.</summary>
    public static CinCheck Rule8839 { get; } = new CinRowRule<CinSection47Row>("8839", Enquiries, (s, e) =>
        IsOpen(e) && CinDetailsRules.Rows(s.Tables.Section47, s.DetailsOf(e.Details).Section47).Count(IsOpen) > 1, e => e.StartDate.Text);

    /// <summary>8870Q: the target date of the initial conference on a Saturday or Sunday.</summary>
    public static CinCheck Rule8870Q { get; } = new CinRowRule<CinSection47Row>("8870Q", Enquiries, (_, e) => IsWeekend(e.InitialCpcTarget), e => e.InitialCpcTarget.Text);

    /// <summary>8875: the date of the initial conference on a Saturday or Sunday.</summary>
    public static CinCheck Rule8875 { get; } = new CinRowRule<CinSection47Row>("8875", Enquiries, (_, e) => IsWeekend(e.DateOfInitialCpc), e => e.DateOfInitialCpc.Text);

    /// <summary>
    /// 8890: an enquiry starting while another of the same child is ongoing: on or after the other's start and before
    /// its initial conference (or, open, with none held or said not required).
    /// </summary>
    public static CinCheck Rule8890 { get; } = new CinRowRule<CinSection47Row>("8890", Enquiries, (s, e) =>
    {
        if (!e.StartDate.IsDate)
        {
            return false;
        }
        var child = s.ChildOf(e.Child);
        foreach (var details in CinDetailsRules.Rows(s.Tables.Details, child.FirstDetails..(child.FirstDetails + child.DetailsCount)))
        {
            foreach (var other in CinDetailsRules.Rows(s.Tables.Section47, details.Section47))
            {
                if (!ReferenceEquals(other, e) && other.StartDate.IsDate && other.StartDate.Day <= e.StartDate.Day
                    && (other.DateOfInitialCpc.IsDate ? e.StartDate.Day < other.DateOfInitialCpc.Day : IsOpen(other)))
                {
                    return true;
                }
            }
        }
        return false;
    }, e => e.StartDate.Text);

    private static bool IsWeekend(CinDay day) =>
        day.IsDate && DayNumbers.ToDate(day.Day).DayOfWeek is NodaTime.IsoDayOfWeek.Saturday or NodaTime.IsoDayOfWeek.Sunday;

    public static IEnumerable<CinCheck> All =>
    [
        Rule8615, Rule8715, Rule8675Q, Rule8839, Rule8870Q, Rule8875, Rule8890, new CinConferenceTwice(), new CinSection47Open("8740"),
        new CinBeforeReferral<CinSection47Row>("1104", t => t.Section47, d => d.Section47, e => e.DateOfInitialCpc),
        new CinBeforeReferral<CinSection47Row>("2889", t => t.Section47, d => d.Section47, e => e.StartDate),
    ];
}
