using ChildrensKpi.Readers;
using ChildrensKpi.Readers.Rules;
using ChildrensKpi.Readers.Rules.Ssda903;
using ChildrensKpi.Tests.Fixtures;
using Xunit;
using static ChildrensKpi.Fuzz.Ssda903Forms;

namespace ChildrensKpi.Tests.Rules.Ssda903;

/// <summary>
/// The DfE rules read the XML return and workbooks through the readers' transposers, each rule written once: the bundled
/// sample return's 2006-07 tables (samples/data/ssda903) as CSV, as one XML return and as one workbook, with 2005-06 as
/// last year's in the same form, give the same findings by rule and child; each finding is located in its own form.
/// The XML and the workbook are written from the CSV files by <see cref="ChildrensKpi.Fuzz.Ssda903Forms"/>.
/// </summary>
public sealed class Ssda903RuleFormsTests
{
    private static readonly CollectionYear Year = new(2006);

    private static Dictionary<string, CsvTable> YearTables(string year) =>
        Directory.EnumerateFiles(Repository.Path("samples", "data", "ssda903"), $"*_{year}.csv")
            .ToDictionary(f => Path.GetFileName(f).Split('_')[0], CsvTable.Read);

    private static InputFile[] Csv(string year) =>
        [.. Directory.EnumerateFiles(Repository.Path("samples", "data", "ssda903"), $"*_{year}.csv").Order(StringComparer.Ordinal)
            .Select(f => InputFile.FromPath(f, Path.GetFileName(f)))];

    private static InputFile[] Xml(string year)
    {
        var bytes = ToXml(YearTables(year));
        return [new InputFile($"ssda903_{year}.xml", () => new MemoryStream(bytes, writable: false))];
    }

    private static InputFile[] Workbook(string year)
    {
        var bytes = ToWorkbook(YearTables(year).Select(t => (t.Key, t.Value)));
        return [new InputFile($"ssda903_{year}.xlsx", () => new MemoryStream(bytes, writable: false))];
    }

    private static DfeValidation Run(Func<string, InputFile[]> form) =>
        Ssda903DfeRules.Validate(form("2006-07"), form("2005-06"), Year);

    /// <summary>The findings as the forms share them: rule and child, with how many of each, in order.</summary>
    private static List<string> Shared(DfeValidation validation) =>
        [.. validation.Findings.Select(f => $"{f.RuleId} {f.Child}").Order(StringComparer.Ordinal)];

    [Fact]
    public void The_same_return_as_csv_xml_and_workbook_gives_the_same_findings()
    {
        var csv = Run(Csv);
        var xml = Run(Xml);
        var workbook = Run(Workbook);

        // The sample is not clean (samples/data/ssda903/README.md: deliberate errors), so the comparison is of something.
        Assert.NotEmpty(csv.Findings);
        Assert.Contains(csv.Outcomes, o => o.Rule.Code == "502" && o.Status == DfeRuleStatus.Ran);
        Assert.Equal(Shared(csv), Shared(xml));
        Assert.Equal(Shared(csv), Shared(workbook));
        Assert.Equal(csv.Outcomes.Select(o => (o.Rule.Code, o.Status, o.Flagged)), xml.Outcomes.Select(o => (o.Rule.Code, o.Status, o.Flagged)));
        Assert.Equal(csv.Outcomes.Select(o => (o.Rule.Code, o.Status, o.Flagged)), workbook.Outcomes.Select(o => (o.Rule.Code, o.Status, o.Flagged)));
    }

    [Fact]
    public void Each_finding_is_located_in_its_own_form()
    {
        var xml = Run(Xml);
        var workbook = Run(Workbook);

        // XML: the element's path, as the councils' validator names it; no line (the file is one element tree).
        Assert.All(xml.Findings.Where(f => f.Child is not null), f =>
        {
            Assert.StartsWith("/EXPSSDA903/CHILD[", f.XmlPath, StringComparison.Ordinal);
            Assert.Equal(f.XmlPath, f.Locator);
            Assert.StartsWith(f.IsPreviousYear ? "ssda903_2005-06.xml" : "ssda903_2006-07.xml", f.File, StringComparison.Ordinal);
        });
        // Workbook: the workbook and sheet as the file, the sheet's row as the line (row 1 is the header).
        Assert.All(workbook.Findings.Where(f => f.Child is not null), f =>
        {
            Assert.Null(f.XmlPath);
            Assert.Matches(@"^ssda903_200[56]-0[67]\.xlsx \(sheet [a-z0-9_]+\)$", f.File);
            Assert.True(f.Line > 1);
        });
    }

    // One episode, by hand: the sample's episodes_2006-07.csv data row k is line k+1 of the CSV and row k+1 of the sheet
    // (the header is row 1 in both), so a workbook finding has the CSV finding's line.
    [Fact]
    public void A_workbook_finding_has_the_csv_findings_line()
    {
        var csv = Run(Csv).Findings.Where(f => f.Table == "Episodes" && !f.IsPreviousYear).Select(f => (f.RuleId, f.Line)).Order().ToList();
        var workbook = Run(Workbook).Findings.Where(f => f.Table == "Episodes" && !f.IsPreviousYear).Select(f => (f.RuleId, f.Line)).Order().ToList();

        Assert.NotEmpty(csv);
        Assert.Equal(csv, workbook);
    }
}
