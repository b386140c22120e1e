using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ChildrensKpi.Readers;

/// <summary>
/// Turns an account of <see cref="TablePart"/>s, read as CSV files, into the account of the files they were taken from:
/// each file account, rejection, exclusion and finding names the source file, the source line and where the value is
/// (an XML element path, a sheet's cell); a rule that names another row (<c>the copy in episodes.csv line 12</c>) names
/// its source the same way. Warnings keep the part's name (<c>return.xml (Episodes)</c>), which says both.
/// </summary>
internal static partial class PartLocations
{
    public static InputAccount ToSources(InputAccount account, IReadOnlyDictionary<string, TablePart> parts)
    {
        if (parts.Count == 0)
        {
            return account;
        }
        ImmutableArray<FileAccount> files = [.. account.Files.Select(f => parts.TryGetValue(f.Path, out var p) ? f with { Path = p.Source } : f)];
        ImmutableArray<Rejection> rejections = [.. account.Rejections.Select(r => parts.TryGetValue(r.Path, out var p)
            ? r with { Path = p.Source, Line = p.Origins.Line(r.Line), Column = p.Origins.Column(r.Line, r.Column), Rule = Text(r.Rule, parts) }
            : r with { Rule = Text(r.Rule, parts) })];
        ImmutableArray<Exclusion> exclusions = [.. account.Exclusions.Select(e => parts.TryGetValue(e.Path, out var p)
            ? e with { Path = p.Source, FirstLine = p.Origins.Line(e.FirstLine) }
            : e)];
        ImmutableArray<ValidationFinding> findings = [.. account.Findings.Select(f => parts.TryGetValue(f.Path, out var p)
            ? f with { Path = p.Source, Line = p.Origins.Line(f.Line), Column = p.Origins.Column(f.Line, f.Column), Message = Text(f.Message, parts) }
            : f with { Message = Text(f.Message, parts) })];
        return new InputAccount(files, rejections, exclusions, account.Warnings) { Findings = findings };
    }

    /// <summary><paramref name="text"/> with each <c>part line N</c> in it as <c>source line M (row)</c>.</summary>
    private static string Text(string text, IReadOnlyDictionary<string, TablePart> parts)
    {
        if (!text.Contains(" line ", StringComparison.Ordinal))
        {
            return text;
        }
        foreach (var (name, part) in parts)
        {
            if (text.Contains(name, StringComparison.Ordinal))
            {
                text = Regex.Replace(text, Regex.Escape(name) + LineNumber().ToString(), m =>
                {
                    long line = long.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
                    return string.Create(CultureInfo.InvariantCulture, $"{part.Source} line {part.Origins.Line(line)} ({part.Origins.Row(line)})");
                });
            }
        }
        return text;
    }

    [GeneratedRegex(@" line (\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex LineNumber();
}
