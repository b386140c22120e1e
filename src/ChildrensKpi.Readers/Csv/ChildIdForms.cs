namespace ChildrensKpi.Readers;

/// <summary>
/// Child ids (SSDA903 <c>CHILD</c>, CIN <c>LAchildID</c>) as councils' exports write them, made one child: <c>566910</c>,
/// <c>566910.0</c> (a number column through Excel) and <c>0566910</c> (a text column padded) are one child, <c>566910</c>,
/// and the forms seen are reported once per child (<see cref="ChildNumbers"/>) so that the council can see the join was
/// made. Only an all-digit id is changed: <c>C0042</c> stays as it is.
/// </summary>
internal static class ChildIdForms
{
    /// <summary>The warning that child <paramref name="id"/> of <paramref name="column"/> was written as <paramref name="forms"/> (in ordinal order).</summary>
    public static string Warning(string column, string id, IEnumerable<string> forms) => ChildIdFormsWarning.Text(column, id, forms);

    /// <summary>The id without a trailing <c>.0</c> (any number of zeros) and without leading zeros, when it is digits; else itself.</summary>
    public static string Canonical(string text)
    {
        var digits = text.AsSpan();
        int point = digits.IndexOf('.');
        if (point > 0 && digits[(point + 1)..] is { Length: > 0 } fraction && !fraction.ContainsAnyExcept('0'))
        {
            digits = digits[..point];
        }
        if (digits.IsEmpty || digits.ContainsAnyExceptInRange('0', '9'))
        {
            return text;
        }
        var trimmed = digits.TrimStart('0');
        digits = trimmed.IsEmpty ? "0" : trimmed;
        return digits.Length == text.Length ? text : digits.ToString();
    }
}
