using System.Text.RegularExpressions;

namespace ChildrensKpi;

/// <summary>
/// The warning that a child id was written in more than one form (<c>566910</c>, <c>566910.0</c>, <c>0566910</c>) and
/// read as one child: written here, for the readers, and read back here, for publication under a key, which must not
/// print the forms (each is the id written another way).
/// </summary>
internal static partial class ChildIdFormsWarning
{
    /// <summary>The warning that child <paramref name="id"/> of <paramref name="column"/> was written as <paramref name="forms"/>.</summary>
    public static string Text(string column, string id, IEnumerable<string> forms) =>
        $"{column} {id} was written as {string.Join(", ", forms.Select(v => $"'{v}'"))}: read as one child, {id}";

    /// <summary>The warning as published: the child by pseudonym, and how many forms, not what they were.</summary>
    public static string Published(string column, string pseudonym, int forms) =>
        $"{column} {pseudonym} was written in {forms} forms: read as one child, {pseudonym}";

    /// <summary>The column, id and number of forms of a warning <see cref="Text"/> wrote; null for any other text.</summary>
    public static (string Column, string Id, int Count)? Parse(string text)
    {
        var m = Pattern().Match(text);
        return m.Success ? (m.Groups["column"].Value, m.Groups["id"].Value, m.Groups["form"].Captures.Count) : null;
    }

    [GeneratedRegex(@"^(?<column>\S+) (?<id>\S+) was written as '(?<form>[^']*)'(?:, '(?<form>[^']*)')*: read as one child, \k<id>$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
