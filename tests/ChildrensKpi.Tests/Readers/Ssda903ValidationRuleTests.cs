using ChildrensKpi.Readers;

namespace ChildrensKpi.Tests.Readers;

/// <summary>
/// The SSDA903 rules that need every file read (SSDA903-E002 to E007 of <see cref="ValidationRules"/>), and E008, the
/// supported years of every date.
/// </summary>
public class Ssda903ValidationRuleTests
{
    private const string Episodes = "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n";
    private const string Header = "CHILD,SEX,DOB,ETHNIC\n";
    private const string Overlap = "DECOM must not be before the DEC of the child's previous episode (overlapping or out-of-order episodes); the later episode is rejected";

    private static Ssda903ReadResult Read(params (string Name, string Text)[] files) =>
        Ssda903Reader.Read(files.Select(f => InputFile.FromText(f.Name, f.Text)));

    [Fact]
    public void Read_EpisodeStartingBeforeThePreviousEnded_RejectsTheLaterUnderE002()
    {
        // 01/04/2006–01/06/2006, then one from 15/05/2006: it starts 17 days before the first ended, so line 3 goes.
        var read = Read(("e.csv", Episodes + "A,01/04/2006,S,C2,U4,01/06/2006,E8\nA,15/05/2006,P,C2,U5,,\n"));

        var expected = new Rejection("e.csv", 3, "DECOM", "15/05/2006",
            Overlap + ": DECOM 15/05/2006, but the episode that started 01/04/2006 ended 01/06/2006") { RuleId = "SSDA903-E002", DfeRuleId = "903-501", ChildId = "A" };
        Assert.Equal(expected, Assert.Single(read.Account.Rejections));
        Assert.Equal(new RowCounts(2, 1, 0, 1), read.Account.Rows);
        Assert.Equal(new LocalDate(2006, 4, 1), Assert.Single(read.Data.Episodes).Start);
    }

    [Fact]
    public void Read_EpisodeWhileThePreviousIsOpen_IsRejectedAndTheNextComparedWithTheEpisodeKept()
    {
        // 01/04/2006 open; 01/05/2006 and 01/06/2006 both start while it is open: both rejected, the first kept.
        var read = Read(("e.csv", Episodes + "A,01/04/2006,S,C2,U4,,\nA,01/05/2006,P,C2,U5,01/06/2006,X1\nA,01/06/2006,P,C2,U6,,\n"));

        Assert.Equal([3L, 4L], read.Account.Rejections.Select(r => r.Line));
        Assert.All(read.Account.Rejections, r => Assert.EndsWith("but the episode that started 01/04/2006 is still open", r.Rule));
        Assert.Equal(new RowCounts(3, 1, 0, 2), read.Account.Rows);
    }

    [Fact]
    public void Read_EpisodeStartingTheDayThePreviousEnded_IsNotAnOverlap()
    {
        var read = Read(("e.csv", Episodes + "A,01/04/2006,S,C2,U4,01/06/2006,X1\nA,01/06/2006,P,C2,U5,,\n"));

        Assert.Empty(read.Account.Rejections);
        Assert.Equal(2, read.Data.Episodes.Length);
    }

    [Fact]
    public void Read_OverlappingEpisodeCopiedInTwoYears_RejectsEveryCopy()
    {
        // Merged: 01/04/2006 ends 01/05/2006 (from e2); 10/04/2006 starts before that, so both its copies are rejected.
        var read = Read(
            ("e1.csv", Episodes + "A,01/04/2006,S,C2,U4,,\nA,10/04/2006,P,C2,U4,,\n"),
            ("e2.csv", Episodes + "A,01/04/2006,S,C2,U4,01/05/2006,X1\nA,10/04/2006,P,C2,U4,,\n"));

        Assert.Equal(["e1.csv 3", "e2.csv 3"], read.Account.Rejections.Select(r => $"{r.Path} {r.Line}"));
        Assert.All(read.Account.Files, f => Assert.Equal(new RowCounts(2, 1, 0, 1), f.Rows));
    }

    [Fact]
    public void Read_ShortBreakDuringAnEpisode_IsNotComparedForOverlap()
    {
        var read = Read(("e.csv", Episodes + "A,01/04/2006,S,C2,U4,,\nA,10/04/2006,S,V3,U4,11/04/2006,X1\n"));

        Assert.Empty(read.Account.Rejections);
        Assert.Equal(new RowCounts(2, 1, 1, 0), read.Account.Rows);
    }

    [Fact]
    public void Read_EpisodeBeforeTheDateOfBirth_IsRejectedUnderE003()
    {
        // Born 01/05/2006, looked after from 01/04/2006: a month before birth.
        var read = Read(("e.csv", Episodes + "A,01/04/2006,S,C2,U4,,\n"), ("h.csv", Header + "A,1,01/05/2006,WBRI\n"));

        var rejection = Assert.Single(read.Account.Rejections);
        Assert.Equal(("SSDA903-E003", "e.csv", 2L), (rejection.RuleId, rejection.Path, rejection.Line));
        Assert.Equal("DECOM must not be before the child's date of birth: DECOM 01/04/2006, DOB 01/05/2006", rejection.Rule);
        Assert.Empty(read.Data.Episodes);
    }

    [Theory]
    // Born 01/04/1988: the 18th birthday is 01/04/2006, so an episode from that day is after it, one the day before is not.
    [InlineData("01/04/2006", 1)]
    [InlineData("31/03/2006", 0)]
    public void Read_EpisodeFromThe18thBirthday_IsUsedWithWarningE004(string decom, int warnings)
    {
        var read = Read(("e.csv", Episodes + $"A,{decom},S,C2,U4,,\n"), ("h.csv", Header + "A,1,01/04/1988,WBRI\n"));

        Assert.Equal(warnings, read.Account.Findings.Count(f => f.RuleId == "SSDA903-E004"));
        // Issue 17: no birthday in the message, which would give the date of birth beside a pseudonym.
        Assert.All(read.Account.Findings.Where(f => f.RuleId == "SSDA903-E004"),
            f => Assert.Equal("DECOM must be before the child's 18th birthday: the child was 18 or over on that day", f.Message));
        Assert.Single(read.Data.Episodes);
        Assert.Empty(read.Account.Rejections);
    }

    [Theory]
    [InlineData("U5", 1)]  // RNE L with a new placement: the previous episode was U4
    [InlineData("U4", 0)]  // RNE L keeping U4: a change of legal status only
    public void Read_RneLAfterAnEpisodeEndingThatDay_WarnsE005WhenPlaceChanges(string place, int warnings)
    {
        var read = Read(("e.csv", Episodes + $"A,01/04/2006,S,C2,U4,01/05/2006,X1\nA,01/05/2006,L,C1,{place},,\n"));

        var findings = read.Account.Findings.Where(f => f.RuleId == "SSDA903-E005").ToList();
        Assert.Equal(warnings, findings.Count);
        if (warnings == 1)
        {
            Assert.Equal(new ValidationFinding("SSDA903-E005", ValidationSeverity.Warn, "e.csv", 3, "PLACE", "U5",
                "RNE L (change of legal status only) must keep the PLACE of the previous episode: the episode that ended 01/05/2006 had PLACE U4", "A"), findings[0]);
        }
        Assert.Equal(2, read.Data.Episodes.Length);
    }

    [Theory]
    // DfE rule 903-408: A5/A6 are placements for adoption with a placement order and need LS E1; A3/A4 are with consent.
    [InlineData("A5", "C2", 1)]  // placement-order placement under a care order only
    [InlineData("A6", "D1", 1)]  // a freeing order is not the placement order 408 asks for
    [InlineData("A6", "E1", 0)]  // placement order
    [InlineData("A3", "C2", 0)]  // placed with consent: no order needed
    [InlineData("A4", "C2", 0)]  // placed with consent: no order needed
    public void Read_AdoptionPlacementWithoutAnOrder_WarnsE006(string place, string ls, int warnings)
    {
        var read = Read(("e.csv", Episodes + $"A,01/04/2006,S,{ls},{place},,\n"));

        Assert.Equal(warnings, read.Account.Findings.Count(f => f.RuleId == "SSDA903-E006"));
    }

    [Fact]
    public void Read_Oc3ForAYoungPersonNotLookedAfterAt16_WarnsE007()
    {
        // A: born 01/06/1988, looked after 01/04/2004–01/04/2006, so on 01/06/2004 (16th birthday): in a cohort.
        // B: born 01/01/1986, looked after only from 01/04/2006, aged 20: never looked after at 16.
        var read = Read(
            ("e.csv", Episodes + "A,01/04/2004,S,C2,U4,01/04/2006,E8\nB,01/04/2006,S,C2,U4,,\n"),
            ("oc3.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nA,01/06/1988,YES,F1,U1\nB,01/01/1986,YES,F1,U1\n"));

        var finding = Assert.Single(read.Account.Findings, f => f.RuleId == "SSDA903-E007");
        Assert.Equal(("oc3.csv", 3L, "B"), (finding.Path, finding.Line, finding.ChildId));
        Assert.Equal("an OC3 row must be for a young person looked after at some time while aged 16: no episode in the files between the 16th and the 17th birthdays", finding.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_Oc3RowInTwoReturnsOutsideTheCohort_WarnsE007AtTheLaterReturnsRowWhateverTheOrder(bool laterFirst)
    {
        // Found by MergeOrderProperties (issue 17): B (born 01/01/1986, looked after only from 01/04/2006) is in the
        // 2006-07 OC3 return (line 2) and the 2007-08 one (line 3, after A), the same DOB. The E007 warning is where the
        // DOB used was read, the later return's row: 2007-08 line 3, whichever file sorts first. It was the copy read
        // first, so the file names decided where it was reported.
        string earlier = laterFirst ? "b_oc3_2006-07.csv" : "a_oc3_2006-07.csv", later = laterFirst ? "a_oc3_2007-08.csv" : "b_oc3_2007-08.csv";
        const string head = "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n";
        var read = Read(
            ("e.csv", Episodes + "A,01/04/2004,S,C2,U4,01/04/2006,E8\nB,01/04/2006,S,C2,U4,,\n"),
            (earlier, head + "B,01/01/1986,NO,F1,U1\n"),
            (later, head + "A,01/06/1988,YES,F1,U1\nB,01/01/1986,NO,F1,U1\n"));

        var finding = Assert.Single(read.Account.Findings, f => f.RuleId == "SSDA903-E007");
        Assert.Equal((later, 3L, "B"), (finding.Path, finding.Line, finding.ChildId));
        Assert.Empty(read.Account.Rejections);
    }

    [Theory]
    [InlineData("e.csv", Episodes + "A,01/01/0001,S,C2,U4,,\n", "DECOM", "01/01/0001", "903-141")]
    [InlineData("e.csv", Episodes + "A,01/04/2006,S,C2,U4,3000-01-01,E8\n", "DEC", "3000-01-01", "903-147")]
    [InlineData("h.csv", Header + "A,1,31/12/9999,WBRI\n", "DOB", "31/12/9999", "903-102")]
    [InlineData("h.csv", Header + "A,1,31/12/1799,WBRI\n", "DOB", "31/12/1799", "903-102")]
    public void Read_RealDateOutsideTheSupportedYears_IsRejectedUnderE008(string name, string text, string column, string value, string dfeRule)
    {
        var read = Read((name, text), ("e0.csv", Episodes));

        var expected = new Rejection(name, 2, column, value, "a date must be in the years 1800 to 2999") { RuleId = "SSDA903-E008", DfeRuleId = dfeRule };
        Assert.Equal(expected, Assert.Single(read.Account.Rejections));
    }

    [Fact]
    public void Read_DatesOnTheSupportedBounds_AreUsed()
    {
        // 01/01/1800 and 31/12/2999 are the first and last days of SupportedDates; neither is rejected.
        var read = Read(("e.csv", Episodes + "A,01/01/1800,S,C2,U4,31/12/2999,E8\n"), ("h.csv", Header + "A,1,01/01/1800,WBRI\n"));

        Assert.Empty(read.Account.Rejections);
        Assert.Equal(new RowCounts(2, 2, 0, 0), read.Account.Rows);
    }

    [Fact]
    public void All_RuleIds_AreUniqueAndEachHasAMessage()
    {
        Assert.Equal(ValidationRules.All.Length, ValidationRules.All.Select(r => r.Id).Distinct().Count());
        Assert.All(ValidationRules.All, r => Assert.Matches("^(SSDA903|CIN)-E[0-9]{3}$", r.Id));
        Assert.All(ValidationRules.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Message)));
    }
}
