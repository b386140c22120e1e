using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChildrensKpi.Readers;
using ChildrensKpi.Readers.Rules;
using ChildrensKpi.Readers.Rules.Ssda903;
using ChildrensKpi.Tests.Fixtures;
using Xunit;
using Xunit.Abstractions;

namespace ChildrensKpi.Tests.Rules.Ssda903;

/// <summary>
/// Runs the implemented SSDA903 rules on exactly the conformance suite's inputs (../shared/conformance/README.md: the 12
/// CSVs as this year, and for <c>csv_this_and_prev_year</c> the same 12 again as last year; LA E09000027; the ruleset's
/// collection year; for <c>xml_this_year</c>, <c>fake_903.xml</c> alone, read through the XML transposer) and compares,
/// rule by rule, the rows flagged (CSV file and line, or XML element path) with the suite's <c>flagged</c> set (the rule
/// run alone).
/// Scored as the suite's compare tool scores: rules the peer ran, leaving out those that depend on its (empty) postcode
/// lookup. docs/conformance.md states how many agree and lists every rule that does not; the test fails below the
/// stated count, or on a disagreement the document does not list.
/// </summary>
public sealed partial class Ssda903ConformanceTests(ITestOutputHelper output)
{
    /// <summary>The suite's 12 fake CSVs, as its README lists them.</summary>
    internal static readonly string[] Files =
    [
        "header.csv", "episodes.csv", "reviews.csv", "uasc.csv", "oc2.csv", "oc3.csv", "ad1.csv", "placed_for_adoption.csv",
        "previous_permanence.csv", "missing.csv", "sw_episodes.csv", "DoLo.csv",
    ];

    [SharedDataTheory]
    [InlineData("lac2025_26", "csv_this_year")]
    [InlineData("lac2025_26", "csv_this_and_prev_year")]
    [InlineData("lac2024_25", "csv_this_year")]
    [InlineData("lac2024_25", "csv_this_and_prev_year")]
    [InlineData("lac2025_26", "xml_this_year")]
    [InlineData("lac2024_25", "xml_this_year")]
    public void Implemented_rules_flag_the_rows_the_suite_expects(string ruleset, string scenario)
    {
        var result = Compare(ruleset, scenario);
        var report = Path.Combine(AppContext.BaseDirectory, $"conformance-903-{ruleset}-{scenario}.tsv");
        File.WriteAllText(report, result.Report);
        output.WriteLine($"{ruleset}/{scenario}: {result.Agreeing} of {result.Scored} implemented and scored rules agree; report {report}");

        var doc = File.ReadAllText(Path.Combine(Repository.Root, "docs", "conformance.md"));
        var stated = StatedAgreement().Match(doc, doc.IndexOf($"`{ruleset}/{scenario}`", StringComparison.Ordinal));
        Assert.True(stated.Success, $"docs/conformance.md states no agreement count for {ruleset}/{scenario}");
        Assert.True(result.Agreeing >= int.Parse(stated.Groups[1].Value, CultureInfo.InvariantCulture),
            $"{result.Agreeing} rules agree, fewer than the {stated.Groups[1].Value} docs/conformance.md states:\n{result.Report}");
        var unlisted = result.Disagreeing.Where(code => !doc.Contains($"903-{code} ", StringComparison.Ordinal)).ToList();
        Assert.True(unlisted.Count == 0, $"disagreements not listed in docs/conformance.md: {string.Join(", ", unlisted)}\n{result.Report}");
    }

    [GeneratedRegex(@"agree: (\d+)")]
    private static partial Regex StatedAgreement();

    internal sealed record Comparison(int Scored, int Agreeing, IReadOnlyList<string> Disagreeing, string Report);

    internal static Comparison Compare(string ruleset, string scenario)
    {
        string fake = SharedData.Path("conformance", "ssda903", "fake");
        // The XML scenario reads fake_903.xml, a different, smaller return; its rows are located by element path.
        Ssda903ReturnTables Read() => Ssda903CsvTables.Read(scenario == "xml_this_year"
            ? [InputFile.FromPath(Path.Combine(fake, "fake_903.xml"), "fake_903.xml")]
            : Files.Select(f => InputFile.FromPath(Path.Combine(fake, f), f)));
        var current = Read();
        var previous = scenario == "csv_this_and_prev_year" ? Read() : null;
        var year = new CollectionYear(int.Parse(ruleset.AsSpan(3, 4), CultureInfo.InvariantCulture));
        var validation = Ssda903Validator.Run(year, current, previous, DfeReference.None, "E09000027");
        var ours = validation.Findings.GroupBy(f => f.RuleId).ToDictionary(g => g.Key, g => g.Select(f => f.Locator).ToHashSet());
        var ran = validation.Outcomes.Where(o => o.Status == DfeRuleStatus.Ran).Select(o => o.Rule.Code).ToHashSet();

        using var json = JsonDocument.Parse(File.ReadAllText(SharedData.Path("conformance", "ssda903", "expected", ruleset, scenario + ".json")));
        var report = new StringBuilder("code\tstatus\texpected\tours\tmissing\textra\n");
        int scored = 0, agreeing = 0;
        var disagreeing = new List<string>();
        foreach (var rule in json.RootElement.GetProperty("rules").EnumerateArray())
        {
            string code = rule.GetProperty("code").GetString()!;
            bool postcode = rule.TryGetProperty("depends_on", out var depends) && depends.EnumerateArray().Any(d => d.GetString() == "postcode_lookup");
            if (rule.GetProperty("status").GetString() != "ran" || postcode || !ran.Contains(code))
            {
                continue;
            }
            var expected = rule.GetProperty("flagged").EnumerateArray()
                .Select(f => f.TryGetProperty("path", out var path) ? path.GetString()!
                    : (f.TryGetProperty("year", out var y) && y.GetString() == "prev" ? "prev:" : "") + f.GetProperty("file").GetString() + ":" + f.GetProperty("line").GetInt64())
                .ToHashSet();
            var mine = ours.GetValueOrDefault("903-" + code) ?? [];
            var missing = expected.Except(mine).ToList();
            var extra = mine.Except(expected).ToList();
            scored++;
            bool agrees = missing.Count == 0 && extra.Count == 0;
            if (agrees)
            {
                agreeing++;
            }
            else
            {
                disagreeing.Add(code);
            }
            report.Append(CultureInfo.InvariantCulture, $"{code}\t{(agrees ? "agree" : "DIFFER")}\t{expected.Count}\t{mine.Count}\t{string.Join(" ", missing.Take(8))}\t{string.Join(" ", extra.Take(8))}\n");
        }
        return new Comparison(scored, agreeing, disagreeing, report.ToString());
    }
}
