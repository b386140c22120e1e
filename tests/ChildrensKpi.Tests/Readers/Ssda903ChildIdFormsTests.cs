using ChildrensKpi.Readers;

namespace ChildrensKpi.Tests.Readers;

/// <summary>
/// The same child written as an Excel number (<c>566910.0</c>), padded text (<c>0566910</c>) and plainly (<c>566910</c>)
/// across the SSDA903 tables is one child (issue 13), named in one warning with every form seen.
/// </summary>
public class Ssda903ChildIdFormsTests
{
    [Fact]
    public void Read_OneChildInThreeForms_IsOneChildWithAWarningNamingTheForms()
    {
        // Working: the episode (566910.0), the two Header rows (0566910, 566910: the same values, so merged) and the OC3 row
        // (0566910) all name child 566910. One child, one episode, one Header row, one OC3 row; nothing rejected; the
        // warning lists the forms in ordinal order: '0566910' < '566910' < '566910.0'.
        var read = Ssda903Reader.Read(
        [
            InputFile.FromText("episodes_2006-07.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n566910.0,01/04/2006,S,C2,U1,,\n"),
            InputFile.FromText("header_2006-07.csv", "CHILD,SEX,DOB,ETHNIC\n0566910,1,01/01/1988,WBRI\n566910,1,01/01/1988,WBRI\n"),
            InputFile.FromText("oc3_2006-07.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n0566910,01/01/1988,YES,F1,U1\n"),
        ]);

        var episode = Assert.Single(read.Data.Episodes);
        Assert.Equal(new ChildId("566910"), episode.Child);
        Assert.Equal(new ChildId("566910"), Assert.Single(read.Data.Children).Id);
        Assert.Equal(new ChildId("566910"), Assert.Single(read.Data.CareLeavers).Child);
        Assert.Empty(read.Account.Rejections);
        Assert.Contains("CHILD 566910 was written as '0566910', '566910', '566910.0': read as one child, 566910", read.Account.Warnings);
    }

    [Fact]
    public void Read_OneChildInThreeForms_CountsOnceInTheIndicators()
    {
        // Working: one child looked after from 01/04/2006, open at 31/03/2007, one placement: NI62 0 of 1. Had the forms
        // been three children, the Header's date of birth would not reach the episode's child and the Header's two rows
        // would be two children.
        var read = Ssda903Reader.Read(
        [
            InputFile.FromText("episodes_2006-07.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n566910.0,01/04/2006,S,C2,U1,,\n"),
            InputFile.FromText("header_2006-07.csv", "CHILD,SEX,DOB,ETHNIC\n0566910,1,01/01/2000,WBRI\n"),
        ]);

        var ni62 = ChildrensKpi.Indicators.NI62.Compute(read.Data, ReportingPeriod.YearEnding(new LocalDate(2007, 3, 31)));

        Assert.Equal((0m, 1m), (ni62.Numerator, ni62.Denominator));
        Assert.Equal(new LocalDate(2000, 1, 1), Assert.Single(read.Data.Children).DateOfBirth);
        Assert.Equal(new ChildId("566910"), Assert.Single(ni62.Children).ChildId);
    }

    [Theory]
    [InlineData("C0042", "C0042")]       // not all digits: kept as written
    [InlineData("566910.00", "566910")]  // any number of zeros after the point
    [InlineData("566910.5", "566910.5")] // a real fraction is not an Excel artefact
    [InlineData("000", "0")]
    public void Canonical_Forms_AreReadAsTheDocumentSays(string written, string id) => Assert.Equal(id, ChildIdForms.Canonical(written));
}
