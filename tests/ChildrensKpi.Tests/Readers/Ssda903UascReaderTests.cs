using ChildrensKpi.Readers;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Readers;

/// <summary>The UASC table read into <see cref="LookedAfterData.UnaccompaniedAsylumSeekers"/>: checked, merged across files, used.</summary>
public sealed class Ssda903UascReaderTests
{
    private const string UascHeader = "CHILD,SEX,DOB,DUC\n";

    private static Ssda903ReadResult Read(params (string Name, string Text)[] files) =>
        Ssda903Reader.Read(files.Select(f => InputFile.FromText(f.Name, f.Text)), collectionYear: new CollectionYear(2023));

    [Fact]
    public void Read_UascRows_UsedOnePerChild()
    {
        // A: status not ceased (DUC empty); B: ceased 14/02/2024 (written ISO, as exports do).
        var read = Read(("uasc.csv", UascHeader + "A,1,01/01/2007,\nB,2,03/03/2006,2024-02-14\n"));

        // The file's year is the one given (--collection-year 2023-24), which the account now names.
        Assert.Equal(new FileAccount("uasc.csv", "UASC", new RowCounts(2, 2, 0, 0)) { CollectionYear = "2023-24" }, Assert.Single(read.Account.Files));
        Assert.Equal([new UnaccompaniedAsylumSeeker(new ChildId("A")), new UnaccompaniedAsylumSeeker(new ChildId("B"), new LocalDate(2024, 2, 14))],
            read.Data.UnaccompaniedAsylumSeekers.OrderBy(u => u.Child.Value, StringComparer.Ordinal));
    }

    [Fact]
    public void Read_CopiesInTwoReturns_FilledDucReplacesEmpty()
    {
        // The 2022-23 return has A with DUC empty, the 2023-24 return the day it ceased: one row, DUC filled, both used.
        var read = Ssda903Reader.Read(
        [
            InputFile.FromText("uasc_2022-23.csv", UascHeader + "A,1,01/01/2007,\n"),
            InputFile.FromText("uasc_2023-24.csv", UascHeader + "A,1,01/01/2007,01/01/2025\n"),
        ]);

        Assert.Equal(new UnaccompaniedAsylumSeeker(new ChildId("A"), new LocalDate(2025, 1, 1)), Assert.Single(read.Data.UnaccompaniedAsylumSeekers));
        Assert.All(read.Account.Files, f => Assert.Equal(new RowCounts(1, 1, 0, 0), f.Rows));
    }

    [Fact]
    public void Read_CopiesThatDisagreeOnDuc_LaterRejected()
    {
        var read = Read(("a.csv", UascHeader + "A,1,01/01/2007,01/01/2025\n"), ("b.csv", UascHeader + "A,1,01/01/2007,02/01/2025\n"));

        Assert.Equal(new UnaccompaniedAsylumSeeker(new ChildId("A"), new LocalDate(2025, 1, 1)), Assert.Single(read.Data.UnaccompaniedAsylumSeekers));
        var rejection = Assert.Single(read.Account.Rejections);
        Assert.Equal(("b.csv", 2L, "DUC", "02/01/2025"), (rejection.Path, rejection.Line, rejection.Column, rejection.Value));
        Assert.Equal("conflicts with the copy of UASC row CHILD A in a.csv line 2, which has DUC 01/01/2025; the copy read first is used", rejection.Rule);
    }

    [Fact]
    public void Read_BadDuc_RejectedAndNotKept()
    {
        var read = Read(("uasc.csv", UascHeader + "A,1,01/01/2007,31/02/2024\n"));

        Assert.Empty(read.Data.UnaccompaniedAsylumSeekers);
        Assert.Equal("DUC", Assert.Single(read.Account.Rejections).Column);
    }

    [SharedDataFact]
    public void Read_FakeReturnUasc_EveryRowUsed()
    {
        // The public fake return's uasc.csv: 132 data rows, 132 distinct CHILDs (awk: cut -d, -f1 | sort | uniq -d is empty),
        // SEX 1/2 and DUC dates valid in 2019-20: every row used, one UASC child each.
        var read = Ssda903Reader.Read([InputFile.FromPath(SharedData.Path("conformance", "ssda903", "fake", "uasc.csv"), "uasc.csv")],
            collectionYear: new CollectionYear(2019));

        Assert.Equal(new RowCounts(132, 132, 0, 0), Assert.Single(read.Account.Files).Rows);
        Assert.Equal(132, read.Data.UnaccompaniedAsylumSeekers.Length);
    }
}
