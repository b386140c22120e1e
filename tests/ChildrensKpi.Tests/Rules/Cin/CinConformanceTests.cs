using System.Text;
using System.Text.RegularExpressions;
using ChildrensKpi.Readers.Rules;
using ChildrensKpi.Tests.Fixtures;
using Xunit.Abstractions;

namespace ChildrensKpi.Tests.Rules.Cin;

/// <summary>
/// The conformance of the CIN rules with the councils' validator on its own fake data (<see cref="CinConformance"/>):
/// the number of rules that flag exactly the same rows on all nine files must not fall below the figure
/// <c>docs/conformance-cin.md</c> states, and every rule that disagrees must be listed there.
/// </summary>
public partial class CinConformanceTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void Rules_ConformanceCensuses_AgreeWithTheValidatorAtLeastAsDocumentedAndEveryDisagreementIsListed()
    {
        var results = CinConformance.Run();
        var report = new StringBuilder();
        foreach (var rule in results.Where(r => !r.Agrees))
        {
            report.AppendLine($"{rule.Code}\t{rule.Status}\texpected {rule.ExpectedFlags}\tours {rule.OurFlags}");
            foreach (var file in rule.Files.Where(f => !f.Agrees))
            {
                report.AppendLine($"  {file.File}: missing {Some(file.Expected.Except(file.Ours))} extra {Some(file.Ours.Except(file.Expected))}");
            }
        }
        output.WriteLine(report.ToString());
        if (Environment.GetEnvironmentVariable("CKPI_CIN_CONFORMANCE_OUT") is { Length: > 0 } dump)
        {
            File.WriteAllText(dump, report.ToString());
        }

        var document = File.ReadAllText(System.IO.Path.Combine(Repository.Root, "docs", "conformance-cin.md"));
        var stated = Stated().Match(document);
        Assert.True(stated.Success, "docs/conformance-cin.md must state 'Agreeing rules: N of M'.");
        int agreeing = results.Count(r => r.Agrees);
        Assert.Equal(results.Length, int.Parse(stated.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(agreeing >= int.Parse(stated.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            $"{agreeing} rules agree, fewer than the {stated.Groups[1].Value} docs/conformance-cin.md states:\n{report}");
        var undocumented = results.Where(r => !r.Agrees && !document.Contains($"| {r.Code} |", StringComparison.Ordinal)).Select(r => r.Code).ToList();
        Assert.True(undocumented.Count == 0, $"Rules that disagree but are not listed in docs/conformance-cin.md: {string.Join(", ", undocumented)}");
    }

    private static string Some(IEnumerable<string> locators)
    {
        var list = locators.Order(StringComparer.Ordinal).ToList();
        return $"{list.Count} [{string.Join(" ", list.Take(6))}{(list.Count > 6 ? " ..." : "")}]";
    }

    [GeneratedRegex(@"Agreeing rules: (\d+) of (\d+)")]
    private static partial Regex Stated();
}
