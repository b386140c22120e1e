namespace ChildrensKpi.Web.Run;

/// <summary>
/// A first guess at what a dropped file is, from its path, so that a dropped folder such as <c>samples/data</c> needs no
/// clicks; the page shows the guess beside each file and the analyst can change it. The readers still decide each file's
/// table from its header, so a wrong guess is refused by the reader rather than read as something else.
/// </summary>
internal static class InputKinds
{
    // The single-table inputs are named after their table on the command line (--population <csv>), and so in the samples.
    private static readonly (string Prefix, InputKind Kind)[] Named =
    [
        ("population", InputKind.Population),
        ("finance", InputKind.Finance),
        ("workforce", InputKind.Workforce),
        ("targets", InputKind.Targets),
        ("bands", InputKind.Bands),
        ("comparators", InputKind.Comparators),
    ];

    /// <summary>The likely kind of the file at <paramref name="path"/> (a name, or a path relative to the dropped folder).</summary>
    public static InputKind Guess(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string[] parts = path.Replace('\\', '/').ToLowerInvariant().Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return InputKind.NotUsed;
        }
        string name = parts[^1];
        string extension = System.IO.Path.GetExtension(name);
        if (extension is not (".csv" or ".xml" or ".xlsx"))
        {
            return InputKind.NotUsed;
        }
        foreach (var (prefix, kind) in Named)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return kind;
            }
        }
        // A census is "census_2006-07.xml" or a folder "cin/..." of flat tables; everything else is taken as SSDA903.
        bool cin = name.Contains("census", StringComparison.Ordinal) || name.StartsWith("cin", StringComparison.Ordinal)
            || parts[..^1].Any(folder => folder == "cin" || folder.StartsWith("cin_", StringComparison.Ordinal) || folder.Contains("census", StringComparison.Ordinal));
        return cin ? InputKind.ChildrenInNeed : InputKind.Ssda903;
    }

    /// <summary>The kind as the page's list names it.</summary>
    public static string Label(InputKind kind) => kind switch
    {
        InputKind.NotUsed => "not used",
        InputKind.Ssda903 => "SSDA903",
        InputKind.ChildrenInNeed => "CIN census",
        _ => kind.ToString(),
    };
}
