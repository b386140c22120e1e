using System.Text.RegularExpressions;

namespace ChildrensKpi;

/// <summary>
/// The one renaming of what an account (or the DfE rules' findings) says about children, under a pseudonymisation key:
/// every child id it names becomes its pseudonym, wherever it stands, and every date of birth is withheld, since a date
/// of birth beside a pseudonym is most of the way back to the child.
/// </summary>
/// <remarks>
/// <para>The ids are those the rows name (a rejection's or finding's child, a CHILD or LAchildID value) and those the
/// messages name after CHILD or LAchildID (a merge conflict of a table whose reader does not set the child, e.g.
/// "review CHILD C0001 REVIEW 08/05/2006"); each is replaced as a whole word in every message, so a message naming a
/// second child loses that one too. A word after CHILD or LAchildID is taken as an id only when it holds a digit or is
/// an id a row names, so that "CHILD must not be empty" keeps its words.</para>
/// <para>A warning that a child was written in several forms (<see cref="ChildIdFormsWarning"/>) names the forms, which are
/// the id written differently: it is rewritten with the pseudonym and the number of forms.</para>
/// </remarks>
internal sealed partial class ChildIdRenaming
{
    /// <summary>What a withheld date of birth is published as.</summary>
    public const string WithheldBirthDate = "[withheld]";

    private readonly Func<string, string> _rename;
    private readonly Regex? _ids;

    /// <param name="rename">The pseudonym of an id.</param>
    /// <param name="rowIds">The ids the rows name (their child, their CHILD or LAchildID values).</param>
    /// <param name="texts">Every message, in which ids after CHILD or LAchildID are found.</param>
    public ChildIdRenaming(Func<string, string> rename, IEnumerable<string> rowIds, IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(rename);
        _rename = rename;
        var ids = new HashSet<string>(rowIds.Where(i => i.Length > 0), StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (Match m in IdAfterColumn().Matches(text))
            {
                string id = m.Groups["id"].Value;
                if (id.Any(char.IsAsciiDigit) || ids.Contains(id))
                {
                    ids.Add(id);
                }
            }
        }
        // Longest first, so that an id inside a longer one (C001 in C0012) is not replaced in part.
        _ids = ids.Count == 0 ? null : new Regex(
            $@"(?<![0-9A-Za-z]){string.Join('|', ids.OrderByDescending(i => i.Length).ThenBy(i => i, StringComparer.Ordinal).Select(Regex.Escape))}(?![0-9A-Za-z])",
            RegexOptions.CultureInvariant);
    }

    /// <summary>The pseudonym of <paramref name="id"/>.</summary>
    public string Id(string id) => _rename(id);

    /// <summary>A value of <paramref name="column"/>: renamed if it is an id cell, withheld if a date of birth, else as given.</summary>
    public string? Value(string column, string? value) =>
        value is null ? null
        : IsIdColumn(column) ? _rename(value)
        : IsBirthDateColumn(column) ? WithheldBirthDate
        : value;

    /// <summary>
    /// A DfE finding's value, <c>FIELD=value</c> pairs joined by <c>; </c> or the one value of its one field: id fields renamed,
    /// dates of birth withheld, other values as given (and any other text renamed as a message).
    /// </summary>
    public string? Fields(IReadOnlyList<string> fields, string? value) =>
        value is null ? null
        : !value.Contains('=', StringComparison.Ordinal) ? (fields.Count == 1 ? Value(fields[0], value) : Text(value))
        : string.Join("; ", value.Split("; ").Select(pair => Pair(pair) is { } cell ? $"{cell.Field}={Value(cell.Field, cell.Value)}" : Text(pair)));

    /// <summary>The cells a DfE finding's value gives (see <see cref="Fields"/>): each <c>FIELD=value</c> pair, or its one field's value.</summary>
    public static IEnumerable<(string Field, string Value)> Cells(IReadOnlyList<string> fields, string? value) =>
        value is null ? []
        : !value.Contains('=', StringComparison.Ordinal) ? (fields.Count == 1 ? [(fields[0], value)] : [])
        : value.Split("; ").Select(Pair).OfType<(string, string)>();

    private static (string Field, string Value)? Pair(string pair) =>
        pair.IndexOf('=', StringComparison.Ordinal) is > 0 and var at ? (pair[..at], pair[(at + 1)..]) : null;

    /// <summary>
    /// A finding's <paramref name="text"/> (<see cref="Text"/>), and where its <paramref name="field"/> is a date of
    /// birth, its <paramref name="value"/> withheld wherever the text quotes it (a workbook's serial number 38153, which
    /// no date pattern finds).
    /// </summary>
    public string Message(string field, string? value, string text)
    {
        string renamed = Text(text);
        return value is { Length: > 0 } && IsBirthDateColumn(field)
            ? Regex.Replace(renamed, $@"(?<![0-9A-Za-z]){Regex.Escape(value)}(?![0-9A-Za-z])", WithheldBirthDate, RegexOptions.CultureInvariant)
            : renamed;
    }

    /// <summary><paramref name="text"/> with every id renamed and every date of birth it quotes withheld.</summary>
    public string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ChildIdFormsWarning.Parse(text) is { } forms)
        {
            return ChildIdFormsWarning.Published(forms.Column, _rename(forms.Id), forms.Count);
        }
        string renamed = _ids is null ? text : _ids.Replace(text, m => _rename(m.Value));
        return BirthDate().Replace(renamed, m => $"{m.Groups["field"].Value}{m.Groups["between"].Value}{WithheldBirthDate}");
    }

    /// <summary>
    /// The field a finding's <paramref name="column"/> is: the column itself, or for a workbook's cell (<c>header!C2</c>,
    /// which names no column) the field its <paramref name="message"/> begins with (<c>DOB must be a date…</c>), so
    /// that a date of birth or an id read from a workbook is withheld or renamed as a CSV's is.
    /// </summary>
    public static string Field(string column, string message) =>
        column.Contains('!', StringComparison.Ordinal) && LeadingField().Match(message) is { Success: true } field ? field.Value : column;

    /// <summary>Whether <paramref name="column"/> holds child ids: SSDA903 CHILD, the CIN census's LAchildID (or an XML path ending in it).</summary>
    public static bool IsIdColumn(string column) =>
        column.Equals("CHILD", StringComparison.OrdinalIgnoreCase) || column.EndsWith("LAchildID", StringComparison.OrdinalIgnoreCase);

    /// <summary>SSDA903 DOB and MC_DOB (the mother's child's), the CIN census's PersonBirthDate, and XML paths ending in them.</summary>
    private static bool IsBirthDateColumn(string column) =>
        column.EndsWith("DOB", StringComparison.OrdinalIgnoreCase) || column.EndsWith("PersonBirthDate", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]*(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingField();

    [GeneratedRegex(@"\b(?:CHILD|LAchildID)\s+(?<id>[^\s,;:'""()]+)", RegexOptions.CultureInvariant)]
    private static partial Regex IdAfterColumn();

    // A date (dd/mm/yyyy or yyyy-mm-dd) after a date-of-birth field's name, as merge conflicts and rules quote it ("which has DOB 27/08/2012", "DOB=27/08/2012").
    [GeneratedRegex(@"\b(?<field>\w*(?:DOB|PersonBirthDate))(?<between>\s*[=:]?\s*'?)(?<date>\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BirthDate();
}
