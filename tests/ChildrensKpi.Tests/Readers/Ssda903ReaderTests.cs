using ChildrensKpi.Readers;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Readers;

public class Ssda903ReaderTests
{
    private const string EpisodesHeader = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n";

    private static Ssda903ReadResult Read(params (string Name, string Text)[] files) =>
        Ssda903Reader.Read(files.Select(f => InputFile.FromText(f.Name, f.Text)));

    [Fact]
    public void Read_BothDateForms_GiveTheSameDates()
    {
        var read = Read(("e.csv", EpisodesHeader +
            "A,01/04/2006,S,C2,N1,U4,PR1,2006-05-02,X1,,,,\n" +
            "A,2006-05-02,P,C2,N1,U4,PR1,,,,,,\n"));

        var episodes = read.Data.Episodes.OrderBy(e => e.Start).ToArray();
        Assert.Equal(new LocalDate(2006, 4, 1), episodes[0].Start);
        Assert.Equal(new LocalDate(2006, 5, 2), episodes[0].End);
        Assert.Equal(new LocalDate(2006, 5, 2), episodes[1].Start);
        Assert.Equal(new RowCounts(2, 2, 0, 0), read.Account.Rows);
    }

    [Theory]
    [InlineData("31/02/2007")]   // no 31 February
    [InlineData("12/25/2006")]   // mm/dd is never read: there is no month 25
    [InlineData("01/04/06")]     // two-digit years are not guessed
    [InlineData("2006-4-1")]     // ISO needs two-digit month and day
    [InlineData("")]             // DECOM is required
    public void Read_InvalidDecom_RejectsTheRowNamingFileLineColumnValueAndRule(string decom)
    {
        var read = Read(("episodes.csv", EpisodesHeader +
            "A,01/04/2006,S,C2,N1,U4,PR1,,,,,,\n" +
            $"B,{decom},S,C2,N1,U4,PR1,,,,,,\n"));

        var rejection = Assert.Single(read.Account.Rejections);
        Assert.Equal(new Rejection("episodes.csv", 3, "DECOM", decom.Length == 0 ? null : decom, "DECOM must be a valid date (dd/mm/yyyy or yyyy-mm-dd)") { DfeRuleId = "903-141" }, rejection);
        Assert.Equal(new RowCounts(2, 1, 0, 1), read.Account.Rows);
        Assert.Single(read.Data.Episodes);
    }

    [Theory]
    [InlineData("X,01/04/2006,Q,C2,N1,U4,PR1,,,,,,", "RNE", "Q", "RNE must be one of the 2006-07 RNE codes (B, L, P, S, T, U)", "903-143")]
    [InlineData("X,01/04/2006,S,C9,N1,U4,PR1,,,,,,", "LS", "C9", "LS must be one of the 2006-07 LS codes (C1, C2, D1, E1, J1–J3, L1–L3, V2–V4)", "903-144")]
    [InlineData("X,01/04/2006,S,C2,N1,Q9,PR1,,,,,,", "PLACE", "Q9", "PLACE must be one of the 2006-07 PLACE codes (A1–A6, F1–F6, H5, K1–K3, P1–P3, R1–R3, R5, S1, T0–T4, U1–U6, Z1)", "903-146")]
    [InlineData("X,01/04/2006,S,C2,N1,U4,PR1,01/05/2006,E99,,,,", "REC", "E99", "REC must be one of the 2006-07 REC codes (E2, E3, E5–E9, E11–E17, E41, E45–E48, E4A, E4B, X1) or empty", "903-149")]
    [InlineData("X,01/04/2006,S,C2,N1,U4,PR1,31/03/2006,E8,,,,", "DEC", "31/03/2006", "DEC must not be before DECOM", "903-356")]
    [InlineData(",01/04/2006,S,C2,N1,U4,PR1,,,,,,", "CHILD", null, "CHILD must not be empty", null)]
    public void Read_BadCode_RejectsWithTheCodeListInTheRule(string row, string column, string? value, string rule, string? dfeRule)
    {
        var read = Read(("episodes.csv", EpisodesHeader + row + "\n"));

        Assert.Equal(new Rejection("episodes.csv", 2, column, value, rule) { DfeRuleId = dfeRule }, Assert.Single(read.Account.Rejections) with { RuleId = null, ChildId = null });
    }

    [Fact]
    public void Read_DecBeforeDecom_IsRejectedUnderRuleE001WithTheChild()
    {
        // DEC 31/03/2006 is the day before DECOM 01/04/2006.
        var read = Read(("episodes.csv", EpisodesHeader + "X,01/04/2006,S,C2,N1,U4,PR1,31/03/2006,E8,,,,\n"));

        var rejection = Assert.Single(read.Account.Rejections);
        Assert.Equal("SSDA903-E001", rejection.RuleId);
        Assert.Equal("X", rejection.ChildId);
    }

    [Fact]
    public void Read_HeaderNamingAColumnTwice_WarnsAndUsesTheFirstInsteadOfThrowing()
    {
        // Found by the fuzzer: Sep refused such a header with an ArgumentException that escaped the reader.
        var read = Read(("episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC,RNE\nA,01/04/2006,S,C2,U4,,,Q\n"));

        Assert.Equal(new RowCounts(1, 1, 0, 0), read.Account.Rows);
        Assert.Equal(ReasonForNewEpisode.S, Assert.Single(read.Data.Episodes).ReasonForNewEpisode);
        Assert.Equal("episodes.csv: column RNE appears more than once; the first is used.", Assert.Single(read.Account.Warnings));
    }

    [Fact]
    public void Read_TableRecognisedByHeader_NotByFileNameOrColumnOrderOrCase()
    {
        // Columns reordered and lower-cased, optional columns absent, and a file name that says nothing.
        var read = Read(("export-17.csv", "rec,dec,place,ls,rne,decom,child\n,,U4,C2,S,01/04/2006,A\n"));

        Assert.Equal("Episodes", Assert.Single(read.Account.Files).Table);
        Assert.Single(read.Data.Episodes);
    }

    [Fact]
    public void Read_UnknownColumn_IsIgnoredWithOneWarning()
    {
        var read = Read(("episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC,SOCIAL_WORKER\nA,01/04/2006,S,C2,U4,,,Jones\nB,01/04/2006,S,C2,U4,,,Smith\n"));

        Assert.Equal("episodes.csv: Episodes columns not used by ChildrensKpi, ignored: SOCIAL_WORKER.", Assert.Single(read.Account.Warnings));
        Assert.Equal(2, read.Data.Episodes.Length);
    }

    [Fact]
    public void Read_MissingRequiredColumn_RejectsTheFileNamingTheColumn()
    {
        // PLACE is missing; DECOM still identifies the table as Episodes.
        var read = Read(
            ("episodes.csv", "CHILD,DECOM,RNE,LS,DEC,REC\nA,01/04/2006,S,C2,,\nB,01/04/2006,S,C2,,\n"),
            ("episodes2.csv", EpisodesHeader + "C,01/04/2006,S,C2,N1,U4,PR1,,,,,,\n"));

        Assert.Equal(new Rejection("episodes.csv", 1, "PLACE", null, "the Episodes table needs a PLACE column; every row of this file is rejected"),
            Assert.Single(read.Account.Rejections));
        // Its year is its latest DECOM's, 01/04/2006: 2006-07.
        Assert.Equal(new FileAccount("episodes.csv", "Episodes", new RowCounts(2, 0, 0, 2)) { CollectionYear = "2006-07" }, read.Account.Files[0]);
    }

    [Fact]
    public void Read_NoEpisodesTable_ReadsTheHeaderAlone()
    {
        // Issue 13: a lone Header file is read (and can be validated); it used to be refused for want of an Episodes table.
        var read = Read(("header.csv", "CHILD,SEX,DOB,ETHNIC\nA,1,01/01/2000,WBRI\n"));

        Assert.Equal(new FileAccount("header.csv", "Header", new RowCounts(1, 1, 0, 0)), Assert.Single(read.Account.Files));
        Assert.Equal(Sex.Male, Assert.Single(read.Data.Children).Sex);
        Assert.True(read.Data.Episodes.IsEmpty);
    }

    [Fact]
    public void Read_UnrecognisedHeader_ExcludesTheFileAndReadsTheOthers()
    {
        // Issue 13: a file no table's header matches used to stop the whole read; now its rows are excluded with the reason.
        var read = Read(("notes.csv", "Team,Manager\nNorth,Smith\nSouth,Jones\n"), ("e.csv", EpisodesHeader + "A,01/04/2006,S,C2,N1,U4,PR1,,,,,,\n"));

        Assert.Equal(
            // e.csv's year is its DECOM's (01/04/2006: 2006-07); a file of no table has none.
            new[] { new FileAccount("e.csv", "Episodes", new RowCounts(1, 1, 0, 0)) { CollectionYear = "2006-07" }, new FileAccount("notes.csv", "unrecognised", new RowCounts(2, 0, 2, 0)) },
            read.Account.Files.ToArray());
        var exclusion = Assert.Single(read.Account.Exclusions);
        Assert.Equal(("notes.csv", 2L, 2L), (exclusion.Path, exclusion.Rows, exclusion.FirstLine));
        Assert.StartsWith("not a recognised SSDA903 table: its header matches none of: Header (CHILD, SEX, DOB, ETHNIC); Episodes (", exclusion.Reason);
        Assert.Single(read.Data.Episodes);
    }

    [Fact]
    public void Read_EpisodeOpenAtYearEnd_MergesTheCopiesOfBothYears()
    {
        // The 2005-06 return has the episode open (no DEC); the 2006-07 return has it closed. One episode, both rows used.
        var read = Read(
            ("episodes_2005-06.csv", EpisodesHeader + "A,01/02/2006,S,C2,N1,U4,PR1,,,,,,\n"),
            ("episodes_2006-07.csv", EpisodesHeader + "A,01/02/2006,S,C2,N1,U4,PR1,15/06/2006,E4A,,,,\n"));

        var episode = Assert.Single(read.Data.Episodes);
        Assert.Equal(new LocalDate(2006, 6, 15), episode.End);
        Assert.Equal(ReasonEpisodeCeased.E4A, episode.ReasonCeased);
        Assert.Equal(new RowCounts(2, 2, 0, 0), read.Account.Rows);
    }

    [Fact]
    public void Read_CopiesInOneReturnDisagreeOnAFilledField_RejectsTheCopyReadLater()
    {
        // Issue 17: a conflict inside one return cannot be settled by a later return; the copy read second is rejected.
        var read = Read(
            ("episodes_2005-06.csv", EpisodesHeader + "A,01/02/2006,S,C2,N1,U4,PR1,,,,,,\n" + "A,01/02/2006,S,C2,N1,U5,PR1,,,,,,\n"));

        Assert.Equal(PlacementType.U4, Assert.Single(read.Data.Episodes).Placement);
        Assert.Equal(new Rejection("episodes_2005-06.csv", 3, "PLACE", "U5",
            "conflicts with the copy of episode CHILD A DECOM 01/02/2006 in episodes_2005-06.csv line 2, which has PLACE U4; the copy read first is used") { ChildId = "A" },
            Assert.Single(read.Account.Rejections));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_LaterReturnCorrectsPlaceAndDec_UsesTheLaterValuesAndWarnsNamingBothFiles(bool namesReversed)
    {
        // Issue 17: the 2005-06 return has the episode from 01/02/2006 at U4 ending 10/03/2006; the 2006-07 return
        // corrects it to U5 ending 12/03/2006, and has the next episode from 01/06/2006. Worked: nothing is rejected
        // (3 rows, all used), the episode is U5 to 12/03/2006, and each replaced value (PLACE U4, DEC 10/03/2006) is a
        // warning where it was read (the 2005-06 file, line 2) naming the copy that replaced it. With the file names
        // swapped, so that the 2006-07 copy is read first, the result is the same: file names do not decide.
        string earlier = namesReversed ? "z_episodes_2005-06.csv" : "episodes_2005-06.csv";
        string later = namesReversed ? "a_episodes_2006-07.csv" : "episodes_2006-07.csv";
        var read = Read(
            (earlier, EpisodesHeader + "A,01/02/2006,S,C2,N1,U4,PR1,10/03/2006,E4A,,,,\n"),
            (later, EpisodesHeader + "A,01/02/2006,S,C2,N1,U5,PR1,12/03/2006,E4A,,,,\n" + "A,01/06/2006,S,C2,N1,U4,PR1,,,,,,\n"));

        Assert.Empty(read.Account.Rejections);
        Assert.Equal(new RowCounts(3, 3, 0, 0), read.Account.Rows);
        var first = read.Data.Episodes.OrderBy(e => e.Start).First();
        Assert.Equal((PlacementType.U5, new LocalDate(2006, 3, 12)), (first.Placement, first.End!.Value));
        var rule = ValidationRules.SupersededByLaterReturn;
        Assert.Equal(
            new[]
            {
                ValidationFinding.Warn(rule, earlier, 2, "DEC", "10/03/2006",
                    $"episode DECOM 01/02/2006: DEC 10/03/2006 in the 2005-06 return is superseded by 12/03/2006 in the 2006-07 return ({later} line 2)", "A"),
                ValidationFinding.Warn(rule, earlier, 2, "PLACE", "U4",
                    $"episode DECOM 01/02/2006: PLACE U4 in the 2005-06 return is superseded by U5 in the 2006-07 return ({later} line 2)", "A"),
            },
            read.Account.Findings.Where(f => f.RuleId == rule.Id).OrderBy(f => f.Column, StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_LaterReturnCorrectsHeaderDob_UsesTheLaterDobAndWarnsWhereTheOldOneWasRead(bool namesReversed)
    {
        // Issue 17, the Header as for episodes: the 2005-06 and 2006-07 returns give child A's DOB as 01/01/2000, the
        // 2007-08 return corrects it to 02/01/2000 (and fills ETHNIC). Worked: no row rejected (3 read, 3 used); the child's
        // DOB is 02/01/2000 and ETHNIC WBRI; each replaced value is a warning where it was read: DOB 01/01/2000 in the
        // 2005-06 file line 2 and the 2006-07 file line 2, each naming the 2007-08 file line 2. Whichever order the
        // file names put them in, the same.
        const string head = "CHILD,SEX,DOB,ETHNIC\n";
        string first = namesReversed ? "c_header_2005-06.csv" : "a_header_2005-06.csv";
        string second = "b_header_2006-07.csv";
        string third = namesReversed ? "a_header_2007-08.csv" : "c_header_2007-08.csv";
        var read = Read((first, head + "A,1,01/01/2000,\n"), (second, head + "A,1,01/01/2000,\n"), (third, head + "A,1,02/01/2000,WBRI\n"));

        Assert.Empty(read.Account.Rejections);
        Assert.Equal(new RowCounts(3, 3, 0, 0), read.Account.Rows);
        var child = Assert.Single(read.Data.Children);
        Assert.Equal((new LocalDate(2000, 1, 2), "WBRI"), (child.DateOfBirth, child.Ethnicity));
        var rule = ValidationRules.SupersededByLaterReturn;
        string Detail(string year) => $"Header DOB 01/01/2000 in the {year} return is superseded by DOB 02/01/2000 in the 2007-08 return ({third} line 2)";
        Assert.Equal(
            new[] { ValidationFinding.Warn(rule, first, 2, "DOB", "01/01/2000", Detail("2005-06"), "A"), ValidationFinding.Warn(rule, second, 2, "DOB", "01/01/2000", Detail("2006-07"), "A") }
                .OrderBy(f => f.Path, StringComparer.Ordinal).ToArray(),
            read.Account.Findings.Where(f => f.RuleId == rule.Id).ToArray());
    }

    [Fact]
    public void Read_HeaderCopiesInOneReturnDisagree_TheSecondIsRejected()
    {
        // Two Header rows of child A in one return with different SEX: no year decides, so the row read second is
        // rejected naming the first, and the child keeps SEX 1.
        var read = Read(("header_2006-07.csv", "CHILD,SEX,DOB,ETHNIC\nA,1,01/01/2000,WBRI\nA,2,01/01/2000,WBRI\n"));

        var rejection = Assert.Single(read.Account.Rejections);
        Assert.Equal(("header_2006-07.csv", 3L, "SEX", "2"), (rejection.Path, rejection.Line, rejection.Column, rejection.Value));
        Assert.StartsWith("conflicts with the copy of the child's Header row in header_2006-07.csv line 2, which has SEX", rejection.Rule, StringComparison.Ordinal);
        Assert.Equal(Sex.Male, Assert.Single(read.Data.Children).Sex);
        Assert.DoesNotContain(read.Account.Findings, f => f.RuleId == ValidationRules.SupersededByLaterReturn.Id);
    }

    [Fact]
    public void Read_LaterReturnConfirmsThenEarlierDiffers_TheLaterValueStands()
    {
        // Read 2007-08 (DOB 02/01/2000), then 2005-06 (01/01/2000), then 2006-07 (02/01/2000): the latest return's value
        // is used; the one 2005-06 value is the only warning, naming the 2007-08 file (the first read of the value used).
        const string head = "CHILD,SEX,DOB,ETHNIC\n";
        var read = Read(("a_header_2007-08.csv", head + "A,1,02/01/2000,\n"), ("b_header_2005-06.csv", head + "A,1,01/01/2000,\n"),
            ("c_header_2006-07.csv", head + "A,1,02/01/2000,\n"));

        Assert.Empty(read.Account.Rejections);
        Assert.Equal(new LocalDate(2000, 1, 2), Assert.Single(read.Data.Children).DateOfBirth);
        var warning = Assert.Single(read.Account.Findings, f => f.RuleId == ValidationRules.SupersededByLaterReturn.Id);
        Assert.Equal(("b_header_2005-06.csv", 2L, "DOB"), (warning.Path, warning.Line, warning.Column));
        Assert.EndsWith("in the 2007-08 return (a_header_2007-08.csv line 2)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EarlierReturnReadAfterALaterOne_FillsOnlyWhatTheLaterLeftEmpty()
    {
        // Three returns of one episode, read 2007-08, 2005-06, 2006-07 (names sort so). Worked: PLACE is the 2007-08 U6
        // (latest); REC is empty in 2007-08, so it is 2006-07's E4B, which supersedes 2005-06's E4A whichever is read first.
        var read = Read(
            ("a_episodes_2007-08.csv", EpisodesHeader + "A,01/02/2006,S,C2,N1,U6,PR1,10/03/2007,,,,,\n"),
            ("b_episodes_2005-06.csv", EpisodesHeader + "A,01/02/2006,S,C2,N1,U4,PR1,10/03/2007,E4A,,,,\n"),
            ("c_episodes_2006-07.csv", EpisodesHeader + "A,01/02/2006,S,C2,N1,U5,PR1,10/03/2007,E4B,,,,\n"));

        var episode = Assert.Single(read.Data.Episodes);
        Assert.Equal((PlacementType.U6, ReasonEpisodeCeased.E4B), (episode.Placement, episode.ReasonCeased!.Value));
        Assert.Empty(read.Account.Rejections);
    }

    [Fact]
    public void Read_ShortBreakEpisodes_AreKeptButCountedAsExcludedWithTheReason()
    {
        var read = Read(("episodes.csv", EpisodesHeader +
            "A,01/04/2006,S,V3,N1,U4,PR1,02/04/2006,E13,,,,\n" +
            "A,01/05/2006,S,V4,N1,U4,PR1,03/05/2006,E13,,,,\n" +
            "B,01/04/2006,S,C2,N1,U4,PR1,,,,,,\n"));

        Assert.Equal(new RowCounts(3, 1, 2, 0), read.Account.Rows);
        Assert.Equal(new Exclusion("episodes.csv", "short break (LS V3/V4): not time looked after, ignored by the looked-after indicators", 2, 2),
            Assert.Single(read.Account.Exclusions));
        Assert.Equal(3, read.Data.Episodes.Length);
    }

    [Fact]
    public void Read_RowWithMoreCellsThanTheHeader_IsRejectedUnlessTheExtraCellsAreEmpty()
    {
        var read = Read(("episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n" +
            "A,01/04/2006,S,C2,U4,,,\n" +          // a trailing comma: harmless
            "B,01/04/2006,S,C2,U4,,,oops\n"));

        Assert.Equal(new Rejection("episodes.csv", 3, "column 8", "oops", "the row has 8 cells but the header has 7 columns"),
            Assert.Single(read.Account.Rejections));
        Assert.Equal(new RowCounts(2, 1, 0, 1), read.Account.Rows);
    }

    [Fact]
    public void Read_QuotedCellSpanningLines_ReportsTheLineWhereEachRowStarts()
    {
        // Row 1 starts on line 2 and runs over line 3; row 2 starts on line 4.
        var read = Read(("episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC,URN\n" +
            "A,01/04/2006,S,C2,U4,,,\"two\nlines\"\n" +
            "B,31/04/2006,S,C2,U4,,,\n"));

        Assert.Equal(4, Assert.Single(read.Account.Rejections).Line);
    }

    [Fact]
    public void Read_HeaderAndOc3Rows_BecomeChildrenAndCareLeavers()
    {
        var read = Read(
            ("e.csv", EpisodesHeader + "A,01/04/2003,S,C2,N1,F1,PR1,,,,,,\n"),
            ("h.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA,2,15/06/1987,WBRI,,,\n"),
            ("o.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nA,15/06/1987,YES,F2,U1\nB,01/01/1988,NO,,\n"));

        Assert.Equal(new Child(new ChildId("A"), Sex.Female, new LocalDate(1987, 6, 15), "WBRI"), Assert.Single(read.Data.Children));
        var leavers = read.Data.CareLeavers.OrderBy(c => c.Child).ToArray();
        Assert.Equal(new CareLeaverOutcome(new ChildId("A"), new LocalDate(1987, 6, 15), InTouch.Yes, CareLeaverActivity.F2, "U1"), leavers[0]);
        Assert.Equal(new CareLeaverOutcome(new ChildId("B"), new LocalDate(1988, 1, 1), InTouch.No, CareLeaverActivity.NoInformation, null), leavers[1]);
    }

    [Theory]
    [InlineData("A,15/06/1987,MAYBE,F2,U1", "IN_TOUCH", "MAYBE", "IN_TOUCH must be one of the IN_TOUCH codes of any collection year (DIED, NO, NREQ, REFU, RHOM, YES)", "903-131")]
    [InlineData("A,15/06/1987,YES,X7,U1", "ACTIV", "X7", "ACTIV must be one of the ACTIV codes of any collection year (0, F1–F5, G4–G6, P1–P5) or empty", "903-132")]
    [InlineData("A,15/06/1987,YES,F2,U3", "ACCOM", "U3", "ACCOM must be a letter followed by 1 (suitable) or 2 (unsuitable), e.g. U1, or 0 or empty", "903-133")]
    public void Read_BadOc3Code_RejectsWithTheRule(string row, string column, string value, string rule, string dfeRule)
    {
        var read = Read(("e.csv", EpisodesHeader), ("o.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n" + row + "\n"));

        Assert.Equal(new Rejection("o.csv", 2, column, value, rule) { DfeRuleId = dfeRule }, Assert.Single(read.Account.Rejections));
    }

    [Fact]
    public void Read_RecognisedTableNoIndicatorUses_CountsItsRowsAsExcluded()
    {
        var read = Read(("e.csv", EpisodesHeader), ("prevperm.csv", "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\nA,01/01/2000,Z1,,\n"));

        Assert.Equal(new FileAccount("prevperm.csv", "PrevPerm", new RowCounts(1, 0, 1, 0)), read.Account.Files.Single(f => f.Table == "PrevPerm"));
        Assert.Equal("the PrevPerm table is not used by any indicator in this version", read.Account.Exclusions.Single().Reason);
    }

    [Fact]
    public void ReadFolder_MissingFolder_ThrowsNamingIt()
    {
        var e = Assert.Throws<InputFileException>(() => Ssda903Reader.ReadFolder("/no/such/folder"));
        Assert.Equal("The SSDA903 folder '/no/such/folder' does not exist.", e.Message);
    }

    [Fact]
    public void ReadFolder_SampleData_AccountsForEveryRowOfEveryFile()
    {
        var read = Ssda903Reader.ReadFolder(Repository.Path("samples", "data", "ssda903"));

        // Header, Episodes and OC3 for three years, Reviews for 2005-06 and 2006-07 (issue 15), and OC2, AD1, PlacedAdoption,
        // Missing and UASC for 2006-07.
        Assert.Equal(16, read.Account.Files.Length);
        Assert.All(read.Account.Files, f => Assert.True(f.Rows.IsBalanced, f.Path));
        // The deliberate errors documented in samples/data/ssda903/README.md (7 lines further down since R32 and R33): two
        // rejections, and line 82's PLACE correcting the 2005-06 copy (line 60), which is a warning there.
        Assert.Equal([163L, 183L], read.Account.Rejections.Select(r => r.Line).ToArray());
        Assert.All(read.Account.Rejections, r => Assert.Equal("episodes_2006-07.csv", r.Path));
        var superseded = Assert.Single(read.Account.Findings, f => f.RuleId == ValidationRules.SupersededByLaterReturn.Id);
        Assert.Equal(("episodes_2005-06.csv", 60L, "PLACE", "F5", "C0013"), (superseded.Path, superseded.Line, superseded.Column, superseded.Value, superseded.ChildId));
    }
}
