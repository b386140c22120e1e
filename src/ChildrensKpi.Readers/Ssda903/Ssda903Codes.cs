using System.Collections.Concurrent;
using System.Globalization;

namespace ChildrensKpi.Readers;

/// <summary>
/// The SSDA903 code lists the reader checks, for one collection year: each year's codes come from
/// <see cref="Ssda903Schedule"/>; what each code means (its enum value) is here, so that a year that only adds or removes
/// known codes is data alone, and a new code fails fast until its meaning is named.
/// </summary>
internal sealed class Ssda903Codes
{
    // The codes whose meanings are not their enum names, each pair written once and read both ways: a code as read to its
    // meaning (the code lists), a meaning to its code as written (Written). Before AnyYear: its constructor reads them.
    private static readonly (string Code, InTouch Meaning)[] InTouchCodes =
    [
        ("YES", ChildrensKpi.InTouch.Yes), ("NO", ChildrensKpi.InTouch.No), ("DIED", ChildrensKpi.InTouch.Died),
        ("REFU", ChildrensKpi.InTouch.RefusesContact), ("NREQ", ChildrensKpi.InTouch.NoLongerRequiresServices),
        ("RHOM", ChildrensKpi.InTouch.ReturnedHome),
    ];

    private static readonly (string Code, MissingKind Meaning)[] MissingKindCodes =
    [
        ("M", ChildrensKpi.MissingKind.Missing), ("A", ChildrensKpi.MissingKind.AwayWithoutAuthorisation),
    ];

    private const string NoInformationCode = "0";

    private static readonly ConcurrentDictionary<CollectionYear, Ssda903Codes> ByYear = new();

    private Ssda903Codes(CollectionYear? year)
    {
        ReasonForNewEpisode = List("Episodes", "RNE", year, Enum.Parse<ReasonForNewEpisode>);
        LegalStatus = List("Episodes", "LS", year, Enum.Parse<LegalStatus>);
        Placement = List("Episodes", "PLACE", year, Enum.Parse<PlacementType>);
        ReasonCeased = List("Episodes", "REC", year, Enum.Parse<ReasonEpisodeCeased>);
        Sex = List("Header", "SEX", year, SexOf);
        UascSex = List("UASC", "SEX", year, SexOf);
        InTouch = List("OC3", "IN_TOUCH", year, code => MeaningOf(InTouchCodes, "OC3", "IN_TOUCH", code));
        Activity = List("OC3", "ACTIV", year, code => code == NoInformationCode ? CareLeaverActivity.NoInformation : Enum.Parse<CareLeaverActivity>(code));
        ReviewParticipation = List("Reviews", "REVIEW_CODE", year, Enum.Parse<ReviewParticipation>);
        MissingKind = List("Missing", "MISSING", year, code => MeaningOf(MissingKindCodes, "Missing", "MISSING", code));
        // A social worker change reason is kept as its code: the list's position names it.
        var reasons = CodesOf("SWEpisodes", "SW_REASON", year);
        SocialWorkerChange = List("SWEpisodes", "SW_REASON", year, code => reasons.IndexOf(code));
        SocialWorkerChangeCodes = [.. reasons];
    }

    /// <summary>The lists of <paramref name="year"/>, built on first use.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The schedule does not describe <paramref name="year"/>.</exception>
    public static Ssda903Codes For(CollectionYear year) =>
        Ssda903Schedule.Current.Knows(year) ? ByYear.GetOrAdd(year, y => new Ssda903Codes(y))
        : throw new ArgumentOutOfRangeException(nameof(year), year, "The schedule does not describe this collection year.");

    /// <summary>
    /// Every year's codes together, for a file nothing dates (a lone Header, OC2 or OC3 file with no year given or in its
    /// name): a code cannot be said to be from the wrong year when the year is not known.
    /// </summary>
    public static Ssda903Codes AnyYear { get; } = new(null);

    public CodeList<ReasonForNewEpisode> ReasonForNewEpisode { get; }

    public CodeList<LegalStatus> LegalStatus { get; }

    public CodeList<PlacementType> Placement { get; }

    public CodeList<ReasonEpisodeCeased> ReasonCeased { get; }

    /// <summary>Header SEX: 1/2 up to 2023-24, M/F/U from 2024-25.</summary>
    public CodeList<Sex> Sex { get; }

    /// <summary>UASC SEX, which changed with the Header's.</summary>
    public CodeList<Sex> UascSex { get; }

    public CodeList<InTouch> InTouch { get; }

    public CodeList<CareLeaverActivity> Activity { get; }

    public CodeList<ReviewParticipation> ReviewParticipation { get; }

    public CodeList<MissingKind> MissingKind { get; }

    /// <summary>SW_REASON, as the position of the code in <see cref="SocialWorkerChangeCodes"/>.</summary>
    public CodeList<int> SocialWorkerChange { get; }

    public IReadOnlyList<string> SocialWorkerChangeCodes { get; }

    /// <summary>A flag column (OC2): not a code list of the return's schema, the same in every year.</summary>
    public static CodeList<bool> Flag { get; } = new(
        [
            KeyValuePair.Create("true", true), KeyValuePair.Create("false", false),
            KeyValuePair.Create("1", true), KeyValuePair.Create("0", false),
            KeyValuePair.Create("Y", true), KeyValuePair.Create("N", false),
        ],
        "true/false, 1/0 or Y/N");

    /// <summary>
    /// A value a merged table keeps (<see cref="MergedRecords{TKey}"/>) as the return writes it, for the messages and the
    /// value of a warning or conflict: IN_TOUCH, MISSING and ACTIV 0 by their codes, not their meanings' names (NO, not
    /// No); a flag (OC2, AD1 FOSTER_CARE) as 1 or 0, OC2's Y/N and true/false being read as the same flags; a date
    /// dd/mm/yyyy (<see cref="MergedCopy.Display"/>).
    /// </summary>
    public static string Written(object? value) => value switch
    {
        bool flag => flag ? "1" : "0",
        ChildrensKpi.InTouch inTouch => CodeOf(InTouchCodes, inTouch),
        ChildrensKpi.MissingKind kind => CodeOf(MissingKindCodes, kind),
        CareLeaverActivity.NoInformation => NoInformationCode,
        _ => MergedCopy.Display(value),
    };

    private static T MeaningOf<T>((string Code, T Meaning)[] codes, string table, string column, string code)
        where T : struct
    {
        foreach (var (known, meaning) in codes)
        {
            if (known == code)
            {
                return meaning;
            }
        }
        throw Unnamed(table, column, code);
    }

    private static string CodeOf<T>((string Code, T Meaning)[] codes, T meaning)
        where T : struct, Enum
    {
        foreach (var (code, known) in codes)
        {
            if (EqualityComparer<T>.Default.Equals(known, meaning))
            {
                return code;
            }
        }
        return meaning.ToString();
    }

    private static CodeList<T> List<T>(string table, string column, CollectionYear? year, Func<string, T> meaning)
        where T : struct
    {
        var codes = CodesOf(table, column, year);
        var pairs = codes.Select(c => KeyValuePair.Create(c, meaning(c)));
        return year is { } known
            ? new CodeList<T>(pairs, $"one of the {known} {column} codes ({Compact(codes)})", Ssda903Schedule.Current.History(table, column), known)
            : new CodeList<T>(pairs, $"one of the {column} codes of any collection year ({Compact(codes)})");
    }

    /// <summary>The column's codes in <paramref name="year"/>, or in any year (each once, in the order first listed) when null.</summary>
    private static List<string> CodesOf(string table, string column, CollectionYear? year)
    {
        var schedule = Ssda903Schedule.Current;
        return year is { } known
            ? [.. schedule.Codes(table, column, known) ?? []]
            : [.. schedule.Years.SelectMany(y => schedule.Codes(table, column, y) ?? []).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static Sex SexOf(string code) => code switch
    {
        "1" or "M" => ChildrensKpi.Sex.Male,
        "2" or "F" => ChildrensKpi.Sex.Female,
        "U" => ChildrensKpi.Sex.Unknown,
        _ => throw Unnamed("Header/UASC", "SEX", code),
    };

    private static InvalidOperationException Unnamed(string table, string column, string code) =>
        new($"ssda903-years.json lists {table} {column} code {code}, whose meaning the reader does not know: name it in Ssda903Codes.");

    /// <summary>The codes in order, runs of three or more with one prefix and consecutive numbers written as ranges (<c>U1–U6</c>).</summary>
    private static string Compact(List<string> codes)
    {
        static (string Prefix, int Number) Split(string code)
        {
            int digits = code.Length;
            while (digits > 0 && char.IsAsciiDigit(code[digits - 1]))
            {
                digits--;
            }
            return digits == code.Length || digits == 0 ? (code, -1) : (code[..digits], int.Parse(code.AsSpan(digits), CultureInfo.InvariantCulture));
        }
        var ordered = codes.Select(c => (Code: c, Parts: Split(c))).OrderBy(c => c.Parts.Prefix, StringComparer.Ordinal).ThenBy(c => c.Parts.Number).ToList();
        var written = new List<string>();
        for (int i = 0; i < ordered.Count;)
        {
            int j = i;
            while (j + 1 < ordered.Count && ordered[i].Parts.Number >= 0 && ordered[j + 1].Parts.Prefix == ordered[i].Parts.Prefix
                && ordered[j + 1].Parts.Number == ordered[j].Parts.Number + 1)
            {
                j++;
            }
            if (j - i >= 2)
            {
                written.Add($"{ordered[i].Code}–{ordered[j].Code}");
            }
            else
            {
                written.AddRange(ordered.Skip(i).Take(j - i + 1).Select(c => c.Code));
            }
            i = j + 1;
        }
        return string.Join(", ", written);
    }
}
