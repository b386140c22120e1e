using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChildrensKpi.Tests.Publication;

/// <summary>Issue 17: the one renaming of what an account or the DfE rules say about children, case by case.</summary>
public sealed class ChildIdRenamingTests
{
    // A renaming anyone can work out by eye: "P(" + id + ")".
    private static string P(string id) => $"P({id})";

    private static ChildIdRenaming Renaming(string[] rowIds, params string[] texts) => new(P, rowIds, texts);

    [Fact]
    public void Text_IdAfterChildInAMessageWithoutAChild_IsRenamed()
    {
        // A review conflict: the reader sets no child, but the message names it after CHILD.
        const string message = "conflicts with the copy of review CHILD C0001 REVIEW 08/05/2006 in reviews.csv line 4";

        Assert.Equal("conflicts with the copy of review CHILD P(C0001) REVIEW 08/05/2006 in reviews.csv line 4", Renaming([], message).Text(message));
    }

    [Fact]
    public void Text_WordsAfterChildThatAreNoId_AreKept()
    {
        // "must" holds no digit and no row names it, so it is a word, not a child.
        const string message = "CHILD must not be empty";

        Assert.Equal(message, Renaming([], message).Text(message));
    }

    [Fact]
    public void Text_AnIdInsideALongerOne_IsNotRenamedInPart()
    {
        var renaming = Renaming(["C001", "C0012"]);

        Assert.Equal("P(C0012) and P(C001), not C0013", renaming.Text("C0012 and C001, not C0013"));
    }

    [Fact]
    public void Text_DateOfBirthQuoted_IsWithheld()
    {
        const string message = "conflicts with the copy of Header row CHILD 7 in header.csv line 3, which has DOB 27/08/2012; the copy read first is used";

        Assert.Equal("conflicts with the copy of Header row CHILD P(7) in header.csv line 3, which has DOB [withheld]; the copy read first is used",
            Renaming([], message).Text(message));
        Assert.Equal("PersonBirthDate=[withheld]", Renaming([]).Text("PersonBirthDate=2006-07-24"));
    }

    [Fact]
    public void Text_IdWrittenInSeveralForms_GivesTheNumberOfFormsNotTheForms()
    {
        string warning = ChildIdFormsWarning.Text("CHILD", "566910", ["0566910", "566910", "566910.0"]);

        Assert.Equal("CHILD P(566910) was written in 3 forms: read as one child, P(566910)", Renaming([], warning).Text(warning));
    }

    [Fact]
    public void ValueAndFields_IdCellsRenamed_BirthDatesWithheld_OthersKept()
    {
        var renaming = Renaming(["C1"]);

        Assert.Equal("P(C1)", renaming.Value("CHILD", "C1"));
        Assert.Equal("P(N1)", renaming.Value("/Message/Children/Child/ChildIdentifiers/LAchildID", "N1"));
        Assert.Equal("[withheld]", renaming.Value("DOB", "01/02/2003"));
        Assert.Equal("U1", renaming.Value("PLACE", "U1"));
        Assert.Equal("CHILD=P(C1); DOB=[withheld]; PLACE=U1", renaming.Fields(["CHILD", "DOB", "PLACE"], "CHILD=C1; DOB=01/02/2003; PLACE=U1"));
        Assert.Equal("[withheld]", renaming.Fields(["MC_DOB"], "01/02/2003"));
    }

    /// <summary>
    /// Whatever the id (letters, digits, dots, dashes; beginning Z, which no message's own words hold, so that finding it
    /// anywhere is a leak), a message naming it after CHILD or LAchildID, with or without a row naming it, does not hold it once renamed.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Text_NoIdSurvivesRenaming() => Prop.ForAll(
        Gen.Elements("0123456789ABCXY.-".ToCharArray()).ArrayOf().Where(a => a.Length is > 0 and < 10 && a.Any(char.IsAsciiDigit))
            .Select(a => "Z" + new string(a)).ToArbitrary(),
        Gen.Elements("episode CHILD {0} DECOM 01/04/2006", "no ProtectionPlans row for LAchildID {0} with CPPstartDate 2007-01-01", "review CHILD {0}").ToArbitrary(),
        Gen.Elements(true, false).ToArbitrary(),
        (id, form, rowNamesIt) =>
        {
            string message = string.Format(System.Globalization.CultureInfo.InvariantCulture, form, id);
            string renamed = Renaming(rowNamesIt ? [id] : [], message).Text(message);
            return !renamed.Replace(P(id), "", StringComparison.Ordinal).Contains(id, StringComparison.Ordinal);
        });
}
