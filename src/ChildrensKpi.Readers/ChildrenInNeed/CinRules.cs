using System.Collections.Frozen;
using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>The validation rules of the CIN census, worded once for the XML and the flat CSV forms.</summary>
internal static class CinRules
{
    public static CinCodes ReferralSource { get; } = new(
        ["1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10"],
        "a referral source code (1A–1D, 2A–2B, 3A–3F, 4, 5A–5D, 6–10)");

    public static CinCodes PrimaryNeed { get; } = new(Enumerable.Range(0, 10).Select(n => $"N{n}"), "a primary need code (N0–N9)");

    public static CinCodes ReasonForClosure { get; } = new(Enumerable.Range(1, 9).Select(n => $"RC{n}"), "a closure reason code (RC1–RC9)");

    public static CinCodes CategoryOfAbuse { get; } = new(["NEG", "PHY", "SAB", "EMO", "MUL"], "a category of abuse (NEG, PHY, SAB, EMO, MUL)");

    public static CinCodes GenderCurrent { get; } = new(["0", "1", "2", "9"], "one of 0 (not known), 1 (male), 2 (female), 9 (not specified)");

    public static CinCodes Sex { get; } = new(["M", "F", "U"], "one of M (male), F (female), U (unknown)");

    private static readonly FrozenDictionary<string, bool> Flags = new Dictionary<string, bool>
    {
        ["true"] = true, ["false"] = false, ["1"] = true, ["0"] = false, ["Y"] = true, ["N"] = false,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, AssessmentType> AssessmentTypes = Enum.GetValues<AssessmentType>()
        .ToFrozenDictionary(t => t.ToString(), StringComparer.OrdinalIgnoreCase);

    public static bool TryChildId(in CinField field, out ChildId child, out Rejection? rejection)
    {
        child = default;
        rejection = null;
        if (field.Text is null)
        {
            rejection = field.Reject($"{field.Name} must not be empty");
            return false;
        }
        child = new ChildId(field.Text);
        return true;
    }

    public static bool TryDate(in CinField field, out LocalDate date, out Rejection? rejection)
    {
        rejection = null;
        var read = CellParser.ReadDate(field.Text, out date);
        if (read == DateCell.Valid)
        {
            return true;
        }
        rejection = read == DateCell.OutOfRange ? OutOfRange(field) : field.Reject($"{field.Name} must be a valid date ({CellParser.DateFormats})");
        return false;
    }

    public static bool TryOptionalDate(in CinField field, out LocalDate? date, out Rejection? rejection)
    {
        rejection = null;
        date = null;
        if (field.Text is null)
        {
            return true;
        }
        var read = CellParser.ReadDate(field.Text, out var value);
        if (read == DateCell.Valid)
        {
            date = value;
            return true;
        }
        rejection = read == DateCell.OutOfRange ? OutOfRange(field) : field.Reject($"{field.Name} must be a valid date ({CellParser.DateFormats}) or empty");
        return false;
    }

    private static Rejection OutOfRange(in CinField field) =>
        ValidationRules.CinDateOutOfRange.Reject(field.Path, field.Line, field.Column, field.Text);

    /// <summary>A code from <paramref name="codes"/>, in the list's own spelling, or null when empty.</summary>
    public static bool TryOptionalCode(in CinField field, CinCodes codes, out string? code, out Rejection? rejection)
    {
        rejection = null;
        code = null;
        if (field.Text is null || codes.TryParse(field.Text, out code))
        {
            return true;
        }
        rejection = field.Reject($"{field.Name} must be {codes.Rule} or empty");
        return false;
    }

    public static bool TryOptionalCount(in CinField field, out int? count, out Rejection? rejection)
    {
        rejection = null;
        count = null;
        if (field.Text is null)
        {
            return true;
        }
        if (CellParser.TryDigits(field.Text, out int value))
        {
            count = value;
            return true;
        }
        rejection = field.Reject($"{field.Name} must be a whole number or empty");
        return false;
    }

    public static bool TryOptionalFlag(in CinField field, out bool? flag, out Rejection? rejection)
    {
        rejection = null;
        flag = null;
        if (field.Text is null)
        {
            return true;
        }
        if (Flags.TryGetValue(field.Text, out bool value))
        {
            flag = value;
            return true;
        }
        rejection = field.Reject($"{field.Name} must be true or false (true/false, 1/0 or Y/N) or empty");
        return false;
    }

    public static bool TryAssessmentType(in CinField field, out AssessmentType type, out Rejection? rejection)
    {
        rejection = null;
        if (field.Text is not null && AssessmentTypes.TryGetValue(field.Text, out type))
        {
            return true;
        }
        type = default;
        rejection = field.Reject($"{field.Name} must be Initial, Core or Single");
        return false;
    }

    /// <summary>
    /// Sex from <c>Sex</c> (M, F, U; 2024–25 on) when given, else from <c>GenderCurrent</c> (0, 1, 2, 9); null when
    /// not known, not specified or not given, because the indicators have no use for those apart.
    /// </summary>
    public static bool TrySex(in CinField genderCurrent, in CinField sex, out Sex? value, out Rejection? rejection)
    {
        value = null;
        if (!TryOptionalCode(genderCurrent, GenderCurrent, out var gender, out rejection)
            || !TryOptionalCode(sex, Sex, out var letter, out rejection))
        {
            return false;
        }
        value = (letter ?? gender) switch
        {
            "1" or "M" => ChildrensKpi.Sex.Male,
            "2" or "F" => ChildrensKpi.Sex.Female,
            _ => null,
        };
        return true;
    }

    /// <summary>The rejection of a date that comes before the date it must follow, under the rule's id.</summary>
    public static Rejection Before(in CinField later, ValidationRule rule) => later.Reject(rule.Message) with { RuleId = rule.Id };
}
