using ChildrensKpi.Fuzz;

namespace ChildrensKpi.Tests.Readers.Forms;

/// <summary>
/// The fuzzer's SSDA903 XML and workbook cases (tests/ChildrensKpi.Fuzz, FuzzTarget.Ssda903Xml and Ssda903Workbook) hold
/// the readers' promise: no exception but a refusal, every file's rows balance, every finding located.
/// </summary>
public sealed class Ssda903FormsFuzzTests
{
    [Theory]
    [InlineData(FuzzTarget.Ssda903Xml)]
    [InlineData(FuzzTarget.Ssda903Workbook)]
    public void Check_FirstCasesOfTheForm_NeverThrowBalanceAndLocate(FuzzTarget target)
    {
        var cases = Enumerable.Range(0, 3000).Select(i => FuzzCase.Create(7, i)).Where(c => c.Target == target).Take(300).ToList();
        var run = new FuzzRun();

        foreach (var fuzzCase in cases)
        {
            run.Check(7, fuzzCase);
        }

        Assert.Equal(300, run.Cases);
        Assert.True(run.Passed, run.Summary() + "\n" + string.Join("\n", run.Failures));
        // The spoilt values reach the tables: some rows are rejected, and located (the run checked each).
        Assert.True(run.Rejections > 0, run.Summary());
    }

    [Theory]
    [InlineData(FuzzTarget.Ssda903Xml)]
    [InlineData(FuzzTarget.Ssda903Workbook)]
    public void Read_ValidCaseOfTheForm_ReadsEveryTableAsItsCsvFilesDo(FuzzTarget target)
    {
        // Property: a case left valid (one in twenty) reads the same Header, Episodes and OC3 rows as its CSV files would:
        // none rejected, every table recognised.
        var fuzzCase = Enumerable.Range(0, 5000).Select(i => FuzzCase.Create(7, i)).First(c => c.Target == target && c.Mutations.Count == 0);

        var account = fuzzCase.Read().Account;

        Assert.Empty(account.Rejections);
        Assert.Contains(account.Files, f => f.Table == "Header" && f.Rows.Used > 0);
        Assert.Contains(account.Files, f => f.Table == "Episodes" && f.Rows.Read > 0);
        Assert.DoesNotContain(account.Files, f => f.Table == "unrecognised");
    }
}
