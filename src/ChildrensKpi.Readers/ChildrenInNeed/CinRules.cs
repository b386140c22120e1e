using System.Collections.Frozen;
using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>
/// The validation rules of the CIN census, worded once for the XML and the flat CSV forms. An item an indicator uses
/// (a date that starts or stops a clock, a conference, a plan's count of previous plans) that is unreadable rejects its
/// record; an item read leniently (the characteristics, a referral's codes, closure and NFA, ...) that is unreadable, or a
/// code outside its year's list, is a warning on that item (<see cref="CinField.Ignore"/>) and its record is used without it.
/// </summary>
internal static class CinRules
{
    private static readonly FrozenDictionary<string, bool> Flags = new Dictionary<string, bool>
    {
        ["true"] = true, ["false"] = false, ["1"] = true, ["0"] = false, ["Y"] = true, ["N"] = false,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, AssessmentType> AssessmentTypes = Enum.GetValues<AssessmentType>()
        .ToFrozenDictionary(t => t.ToString(), StringComparer.OrdinalIgnoreCase);

    private const string FlagRule = "must be true or false (true/false, 1/0 or Y/N) or empty";

    public static bool TryDate(in CinField field, out LocalDate date, out Rejection? rejection)
    {
        rejection = null;
        var read = CinDate.Read(field.Text, out date);
        if (read == DateCell.Valid)
        {
            return true;
        }
        rejection = read == DateCell.OutOfRange ? OutOfRange(field) : field.Invalid($"{field.Name} must be a valid date ({CellParser.DateFormats})");
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
        var read = CinDate.Read(field.Text, out var value);
        if (read == DateCell.Valid)
        {
            date = value;
            return true;
        }
        rejection = read == DateCell.OutOfRange ? OutOfRange(field) : field.Invalid(DateRule(field));
        return false;
    }

    /// <summary>A date read leniently (<see cref="CinField.Ignore"/>): null, with a warning, when it is unreadable.</summary>
    public static LocalDate? OptionalDateOrIgnore(in CinField field, ChildId child, Action<ValidationFinding> warn)
    {
        if (field.Text is null)
        {
            return null;
        }
        var read = CinDate.Read(field.Text, out var value);
        if (read == DateCell.Valid)
        {
            return value;
        }
        warn(field.Ignore(read == DateCell.OutOfRange ? ValidationRules.CinDateOutOfRange.Message : DateRule(field), child));
        return null;
    }

    /// <summary>
    /// A code read leniently (<see cref="CinField.Ignore"/>), in the list's own spelling, checked against the codes of the record's year
    /// (<see cref="CinCensusYears"/>); null, with a warning naming the years it is valid in, when it is not one of them.
    /// </summary>
    public static string? CodeOrIgnore(in CinField field, CinCollectionYear? year, ChildId child, Action<ValidationFinding> warn)
    {
        if (field.Text is null)
        {
            return null;
        }
        if (CinCensusYears.Item(field.Name).Check(field.Text, year, out var code) is { } rule)
        {
            warn(field.Ignore(rule, child));
        }
        return code;
    }

    /// <summary>A flag read leniently (ReferralNFA, <see cref="CinField.Ignore"/>): null, with a warning, when unreadable.</summary>
    public static bool? FlagOrIgnore(in CinField field, ChildId child, Action<ValidationFinding> warn)
    {
        if (field.Text is null)
        {
            return null;
        }
        if (Flags.TryGetValue(field.Text, out bool value))
        {
            return value;
        }
        warn(field.Ignore($"{field.Name} {FlagRule}", child));
        return null;
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
        rejection = field.Invalid($"{field.Name} must be a whole number or empty");
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
        rejection = field.Invalid($"{field.Name} {FlagRule}");
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
        rejection = field.Invalid($"{field.Name} must be Initial, Core or Single");
        return false;
    }

    /// <summary>
    /// Sex from <c>Sex</c> (M, F, U; collected from 2024–25) when given, else from <c>GenderCurrent</c> (0, 1, 2, 9; to
    /// 2023–24), each checked against its years; null when not known, not specified, not given or not valid in the
    /// year, because the indicators have no use for those apart (only breakdowns read sex).
    /// </summary>
    public static Sex? SexOrIgnore(in CinField genderCurrent, in CinField sex, CinCollectionYear? year, ChildId child, Action<ValidationFinding> warn)
    {
        var gender = CodeOrIgnore(genderCurrent, year, child, warn);
        var letter = CodeOrIgnore(sex, year, child, warn);
        return (letter ?? gender) switch
        {
            "1" or "M" => ChildrensKpi.Sex.Male,
            "2" or "F" => ChildrensKpi.Sex.Female,
            _ => null,
        };
    }

    /// <summary>The rejection of a date that comes before the date it must follow, under the rule's id.</summary>
    public static Rejection Before(in CinField later, ValidationRule rule) => later.Reject(rule.Message) with { RuleId = rule.Id, DfeRuleId = rule.DfeRuleId };

    private static string DateRule(in CinField field) => $"{field.Name} must be a valid date ({CellParser.DateFormats}) or empty";

    private static Rejection OutOfRange(in CinField field) =>
        ValidationRules.CinDateOutOfRange.Reject(field.Path, field.Line, field.Column, field.Text) with { DfeRuleId = Rules.DfeValueRules.CinItem(field.Name) };
}
