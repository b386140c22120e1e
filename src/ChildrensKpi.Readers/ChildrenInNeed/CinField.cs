namespace ChildrensKpi.Readers;

/// <summary>
/// One value of a CIN record where it was found: a CSV cell or an XML element. XML and CSV records are validated by
/// the same rules through it, so a rule reads the same whichever form the census came in.
/// </summary>
/// <param name="Path">The file.</param>
/// <param name="Name">The data item (e.g. <c>CINreferralDate</c>), as the rules name it.</param>
/// <param name="Column">Where it is: the CSV column as headed, or the XML element path (e.g. <c>Child/CINdetails/CINreferralDate</c>).</param>
/// <param name="Line">The line of the CSV row, or of the XML element (of its record when the element is missing).</param>
/// <param name="Text">The value as written, trimmed; null when empty or missing.</param>
internal readonly record struct CinField(string Path, string Name, string Column, long Line, string? Text)
{
    public Rejection Reject(string rule) => new(Path, Line, Column, Text, rule);

    /// <summary>A value of the item that cannot be used (unreadable, or empty where required), under the item's DfE rule (<see cref="Rules.DfeValueRules.CinItem"/>).</summary>
    public Rejection Invalid(string rule) => Reject(rule) with { DfeRuleId = Rules.DfeValueRules.CinItem(Name) };

    /// <summary>
    /// The items read leniently (a bad value dropped, its row used) that an indicator now reads, and which: the warning must
    /// not call them unused. A dropped value reads as not given (a closure date as open, an NFA flag as not NFA).
    /// </summary>
    private static readonly Dictionary<string, string> ReadBy = new(StringComparer.Ordinal)
    {
        ["PersonBirthDate"] = "CIN10K and CIN_BY_NEED read",
        ["CINclosureDate"] = "CIN10K and CIN_BY_NEED read",
        ["ReferralNFA"] = "CIN10K, CIN_BY_NEED and REF_NFA read",
        ["PrimaryNeedCode"] = "CIN_BY_NEED reads",
        ["Disability"] = "CIN_DISABLED reads",
        ["InitialCategoryOfAbuse"] = "CPP_BY_CATEGORY and CPP31_BY_CATEGORY read",
    };

    /// <summary>
    /// The warning on a value that breaks <paramref name="rule"/> in an item read leniently: the value is dropped and its
    /// row used, so that one bad value costs that value only. The message says whether an indicator reads the item, and
    /// then that the value reads as not given.
    /// </summary>
    public ValidationFinding Ignore(string rule, ChildId? child) =>
        new(null, ValidationSeverity.Warn, Path, Line, Column, Text,
            ReadBy.TryGetValue(Name, out var readers)
                ? $"{rule}; the value is read as not given ({readers} {Name}) and the row is used"
                : $"{rule}; the value is not used (no indicator uses {Name}) and the row is used", child?.Value)
        {
            DfeRuleId = Rules.DfeValueRules.CinItem(Name),
        };
}
