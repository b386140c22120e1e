using System.Globalization;
using System.Text;
using ChildrensKpi.Readers;
using ChildrensKpi.Readers.Rules;
using ChildrensKpi.Readers.Rules.Ssda903;
using ChildrensKpi.Tests.Fixtures;
using Xunit;

namespace ChildrensKpi.Tests.Rules.Ssda903;

/// <summary>
/// No rule of a year's DfE list is silently passed: each is implemented or reported <c>not implemented</c> by
/// <c>validate --dfe</c>, and <c>docs/dfe-rules-not-implemented.md</c> lists exactly the rules reported so, as generated
/// here from the code's own list (<see cref="DfeRuleStatus.NotImplemented"/>), so that the document cannot drift.
/// </summary>
public sealed class Ssda903RuleCoverageTests
{
    /// <summary>Set to 1 to rewrite the document from the code instead of comparing it.</summary>
    private const string WriteVariable = "CKPI_WRITE_RULES_DOC";

    private static readonly CollectionYear[] Years = [.. Enumerable.Range(2022, 5).Select(y => new CollectionYear(y))];

    private static string DocumentPath => Path.Combine(Repository.Root, "docs", "dfe-rules-not-implemented.md");

    // Each year's outcomes as validate reports them, on a return of one episode (what the rules find does not matter here).
    private static DfeValidation Validate(CollectionYear year) => Ssda903DfeRules.Validate(
        [InputFile.FromText("episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA,01/05/2025,P,C2,U1,,\n")], null, year);

    private static string Label(CollectionYear year) => string.Create(CultureInfo.InvariantCulture, $"{year.StartYear}_{(year.StartYear + 1) % 100:00}");

    [SharedDataFact]
    public void Validate_reports_every_rule_of_each_years_dfe_list_as_implemented_or_not_implemented()
    {
        foreach (var year in Years)
        {
            // ../shared/reference/rules/lac2025_26_rules.tsv: code, message, tables, fields; the first line is the header.
            var listed = File.ReadLines(SharedData.Path("reference", "rules", $"lac{Label(year)}_rules.tsv")).Skip(1)
                .Where(l => l.Length > 0).Select(l => l.Split('\t')[0]).ToList();
            var outcomes = Validate(year).Outcomes;

            Assert.Equal(listed, outcomes.Select(o => o.Rule.Code));
            // Not implemented exactly when the code has no check for the rule.
            Assert.Empty(outcomes.Where(o => (o.Status == DfeRuleStatus.NotImplemented) == Ssda903DfeRules.Implemented.Contains(o.Rule.Code))
                .Select(o => $"{year} {o.Rule.Code}: {o.Status}"));
        }
    }

    [Fact]
    public void The_document_lists_exactly_the_rules_validate_reports_not_implemented()
    {
        string expected = Document();
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            File.WriteAllText(DocumentPath, expected);
        }

        string written = File.Exists(DocumentPath) ? File.ReadAllText(DocumentPath).ReplaceLineEndings("\n") : "";

        Assert.True(expected == written,
            $"docs/dfe-rules-not-implemented.md is not what the code reports; rewrite it with {WriteVariable}=1 and this test.");
    }

    private static string Document()
    {
        var text = new StringBuilder();
        text.Append("# DfE SSDA903 rules not implemented\n\n")
            .Append("The rules of each collection year's DfE list (`src/ChildrensKpi.Readers/Rules/Data/lac2025_26_rules.tsv`, as\n")
            .Append("`../shared/reference/rules/`) that `validate --dfe --ssda903` reports `not implemented`; every other rule of the\n")
            .Append("list is implemented (reported `ran`, or `not run` with the reason when what it needs is not given). Generated from\n")
            .Append("the code by `Ssda903RuleCoverageTests`, which fails when this file and the code disagree (run it with\n")
            .Append($"`{WriteVariable}=1` to rewrite the file).\n");
        foreach (var year in Years)
        {
            var outcomes = Validate(year).Outcomes;
            var missing = outcomes.Where(o => o.Status == DfeRuleStatus.NotImplemented).ToList();
            text.Append(CultureInfo.InvariantCulture, $"\n## {year}\n\n")
                .Append(CultureInfo.InvariantCulture, $"{missing.Count} of the year's {outcomes.Length} rules are not implemented; {outcomes.Length - missing.Count} are.\n\n")
                .Append("| rule | message |\n|---|---|\n");
            foreach (var outcome in missing)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {outcome.Rule.Code} | {outcome.Rule.Message.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
            }
        }
        return text.ToString();
    }
}
