namespace ChildrensKpi;

/// <summary>A row, or a whole file, that broke a validation rule and was not used.</summary>
/// <param name="Path">The file.</param>
/// <param name="Line">The 1-based line of the file where the row starts (the header row is line 1).</param>
/// <param name="Column">The column (for XML, the element path) holding the offending value.</param>
/// <param name="Value">The offending value as written; <see langword="null"/> when it was missing.</param>
/// <param name="Rule">The rule broken, in words (e.g. <c>DECOM must be a valid date (dd/mm/yyyy)</c>).</param>
public sealed record Rejection(string Path, long Line, string Column, string? Value, string Rule)
{
    /// <summary>
    /// The stable id of the validation rule broken (e.g. <c>SSDA903-E002</c>, see <see cref="ValidationRules"/>);
    /// <see langword="null"/> for a value that is simply unreadable (a bad date or code, a missing item), whose
    /// <see cref="Rule"/> says what was expected.
    /// </summary>
    public string? RuleId { get; init; }

    /// <summary>
    /// The DfE validation rule that decided the row was not usable (e.g. <c>903-141</c>, DECOM not a valid date;
    /// <c>903-501</c>, an episode starting before the previous one ended; <c>CIN-8630</c>), as <c>validate --dfe</c>
    /// names it; <see langword="null"/> where no DfE rule says the same (a row of the wrong shape, an empty id, copies of
    /// a record within one return that disagree, a table not collected in the return's year).
    /// </summary>
    public string? DfeRuleId { get; init; }

    /// <summary>The child the row is about, where the rule that rejected it knew it (e.g. overlapping episodes).</summary>
    public string? ChildId { get; init; }

    /// <summary>The rejection as one line: <c>episodes.csv line 17, DECOM '31/02/2007': DECOM must be a valid date (dd/mm/yyyy)</c>.</summary>
    public override string ToString() =>
        $"{Path} line {Line}, {Column} {(Value is null ? "(missing)" : $"'{Value}'")}: {Rule}";
}
