using ChildrensKpi.Readers;

namespace ChildrensKpi.Tests.Readers;

/// <summary>The Reviews, OC2, AD1, PlacedAdoption and Missing tables: records, merging across files, and exact rejections.</summary>
public class Ssda903OtherTablesReaderTests
{
    private const string Episodes = "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA,01/04/2006,S,C2,U4,,\n";
    private const string ReviewsHeader = "CHILD,DOB,REVIEW,REVIEW_CODE\n";
    private const string Oc2Header = "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\n";
    private const string Ad1Header = "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR\n";
    private const string PlacedHeader = "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\n";
    private const string MissingHeader = "CHILD,DOB,MISSING,MIS_START,MIS_END\n";

    private static Ssda903ReadResult Read(params (string Name, string Text)[] files) =>
        Ssda903Reader.Read([InputFile.FromText("e.csv", Episodes), .. files.Select(f => InputFile.FromText(f.Name, f.Text))]);

    [Fact]
    public void Read_ValidRowsOfEachTable_BecomeRecords()
    {
        var read = Read(
            ("r.csv", ReviewsHeader + "A,01/01/2000,15/05/2006,PN1\nA,01/01/2000,2006-11-10,pn7\n"),
            ("o.csv", Oc2Header + "A,01/01/2000,12,,1,Y,true,0,1,0,,\n"),
            ("a.csv", Ad1Header + "A,01/01/2000,01/02/2006,15/05/2006,1,1,MF,L0\n"),
            ("p.csv", PlacedHeader + "A,01/01/2000,01/06/2006,,\n"),
            ("m.csv", MissingHeader + "A,01/01/2000,M,10/05/2006,11/05/2006\nA,01/01/2000,A,20/05/2006,\n"));

        var d = new LocalDate(2000, 1, 1);
        var a = new ChildId("A");
        Assert.Equal([new Review(a, new LocalDate(2006, 5, 15), ReviewParticipation.PN1), new Review(a, new LocalDate(2006, 11, 10), ReviewParticipation.PN7)],
            read.Data.Reviews.OrderBy(r => r.Date).ToArray());
        Assert.Equal(new Oc2Outcome(a, d, true, true, true, false), Assert.Single(read.Data.Oc2Outcomes));
        // FOSTER_CARE 1: adopted by the foster carers.
        Assert.Equal(new AdoptionDecision(a, new LocalDate(2006, 2, 1), new LocalDate(2006, 5, 15)) { ByFosterCarers = true }, Assert.Single(read.Data.AdoptionDecisions));
        Assert.Equal(new PlacementForAdoption(a, new LocalDate(2006, 6, 1)), Assert.Single(read.Data.PlacementsForAdoption));
        Assert.Equal([new MissingEpisode(a, MissingKind.Missing, new LocalDate(2006, 5, 10), new LocalDate(2006, 5, 11)),
                      new MissingEpisode(a, MissingKind.AwayWithoutAuthorisation, new LocalDate(2006, 5, 20))],
            read.Data.MissingEpisodes.OrderBy(m => m.Start).ToArray());
        Assert.All(read.Account.Files, f => Assert.Equal(f.Rows.Read, f.Rows.Used));
        // Files are read in ordinal order of their names: a, e, m, o, p, r.
        Assert.Equal(["AD1", "Episodes", "Missing", "OC2", "PlacedAdoption", "Reviews"], read.Account.Files.Select(f => f.Table));
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("", null)]
    // Not a FOSTER_CARE code: DfE rule 114 reports it in the validation report; the row's dates are still read.
    [InlineData("9", null)]
    public void Read_Ad1FosterCare_ByFosterCarers(string fosterCare, bool? expected)
    {
        var read = Read(("a.csv", Ad1Header + $"A,01/01/2000,01/02/2006,15/05/2006,{fosterCare},1,MF,L0\n"));

        var decision = Assert.Single(read.Data.AdoptionDecisions);
        Assert.Equal(expected, decision.ByFosterCarers);
        Assert.Equal(new LocalDate(2006, 5, 15), decision.MatchDate);
    }

    [Theory]
    [InlineData("r.csv", ReviewsHeader + "A,01/01/2000,15/05/2006,PN8", "REVIEW_CODE", "PN8", "REVIEW_CODE must be one of the 2006-07 REVIEW_CODE codes (PN0–PN7)", "903-167")]
    [InlineData("r.csv", ReviewsHeader + "A,01/01/2000,31/04/2006,PN1", "REVIEW", "31/04/2006", "REVIEW must be a valid date (dd/mm/yyyy or yyyy-mm-dd)", "903-166")]
    [InlineData("r.csv", ReviewsHeader + "A,1/1/00,15/05/2006,PN1", "DOB", "1/1/00", "DOB must be a valid date (dd/mm/yyyy or yyyy-mm-dd) or empty", null)]
    [InlineData("o.csv", Oc2Header + "A,01/01/2000,,,2,,,,,,,", "CONVICTED", "2", "CONVICTED must be true/false, 1/0 or Y/N or empty", null)]
    [InlineData("o.csv", Oc2Header + "A,,,,1,,,,,,,", "DOB", null, "DOB must be a valid date (dd/mm/yyyy or yyyy-mm-dd)", null)]
    [InlineData("a.csv", Ad1Header + "A,01/01/2000,01/02/2006,15/01/2006,,,,", "DATE_MATCH", "15/01/2006", "DATE_MATCH must not be before DATE_INT", null)]
    [InlineData("p.csv", PlacedHeader + "A,01/01/2000,,,", "DATE_PLACED", null, "DATE_PLACED must be a valid date (dd/mm/yyyy or yyyy-mm-dd)", "903-115")]
    [InlineData("p.csv", PlacedHeader + "A,01/01/2000,01/06/2006,31/05/2006,E", "DATE_PLACED_CEASED", "31/05/2006", "DATE_PLACED_CEASED must not be before DATE_PLACED", "903-522")]
    [InlineData("m.csv", MissingHeader + "A,01/01/2000,X,10/05/2006,", "MISSING", "X", "MISSING must be one of the 2006-07 MISSING codes (A, M)", "903-1006")]
    [InlineData("m.csv", MissingHeader + "A,01/01/2000,M,10/05/2006,09/05/2006", "MIS_END", "09/05/2006", "MIS_END must not be before MIS_START", "903-567")]
    [InlineData("m.csv", MissingHeader + ",01/01/2000,M,10/05/2006,", "CHILD", null, "CHILD must not be empty", null)]
    public void Read_BadRow_IsRejectedWithTheRule(string file, string text, string column, string? value, string rule, string? dfeRule)
    {
        var read = Read((file, text + "\n"));

        Assert.Equal(new Rejection(file, 2, column, value, rule) { DfeRuleId = dfeRule }, Assert.Single(read.Account.Rejections));
        Assert.Equal(new RowCounts(1, 0, 0, 1), read.Account.Files.Single(f => f.Path == file).Rows);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_SameRecordInTwoReturns_MergedWithTheLaterReturnsValueWhateverTheFileNames(bool reversed)
    {
        // The review of 15/05/2006 is in both years' returns with the same code: merged. The AD1 row for A gains its
        // DATE_MATCH from the 2006-07 return. The OC2 row differs on CONVICTED: 0 in 2005-06, 1 in 2006-07; the later
        // return corrects the earlier, so CONVICTED is 1 (true), nothing is rejected, and the 2005-06 value is an
        // SSDA903-E009 warning where it was read, naming the value used and its file. With the file names swapped so
        // that the 2006-07 files sort first ("a_..." before "b_..."), the same: names never decide.
        string Name(string table, string year) => reversed ? $"{(year == "2006-07" ? "a" : "b")}{table}_{year}.csv" : $"{table}_{year}.csv";
        var read = Read(
            (Name("r", "2005-06"), ReviewsHeader + "A,01/01/2000,15/05/2006,PN1\n"),
            (Name("r", "2006-07"), ReviewsHeader + "A,01/01/2000,15/05/2006,PN1\n"),
            (Name("a", "2005-06"), Ad1Header + "A,01/01/2000,01/02/2006,,,,,\n"),
            (Name("a", "2006-07"), Ad1Header + "A,01/01/2000,01/02/2006,15/05/2006,,,,\n"),
            (Name("o", "2005-06"), Oc2Header + "A,01/01/2000,,,0,,,,,,,\n"),
            (Name("o", "2006-07"), Oc2Header + "A,01/01/2000,,,1,,,,,,,\n"));

        Assert.Single(read.Data.Reviews);
        Assert.Equal(new LocalDate(2006, 5, 15), Assert.Single(read.Data.AdoptionDecisions).MatchDate);
        Assert.True(Assert.Single(read.Data.Oc2Outcomes).Convicted);
        Assert.Empty(read.Account.Rejections);
        var superseded = Assert.Single(read.Account.Findings, f => f.RuleId == "SSDA903-E009");
        // The value as written (the flag's code 0), not the meaning's name.
        Assert.Equal((Name("o", "2005-06"), 2L, "CONVICTED", "0", "A"), (superseded.Path, superseded.Line, superseded.Column, superseded.Value, superseded.ChildId));
        Assert.Contains("CONVICTED 0 in the 2005-06 return is superseded by CONVICTED 1 in the 2006-07 return", superseded.Message, StringComparison.Ordinal);
        Assert.Contains($"({Name("o", "2006-07")} line 2)", superseded.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SameRecordTwiceInOneReturn_TheCopyReadLaterThatDisagreesIsRejected()
    {
        // Two OC2 rows for A in files of the same year (2006-07) that differ on CONVICTED cannot be ordered by their
        // returns: a conflict, the copy read second (o2, by file order) rejected, the first used.
        var read = Read(
            ("o1_2006-07.csv", Oc2Header + "A,01/01/2000,,,0,,,,,,,\n"),
            ("o2_2006-07.csv", Oc2Header + "A,01/01/2000,,,1,,,,,,,\n"));

        Assert.False(Assert.Single(read.Data.Oc2Outcomes).Convicted);
        var rejection = Assert.Single(read.Account.Rejections);
        Assert.Equal(("o2_2006-07.csv", 2L, "CONVICTED", "1"), (rejection.Path, rejection.Line, rejection.Column, rejection.Value));
        Assert.Contains("o1_2006-07.csv line 2", rejection.Rule, StringComparison.Ordinal);
    }
}
