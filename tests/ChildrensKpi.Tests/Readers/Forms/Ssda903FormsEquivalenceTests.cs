using ChildrensKpi.Readers;
using ChildrensKpi.Tests.Fixtures;
using NodaTime;
using static ChildrensKpi.Fuzz.Ssda903Forms;

namespace ChildrensKpi.Tests.Readers.Forms;

/// <summary>
/// The bundled sample SSDA903 return (samples/data/ssda903: three years of CSV tables) read as CSV, as one XML return per
/// year and as one workbook per year gives the same figures for every looked-after indicator and the same row account
/// per year and table. The XML and workbooks are written by <see cref="ChildrensKpi.Fuzz.Ssda903Forms"/> (the fuzzer's) from the CSV files.
/// </summary>
public sealed class Ssda903FormsEquivalenceTests
{
    private static readonly string[] Years = ["2004-05", "2005-06", "2006-07"];

    private static readonly ComputeOptions FiguresOnly = ComputeOptions.Default with { Explain = false };

    /// <summary>One year's tables by the start of their file name (header, episodes, placed, ...).</summary>
    private static Dictionary<string, CsvTable> YearTables(string year) =>
        Directory.EnumerateFiles(Repository.Path("samples", "data", "ssda903"), $"*_{year}.csv")
            .ToDictionary(f => Path.GetFileName(f).Split('_')[0], CsvTable.Read);

    private static Ssda903ReadResult ReadCsv() => Ssda903Reader.ReadFolder(Repository.Path("samples", "data", "ssda903"));

    private static Ssda903ReadResult ReadXml() => Ssda903Reader.Read(Years.Select(y =>
    {
        var bytes = ToXml(YearTables(y));
        return new InputFile($"ssda903_{y}.xml", () => new MemoryStream(bytes, writable: false));
    }));

    /// <summary>A rejection as the forms share it: the rule up to where it names another row's file, the value, the child.</summary>
    private static (string Rule, string? Value, string? Child) Shared(Rejection r) => (r.Rule.Split(" in ")[0], r.Value, r.ChildId);

    private static Ssda903ReadResult ReadWorkbooks() => Ssda903Reader.Read(Years.Select(y =>
    {
        var bytes = ToWorkbook(YearTables(y).Select(t => (t.Key, t.Value)));
        return new InputFile($"ssda903_{y}.xlsx", () => new MemoryStream(bytes, writable: false));
    }));

    /// <summary>Rows read, used, excluded and rejected per year (from the file name) and table.</summary>
    private static List<(string Year, string Table, RowCounts Rows)> Accounts(Ssda903ReadResult read) =>
        [.. read.Account.Files
            .GroupBy(f => (Year: Years.Single(y => f.Path.Contains(y, StringComparison.Ordinal)), f.Table))
            .Select(g => (g.Key.Year, g.Key.Table, g.Aggregate(default(RowCounts), (a, f) => a + f.Rows)))
            .OrderBy(a => a.Year, StringComparer.Ordinal).ThenBy(a => a.Table, StringComparer.Ordinal)];

    private static List<(string Id, decimal Numerator, decimal Denominator, decimal? Value)> Figures(Ssda903ReadResult read, LocalDate yearEnd)
    {
        var inputs = new IndicatorInputs { LookedAfter = read.Data };
        var period = ReportingPeriod.YearEnding(yearEnd);
        return [.. ChildrensKpi.Indicators.All.Where(i => i.Requires == IndicatorInputKinds.LookedAfter)
            .Select(i => i.Compute(inputs, period, FiguresOnly))
            .Select(r => (r.Definition.Id, r.Numerator, r.Denominator, r.Value))];
    }

    [Fact]
    public void Read_SampleAsCsvXmlAndWorkbook_SameRowAccountPerYearAndTable()
    {
        var csv = Accounts(ReadCsv());

        // Rows read, by hand from the files (wc -l minus the header line), and two of the three deliberate errors of
        // episodes_2006-07.csv (samples/data/ssda903/README.md) the only rejections: the third, line 82, is the later
        // return correcting the 2005-06 copy's PLACE, used.
        (string, string, long)[] read =
        [
            ("2004-05", "Episodes", 291), ("2004-05", "Header", 146), ("2004-05", "OC3", 6),
            ("2005-06", "Episodes", 407), ("2005-06", "Header", 199), ("2005-06", "OC3", 10), ("2005-06", "Reviews", 284),
            ("2006-07", "AD1", 4), ("2006-07", "Episodes", 502), ("2006-07", "Header", 218), ("2006-07", "Missing", 27),
            ("2006-07", "OC2", 109), ("2006-07", "OC3", 19), ("2006-07", "PlacedAdoption", 4), ("2006-07", "Reviews", 381),
            ("2006-07", "UASC", 5),
        ];
        Assert.Equal(read, csv.Select(a => (a.Year, a.Table, a.Rows.Read)));
        Assert.Equal(2, csv.Sum(a => a.Rows.Rejected));
        Assert.All(csv, a => Assert.True(a.Rows.IsBalanced));
        Assert.Equal(csv, Accounts(ReadXml()));
        Assert.Equal(csv, Accounts(ReadWorkbooks()));
    }

    [Theory]
    [InlineData(2005)]
    [InlineData(2006)]
    [InlineData(2007)]
    public void Compute_SampleAsCsvXmlAndWorkbook_SameFigures(int yearEnding)
    {
        var end = new LocalDate(yearEnding, 3, 31);
        var csv = Figures(ReadCsv(), end);

        Assert.Contains(csv, f => f.Denominator > 0);
        Assert.Equal(csv, Figures(ReadXml(), end));
        Assert.Equal(csv, Figures(ReadWorkbooks(), end));
    }

    [Fact]
    public void Read_SampleAsXml_RejectsTheDeliberateErrorsAtTheirEpisodeElements()
    {
        var csv = ReadCsv().Account.Rejections;
        var xml = ReadXml().Account.Rejections;

        // samples/data/ssda903/README.md: deliberate errors at episodes_2006-07.csv lines 163 and 183 (line 82 corrects the
        // 2005-06 copy: a warning on that copy, in every form).
        Assert.Equal([163L, 183L], csv.Select(r => r.Line));
        Assert.Equal(2, xml.Length);
        AssertOneCorrection(ReadXml(), "ssda903_2005-06.xml");
        Assert.All(xml, r => Assert.Equal("ssda903_2006-07.xml", r.Path));
        Assert.All(xml, r => Assert.Matches(@"^/EXPSSDA903/CHILD\[\d+\]/EPISODE\[\d+\]/[A-Z_]+\[1\]$", r.Column));
        // The same rules, values and children as the CSV rejections.
        Assert.Equal(csv.Select(Shared), xml.Select(Shared));
    }

    [Fact]
    public void Read_SampleAsWorkbook_RejectsTheDeliberateErrorsAtTheirSheetRows()
    {
        var csv = ReadCsv().Account.Rejections;
        var xlsx = ReadWorkbooks().Account.Rejections;

        // Each sheet is its CSV file with the header in row 1: the rows are the CSV lines, 163 and 183.
        Assert.Equal([163L, 183L], xlsx.Select(r => r.Line));
        AssertOneCorrection(ReadWorkbooks(), "ssda903_2005-06.xlsx");
        Assert.All(xlsx, r => Assert.Equal("ssda903_2006-07.xlsx", r.Path));
        Assert.All(xlsx, r => Assert.StartsWith("episodes!", r.Column, StringComparison.Ordinal));
        Assert.All(xlsx, r => Assert.EndsWith(r.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Column, StringComparison.Ordinal));
        Assert.Equal(csv.Select(Shared), xlsx.Select(Shared));
    }

    // C0013's 2005-06 PLACE F5, superseded by the 2006-07 return's F4, is one warning located in the 2005-06 file.
    private static void AssertOneCorrection(Ssda903ReadResult read, string earlierFile)
    {
        var finding = Assert.Single(read.Account.Findings, f => f.RuleId == ValidationRules.SupersededByLaterReturn.Id);
        Assert.Equal((earlierFile, "F5", "C0013"), (finding.Path, finding.Value, finding.ChildId));
    }
}
