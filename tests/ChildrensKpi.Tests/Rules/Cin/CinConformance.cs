using System.Collections.Immutable;
using System.Text.Json;
using ChildrensKpi.Readers;
using ChildrensKpi.Readers.Rules;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Rules.Cin;

/// <summary>
/// The CIN side of the shared conformance suite: each of the nine census files of <c>conformance/cin/fake</c> run on
/// its own with the 2025-26 rule list, and per rule the set of locators ChildrensKpi flags compared with the
/// <c>flagged</c> set of <c>conformance/cin/expected/cin2025_26/&lt;file&gt;.json</c> (the XML path of a row, or
/// <c>RETURN</c> for a return-level rule), as <c>conformance/tools/compare.py</c> compares them.
/// </summary>
internal static class CinConformance
{
    public static readonly CollectionYear Year = new(2025);

    /// <summary>One rule on one file: the locators expected and those flagged.</summary>
    public sealed record FileResult(string File, ImmutableHashSet<string> Expected, ImmutableHashSet<string> Ours)
    {
        public bool Agrees => Expected.SetEquals(Ours);
    }

    /// <summary>One rule over all nine files: agreeing when every file agrees.</summary>
    public sealed record RuleResult(string Code, DfeRuleStatus Status, ImmutableArray<FileResult> Files)
    {
        public bool Agrees => Status == DfeRuleStatus.Ran && Files.All(f => f.Agrees);

        public int ExpectedFlags => Files.Sum(f => f.Expected.Count);

        public int OurFlags => Files.Sum(f => f.Ours.Count);
    }

    public static ImmutableArray<RuleResult> Run()
    {
        var perRule = new Dictionary<string, (DfeRuleStatus Status, List<FileResult> Files)>(StringComparer.Ordinal);
        var fake = SharedData.Path("conformance", "cin", "fake");
        foreach (var path in Directory.GetFiles(fake, "*.xml").Order(StringComparer.Ordinal))
        {
            string name = System.IO.Path.GetFileName(path);
            var expected = Expected(SharedData.Path("conformance", "cin", "expected", "cin2025_26", System.IO.Path.ChangeExtension(name, ".json")));
            var validation = CinReturnValidator.Validate(new InputFile(name, () => File.OpenRead(path)), Year);
            var ours = validation.Findings.GroupBy(f => f.RuleId["CIN-".Length..])
                .ToDictionary(g => g.Key, g => g.Select(f => f.Locator).ToImmutableHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
            foreach (var outcome in validation.Outcomes)
            {
                string code = outcome.Rule.Code;
                if (!perRule.TryGetValue(code, out var entry))
                {
                    perRule[code] = entry = (outcome.Status, []);
                }
                entry.Files.Add(new FileResult(name, expected.GetValueOrDefault(code, []), ours.GetValueOrDefault(code, [])));
            }
        }
        return [.. perRule.Select(p => new RuleResult(p.Key, p.Value.Status, [.. p.Value.Files]))];
    }

    private static Dictionary<string, ImmutableHashSet<string>> Expected(string json)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var rules = new Dictionary<string, ImmutableHashSet<string>>(StringComparer.Ordinal);
        foreach (var rule in document.RootElement.GetProperty("rules").EnumerateArray())
        {
            rules[rule.GetProperty("code").GetString()!] = [.. rule.GetProperty("flagged").EnumerateArray()
                .Select(f => f.TryGetProperty("return_level", out _) ? "RETURN" : f.GetProperty("path").GetString()!)];
        }
        return rules;
    }
}
