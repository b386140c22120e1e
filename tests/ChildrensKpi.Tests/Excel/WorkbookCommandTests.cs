using ChildrensKpi.Tests.Cli;
using ChildrensKpi.Tests.Fixtures;
using DocumentFormat.OpenXml.Packaging;

namespace ChildrensKpi.Tests.Excel;

/// <summary><c>--format xlsx</c> of <c>compute</c>, <c>series</c> and <c>report</c>: a file, not terminal output.</summary>
public class WorkbookCommandTests
{
    private static readonly string Ssda903 = Repository.Path("samples", "data", "ssda903");

    [Theory]
    [InlineData("compute")]
    [InlineData("series")]
    public void Xlsx_WithoutOutput_Exits1(string command)
    {
        var run = CliRun.Of(command, "--ssda903", Ssda903, "--year-ending", "2007-03-31", "--format", "xlsx");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: --format xlsx needs --output <file.xlsx>: a workbook is a binary file, not terminal output.", run.Error);
    }

    [Fact]
    public void Series_Xlsx_WritesTheSummaryAndASheetPerIndicator()
    {
        using var folder = new TempFolder();
        string file = Path.Combine(folder.Path, "series.xlsx");

        var run = CliRun.Of("series", "--ssda903", Ssda903, "--year-ending", "2007-03-31", "--indicators", "NI62,NI63", "--format", "xlsx", "--output", file);

        Assert.True(run.ExitCode == 0, run.Error);
        using var document = SpreadsheetDocument.Open(file, isEditable: false);
        var names = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Summary", "NI62", "NI63", "Data quality", "Rejections", "Exclusions", "Warnings", "About"], names);
    }
}
