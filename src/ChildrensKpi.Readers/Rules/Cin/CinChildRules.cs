using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>The rules of the ChildIdentifiers and ChildCharacteristics tables, one row per child.</summary>
internal static class CinChildRules
{
    private static readonly System.Buffers.SearchValues<char> AsciiAlphanumerics =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static ImmutableArray<CinChildRow> Children(CinReturnTables t) => t.Children;

    /// <summary>1510: a UPN whose first character is not the check letter of characters 2–13. A UPN that is not 13 characters of the right kinds cannot have its check letter computed, and is flagged too (the check letter cannot be right).</summary>
    public static CinCheck Rule1510 { get; } = new CinRowRule<CinChildRow>("1510", Children,
        (_, c) => c.Upn is { } upn && CinUpn.CheckLetter(upn) != upn[0], c => c.Upn);

    /// <summary>1530: characters 2–4 of a present UPN are not one of the local authority numbers given (it needs that list: not run without it). A UPN shorter than 4 characters breaks it.</summary>
    public static CinCheck Rule1530 { get; } = new CinUpnAuthorityRule();

    /// <summary>1540: characters 5–12 of a present UPN are not all digits.</summary>
    public static CinCheck Rule1540 { get; } = new CinRowRule<CinChildRow>("1540", Children,
        (_, c) => c.Upn is { } upn && !CinUpn.DigitsFiveToTwelve(upn), c => c.Upn);

    /// <summary>1550: character 13 of a present UPN is neither a digit nor a UPN letter (a UPN of another length has no valid 13th character).</summary>
    public static CinCheck Rule1550 { get; } = new CinRowRule<CinChildRow>("1550", Children,
        (_, c) => c.Upn is { } upn && !CinUpn.ValidLast(upn), c => c.Upn);

    /// <summary>1560Q: a present FormerUPN that is not of the UPN format (13 characters: UPN letter, 11 digits, digit or UPN letter).</summary>
    public static CinCheck Rule1560Q { get; } = new CinRowRule<CinChildRow>("1560Q", Children,
        (_, c) => c.FormerUpn is { } upn && !CinUpn.WellFormed(upn), c => c.FormerUpn);

    /// <summary>1570: LAchildID longer than 20 characters.</summary>
    public static CinCheck Rule1570 { get; } = new CinRowRule<CinChildRow>("1570", Children,
        (_, c) => c.LAchildID is { Length: > 20 }, c => c.LAchildID);

    /// <summary>1580: LAchildID holds a character that is not an ASCII letter or digit (an underscore or a space breaks it).</summary>
    public static CinCheck Rule1580 { get; } = new CinRowRule<CinChildRow>("1580", Children,
        (_, c) => c.LAchildID is { } id && id.AsSpan().ContainsAnyExcept(AsciiAlphanumerics), c => c.LAchildID);

    /// <summary>8500: LAchildID missing (absent or empty).</summary>
    public static CinCheck Rule8500 { get; } = new CinRowRule<CinChildRow>("8500", Children, (_, c) => c.LAchildID is null, c => c.LAchildID);

    /// <summary>
    /// 4180: from 2024-25, "Sex must be provided and equal M, F, or U": Sex missing or not exactly a code of the year's
    /// list (a file that still writes GenderCurrent has no Sex and breaks it). Until 2023-24, "Gender is missing":
    /// GenderCurrent missing.
    /// </summary>
    public static CinCheck Rule4180 { get; } = new CinRowRule<CinChildRow>("4180", Children,
        (s, c) => s.Year.EndYear >= SexFrom ? !s.IsCode("Sex", c.Sex) : c.GenderCurrent is null, c => c.Sex ?? c.GenderCurrent);

    /// <summary>
    /// 8750: an unborn child (no date of birth, an expected one) whose Sex is not U (from 2024-25), or whose
    /// GenderCurrent is not 0 (until 2023-24: "Gender must equal 0 for an unborn child").
    /// </summary>
    public static CinCheck Rule8750 { get; } = new CinRowRule<CinChildRow>("8750", Children,
        (s, c) => !c.PersonBirthDate.IsDate && c.ExpectedPersonBirthDate.IsDate && (s.Year.EndYear >= SexFrom ? c.Sex != "U" : c.GenderCurrent != "0"),
        c => c.Sex ?? c.GenderCurrent);

    /// <summary>The census year whose Sex item replaced GenderCurrent (2024-25), as <c>cin-census-years.json</c> has it.</summary>
    private static int SexFrom => CinCensusYears.Item("Sex").Years[0].From.EndYear;

    /// <summary>8525Q: both a date of birth and an expected date of birth, or neither (as written: an unreadable date still counts as provided).</summary>
    public static CinCheck Rule8525Q { get; } = new CinRowRule<CinChildRow>("8525Q", Children,
        (_, c) => c.PersonBirthDate.IsMissing == c.ExpectedPersonBirthDate.IsMissing, c => c.PersonBirthDate.Text ?? c.ExpectedPersonBirthDate.Text);

    /// <summary>8535Q: a date of death before the date of birth.</summary>
    public static CinCheck Rule8535Q { get; } = new CinRowRule<CinChildRow>("8535Q", Children,
        (_, c) => c.PersonDeathDate.IsDate && c.PersonBirthDate.IsDate && c.PersonDeathDate.Day < c.PersonBirthDate.Day, c => c.PersonDeathDate.Text);

    /// <summary>8590: a child with no CINdetails block.</summary>
    public static CinCheck Rule8590 { get; } = new CinRowRule<CinChildRow>("8590", Children, (_, c) => c.DetailsCount == 0, c => c.LAchildID);

    /// <summary>8545Q: a date of death outside the census year.</summary>
    public static CinCheck Rule8545Q { get; } = new CinWithinCensusYear<CinChildRow>("8545Q", Children, c => c.PersonDeathDate);

    /// <summary>8520: a date of birth after the end of the census period (the reference date).</summary>
    public static CinCheck Rule8520 { get; } = new CinWithinCensusYear<CinChildRow>("8520", Children, c => c.PersonBirthDate, onlyAfter: true);

    /// <summary>
    /// 8530Q: an expected date of birth outside "March to December of the Census Year end": from 1 March of the year
    /// the census ends in (the reference date's year) to 31 December of that year, both included.
    /// </summary>
    public static CinCheck Rule8530Q { get; } = new CinRowRule<CinChildRow>("8530Q", Children, (s, c) =>
        c.ExpectedPersonBirthDate.IsDate && s.Tables.HasPeriod && OutsideMarchToDecember(c.ExpectedPersonBirthDate.Day, s.Tables.PeriodEnd),
        c => c.ExpectedPersonBirthDate.Text);

    private static bool OutsideMarchToDecember(int day, int referenceDay)
    {
        int year = DayNumbers.ToDate(referenceDay).Year;
        return day < DayNumbers.Of(new NodaTime.LocalDate(year, 3, 1)) || day > DayNumbers.Of(new NodaTime.LocalDate(year, 12, 31));
    }

    /// <summary>4220: Ethnicity missing or not exactly a code of the year's list. The row is the child's ChildCharacteristics element.</summary>
    public static CinCheck Rule4220 { get; } = new CinCharacteristicsRule("4220", (s, c) => !s.IsCode("Ethnicity", c.Ethnicity), c => c.Ethnicity);

    /// <summary>8772: UPNunknown is UN7 (referral with no further action) but one of the child's CINdetails blocks is not a referral with no further action (ReferralNFA false).</summary>
    public static CinCheck Rule8772 { get; } = new CinRowRule<CinChildRow>("8772", Children, (s, c) =>
        c.UpnUnknown == "UN7" && CinDetailsRules.Rows(s.Tables.Details, c.FirstDetails..(c.FirstDetails + c.DetailsCount)).Any(d => CinFlags.IsFalse(d.ReferralNfa)),
        c => c.UpnUnknown);

    /// <summary>
    /// 8770Q. From 2024-25, "UPN is missing or reason UPN is missing or is UN1 for a child who is of school age": a child
    /// of compulsory school age on the reference date (<see cref="CinSchoolAge"/>) with no UPN whose UPNunknown is
    /// missing or UN1 (UN1 says the child is under 6 and not yet at school). Reading the "or"s as separate conditions
    /// would flag every child with a UPN and no reason, so the missing UPN is taken as the condition of both. Until
    /// 2023-24, "UPN or reason UPN missing expected for a child who is more than 5 years old": no UPN and no UPNunknown,
    /// the fifth birthday before the reference date.
    /// </summary>
    public static CinCheck Rule8770Q { get; } = new CinRowRule<CinChildRow>("8770Q", Children, (s, c) =>
    {
        if (c.Upn is not null || !c.PersonBirthDate.IsDate || !s.Tables.HasPeriod)
        {
            return false;
        }
        return s.Year.EndYear >= SchoolAgeFrom
            ? c.UpnUnknown is null or "UN1" && CinSchoolAge.On(DayNumbers.ToDate(c.PersonBirthDate.Day), DayNumbers.ToDate(s.Tables.PeriodEnd))
            : c.UpnUnknown is null && DayNumbers.PlusYears(c.PersonBirthDate.Day, 5) < s.Tables.PeriodEnd;
    }, c => c.UpnUnknown);

    /// <summary>The census year (ending 2025: 2024-25) whose rule list rewords 8770Q from "more than 5 years old" to "of school age".</summary>
    private const int SchoolAgeFrom = 2025;

    public static IEnumerable<CinCheck> All =>
    [
        Rule1510, Rule1530, Rule1540, Rule1550, Rule1560Q, Rule1570, Rule1580, Rule8500, Rule4180, Rule8750, Rule8525Q, Rule8535Q,
        Rule8590, Rule8545Q, Rule8520, Rule8530Q, Rule4220, Rule8772, Rule8770Q, new CinOverTwentyFive(), new CinDuplicateId("1520", c => c.Upn), new CinDuplicateId("8510", c => c.LAchildID),
    ];
}
