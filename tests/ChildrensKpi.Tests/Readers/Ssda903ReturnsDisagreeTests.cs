using ChildrensKpi.Readers;

namespace ChildrensKpi.Tests.Readers;

/// <summary>
/// Issue 17, "nothing lost when returns disagree", table by table: a record copied into two returns of different
/// collection years with one field filled differently takes the later return's value, the earlier value is one
/// SSDA903-E009 warning where it was read (quoted as written, naming the value used and where it was read), a field
/// filled only in the earlier return is kept (the later's empty cell changes nothing, <see cref="ReturnPrecedence"/>),
/// and nothing is rejected. Each is read in both orders: the later return's file named to sort (so be read) second,
/// then first; the outcome must not change.
/// </summary>
public class Ssda903ReturnsDisagreeTests
{
    private static readonly ValidationRule Rule = ValidationRules.SupersededByLaterReturn;
    private static readonly ChildId A = new("A"), B = new("B");

    private static Ssda903ReadResult Read(params (string Name, string Text)[] files) =>
        Ssda903Reader.Read(files.Select(f => InputFile.FromText(f.Name, f.Text)));

    // The two returns' file names: "a_" sorts before "b_", so with laterFirst the later return is read first. The year
    // in the name is each file's collection year; the prefix changes nothing else.
    private static (string Earlier, string Later) Names(string table, string earlierYear, string laterYear, bool laterFirst) =>
        laterFirst ? ($"b_{table}_{earlierYear}.csv", $"a_{table}_{laterYear}.csv") : ($"a_{table}_{earlierYear}.csv", $"b_{table}_{laterYear}.csv");

    private static ValidationFinding[] Superseded(Ssda903ReadResult read) => [.. read.Account.Findings.Where(f => f.RuleId == Rule.Id)];

    private static void NothingRejected(Ssda903ReadResult read, long rows)
    {
        Assert.Empty(read.Account.Rejections);
        Assert.Equal(new RowCounts(rows, rows, 0, 0), read.Account.Rows);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_Oc3InTwoReturns_LaterInTouchUsedEarlierActivKept(bool laterFirst)
    {
        // OC3 row of A: the 2006-07 return (line 3) has IN_TOUCH NO, ACTIV F2, ACCOM U1; the 2007-08 return (line 2)
        // has IN_TOUCH YES, ACTIV empty, ACCOM U1. Later is 2007-08, so IN_TOUCH is YES; its empty ACTIV leaves the
        // 2006-07 F2; ACCOM agrees. One warning: IN_TOUCH NO, 2006-07 file line 3, naming the 2007-08 file line 2.
        // B is in the 2006-07 return alone, unchanged. 3 rows read, 3 used.
        var (earlier, later) = Names("oc3", "2006-07", "2007-08", laterFirst);
        const string head = "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n";
        var read = Read((earlier, head + "B,01/01/1988,YES,F1,U1\nA,15/06/1987,NO,F2,U1\n"), (later, head + "A,15/06/1987,YES,,U1\n"));

        NothingRejected(read, 3);
        Assert.Equal(
            [new CareLeaverOutcome(A, new LocalDate(1987, 6, 15), InTouch.Yes, CareLeaverActivity.F2, "U1"),
             new CareLeaverOutcome(B, new LocalDate(1988, 1, 1), InTouch.Yes, CareLeaverActivity.F1, "U1")],
            read.Data.CareLeavers.OrderBy(c => c.Child.Value, StringComparer.Ordinal).ToArray());
        Assert.Equal(
            [ValidationFinding.Warn(Rule, earlier, 3, "IN_TOUCH", "NO",
                $"OC3 row CHILD A: IN_TOUCH NO in the 2006-07 return is superseded by IN_TOUCH YES in the 2007-08 return ({later} line 2)", "A")],
            Superseded(read));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_MissingInTwoReturns_LaterKindUsedEarlierEndKept(bool laterFirst)
    {
        // A's missing episode from 10/03/2007: the 2006-07 return (line 3) has MISSING A, MIS_END 12/03/2007; the
        // 2007-08 return (line 2) has MISSING M, MIS_END empty. Later is 2007-08: kind M (missing), end 12/03/2007 kept.
        // One warning: MISSING A, 2006-07 file line 3, naming the 2007-08 file line 2. A's episode from 01/02/2007 is in
        // 2006-07 alone. 3 rows read, 3 used.
        var (earlier, later) = Names("missing", "2006-07", "2007-08", laterFirst);
        const string head = "CHILD,DOB,MISSING,MIS_START,MIS_END\n";
        var read = Read(
            (earlier, head + "A,01/01/2000,M,01/02/2007,02/02/2007\nA,01/01/2000,A,10/03/2007,12/03/2007\n"),
            (later, head + "A,01/01/2000,M,10/03/2007,\n"));

        NothingRejected(read, 3);
        Assert.Equal(
            [new MissingEpisode(A, MissingKind.Missing, new LocalDate(2007, 2, 1), new LocalDate(2007, 2, 2)),
             new MissingEpisode(A, MissingKind.Missing, new LocalDate(2007, 3, 10), new LocalDate(2007, 3, 12))],
            read.Data.MissingEpisodes.OrderBy(m => m.Start).ToArray());
        Assert.Equal(
            [ValidationFinding.Warn(Rule, earlier, 3, "MISSING", "A",
                $"Missing row CHILD A MIS_START 10/03/2007: MISSING A in the 2006-07 return is superseded by MISSING M in the 2007-08 return ({later} line 2)", "A")],
            Superseded(read));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_UascInTwoReturns_LaterDucUsedEarlierDucKeptWhereTheLaterIsEmpty(bool laterFirst)
    {
        // UASC rows keep DUC alone, so two children: the 2023-24 return (SEX 1/2) has B (line 2) DUC 01/01/2025 and A
        // (line 3) DUC 01/01/2024; the 2024-25 return (SEX M/F/U: each copy is checked against its own year's codes)
        // has A (line 2) DUC 15/01/2024 and B (line 3) DUC empty. Later is 2024-25: A's DUC 15/01/2024; B's empty
        // DUC leaves 01/01/2025. One warning: A's DUC 01/01/2024, 2023-24 file line 3, naming the 2024-25 file line 2.
        // SEX is checked, not merged: no warning. 4 rows read, 4 used.
        var (earlier, later) = Names("uasc", "2023-24", "2024-25", laterFirst);
        const string head = "CHILD,SEX,DOB,DUC\n";
        var read = Read(
            (earlier, head + "B,2,01/01/2007,01/01/2025\nA,1,01/01/2006,01/01/2024\n"),
            (later, head + "A,M,01/01/2006,15/01/2024\nB,F,01/01/2007,\n"));

        NothingRejected(read, 4);
        Assert.Equal(
            [new UnaccompaniedAsylumSeeker(A, new LocalDate(2024, 1, 15)), new UnaccompaniedAsylumSeeker(B, new LocalDate(2025, 1, 1))],
            read.Data.UnaccompaniedAsylumSeekers.OrderBy(u => u.Child.Value, StringComparer.Ordinal).ToArray());
        Assert.Equal(
            [ValidationFinding.Warn(Rule, earlier, 3, "DUC", "01/01/2024",
                $"UASC row CHILD A: DUC 01/01/2024 in the 2023-24 return is superseded by DUC 15/01/2024 in the 2024-25 return ({later} line 2)", "A")],
            Superseded(read));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_PlacedAdoptionInTwoReturns_LaterCeasedDateUsedEarlierReasonKept(bool laterFirst)
    {
        // A's placement for adoption of 01/06/2006: the 2006-07 return (line 3) has DATE_PLACED_CEASED 10/03/2007 and
        // REASON_PLACED_CEASED E; the 2007-08 return (line 2) has 12/03/2007 and no reason. Later is 2007-08: ceased
        // 12/03/2007, reason E kept. One warning: DATE_PLACED_CEASED 10/03/2007, 2006-07 file line 3, naming the
        // 2007-08 file line 2. B (line 2) is in 2006-07 alone. 3 rows read, 3 used.
        var (earlier, later) = Names("placed", "2006-07", "2007-08", laterFirst);
        const string head = "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\n";
        var read = Read(
            (earlier, head + "B,01/01/2001,01/06/2006,,\nA,01/01/2000,01/06/2006,10/03/2007,E\n"),
            (later, head + "A,01/01/2000,01/06/2006,12/03/2007,\n"));

        NothingRejected(read, 3);
        Assert.Equal(
            [new PlacementForAdoption(A, new LocalDate(2006, 6, 1), new LocalDate(2007, 3, 12), "E"), new PlacementForAdoption(B, new LocalDate(2006, 6, 1))],
            read.Data.PlacementsForAdoption.OrderBy(p => p.Child.Value, StringComparer.Ordinal).ToArray());
        Assert.Equal(
            [ValidationFinding.Warn(Rule, earlier, 3, "DATE_PLACED_CEASED", "10/03/2007",
                $"PlacedAdoption row CHILD A DATE_PLACED 01/06/2006: DATE_PLACED_CEASED 10/03/2007 in the 2006-07 return is superseded by DATE_PLACED_CEASED 12/03/2007 in the 2007-08 return ({later} line 2)", "A")],
            Superseded(read));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_SocialWorkerEpisodeInTwoReturns_LaterReasonUsedEarlierEndKept(bool laterFirst)
    {
        // SWEpisodes (collected from 2023-24). A's social worker episode from 01/02/2024 with SW1: the 2023-24 return
        // (line 3) has SW_DEC 10/03/2024 and SW_REASON LEFTRL; the 2024-25 return (line 2) has SW_DEC empty and
        // SW_REASON ORGRST. Later is 2024-25: reason ORGRST, end 10/03/2024 kept. One warning: SW_REASON LEFTRL,
        // 2023-24 file line 3, naming the 2024-25 file line 2. A's episode from 01/05/2023 is in 2023-24 alone.
        var (earlier, later) = Names("sw", "2023-24", "2024-25", laterFirst);
        const string head = "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\n";
        var read = Read(
            (earlier, head + "A,01/01/2010,SW9,01/05/2023,31/01/2024,MANAGE\nA,01/01/2010,SW1,01/02/2024,10/03/2024,LEFTRL\n"),
            (later, head + "A,01/01/2010,SW1,01/02/2024,,ORGRST\n"));

        NothingRejected(read, 3);
        Assert.Equal(
            [new SocialWorkerEpisode(A, "SW9", new LocalDate(2023, 5, 1), new LocalDate(2024, 1, 31), "MANAGE"),
             new SocialWorkerEpisode(A, "SW1", new LocalDate(2024, 2, 1), new LocalDate(2024, 3, 10), "ORGRST")],
            read.Data.SocialWorkerEpisodes.OrderBy(e => e.Start).ToArray());
        Assert.Equal(
            [ValidationFinding.Warn(Rule, earlier, 3, "SW_REASON", "LEFTRL",
                $"social worker episode CHILD A SW_DECOM 01/02/2024: SW_REASON LEFTRL in the 2023-24 return is superseded by SW_REASON ORGRST in the 2024-25 return ({later} line 2)", "A")],
            Superseded(read));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_DoLoInTwoReturns_LaterEndUsedEarlierEndKeptWhereTheLaterIsEmpty(bool laterFirst)
    {
        // DoLo is collected from 2026-27, the last year described, so the later return is 2027-28: its codes are read as
        // 2026-27's (a warning in the account), but the year it states still orders it after 2026-27. DoLo keeps
        // DOLO_END alone, so two orders: A's from 01/06/2026 ends 01/09/2026 in 2026-27 (line 3) and 15/09/2026 in
        // 2027-28 (line 2): 15/09/2026 used, one warning at the 2026-27 file line 3 naming the 2027-28 file line 2. B's
        // from 01/05/2026 ends 01/08/2026 in 2026-27 (line 2), empty in 2027-28 (line 3): 01/08/2026 kept. 4 rows, 4 used.
        var (earlier, later) = Names("dolo", "2026-27", "2027-28", laterFirst);
        const string head = "CHILD,DOB,DOLO_START,DOLO_END\n";
        var read = Read(
            (earlier, head + "B,01/01/2010,01/05/2026,01/08/2026\nA,01/01/2010,01/06/2026,01/09/2026\n"),
            (later, head + "A,01/01/2010,01/06/2026,15/09/2026\nB,01/01/2010,01/05/2026,\n"));

        NothingRejected(read, 4);
        Assert.Equal(
            [new DeprivationOfLibertyOrder(A, new LocalDate(2026, 6, 1), new LocalDate(2026, 9, 15)),
             new DeprivationOfLibertyOrder(B, new LocalDate(2026, 5, 1), new LocalDate(2026, 8, 1))],
            read.Data.DeprivationOfLibertyOrders.OrderBy(o => o.Child.Value, StringComparer.Ordinal).ToArray());
        Assert.Equal(
            [ValidationFinding.Warn(Rule, earlier, 3, "DOLO_END", "01/09/2026",
                $"DoLo row CHILD A DOLO_START 01/06/2026: DOLO_END 01/09/2026 in the 2026-27 return is superseded by DOLO_END 15/09/2026 in the 2027-28 return ({later} line 2)", "A")],
            Superseded(read));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_Ad1InTwoReturns_LaterValuesUsedAndFosterCareKept(bool laterFirst)
    {
        // AD1, FOSTER_CARE kept through the merge. A: the 2006-07 return (line 3) has DATE_MATCH 15/03/2007 and
        // FOSTER_CARE 1; the 2007-08 return (line 2) has DATE_MATCH 20/03/2007 and FOSTER_CARE empty: the match is
        // 20/03/2007 and A is still adopted by the foster carers (1 kept). B: FOSTER_CARE 0 in 2006-07 (line 2), 1 in
        // 2007-08 (line 3): by the foster carers. Two warnings, both in the 2006-07 file: line 2 B's FOSTER_CARE 0
        // (naming the 2007-08 file line 3) and line 3 A's DATE_MATCH 15/03/2007 (naming line 2). 4 rows, 4 used.
        var (earlier, later) = Names("ad1", "2006-07", "2007-08", laterFirst);
        const string head = "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR\n";
        var read = Read(
            (earlier, head + "B,01/01/2001,01/03/2007,,0,,,\nA,01/01/2000,01/02/2007,15/03/2007,1,1,MF,L0\n"),
            (later, head + "A,01/01/2000,01/02/2007,20/03/2007,,1,MF,L0\nB,01/01/2001,01/03/2007,,1,,,\n"));

        NothingRejected(read, 4);
        Assert.Equal(
            [new AdoptionDecision(A, new LocalDate(2007, 2, 1), new LocalDate(2007, 3, 20)) { ByFosterCarers = true },
             new AdoptionDecision(B, new LocalDate(2007, 3, 1), null) { ByFosterCarers = true }],
            read.Data.AdoptionDecisions.OrderBy(d => d.Child.Value, StringComparer.Ordinal).ToArray());
        Assert.Equal(
            [ValidationFinding.Warn(Rule, earlier, 2, "FOSTER_CARE", "0",
                $"AD1 row CHILD B: FOSTER_CARE 0 in the 2006-07 return is superseded by FOSTER_CARE 1 in the 2007-08 return ({later} line 3)", "B"),
             ValidationFinding.Warn(Rule, earlier, 3, "DATE_MATCH", "15/03/2007",
                $"AD1 row CHILD A: DATE_MATCH 15/03/2007 in the 2006-07 return is superseded by DATE_MATCH 20/03/2007 in the 2007-08 return ({later} line 2)", "A")],
            Superseded(read));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_ReviewInTwoReturns_LaterReviewCodeUsed(bool laterFirst)
    {
        // A's review of 15/03/2007: REVIEW_CODE PN1 in the 2006-07 return (line 3), PN3 in the 2007-08 return (line 2).
        // REVIEW_CODE is required, so no copy leaves it empty. Later is 2007-08: PN3; one warning, PN1 at the 2006-07
        // file line 3 naming the 2007-08 file line 2. The review of 01/02/2007 (PN0) is in 2006-07 alone. 3 rows, 3 used.
        var (earlier, later) = Names("reviews", "2006-07", "2007-08", laterFirst);
        const string head = "CHILD,DOB,REVIEW,REVIEW_CODE\n";
        var read = Read(
            (earlier, head + "A,01/01/2000,01/02/2007,PN0\nA,01/01/2000,15/03/2007,PN1\n"),
            (later, head + "A,01/01/2000,15/03/2007,PN3\n"));

        NothingRejected(read, 3);
        Assert.Equal(
            [new Review(A, new LocalDate(2007, 2, 1), ReviewParticipation.PN0), new Review(A, new LocalDate(2007, 3, 15), ReviewParticipation.PN3)],
            read.Data.Reviews.OrderBy(r => r.Date).ToArray());
        Assert.Equal(
            [ValidationFinding.Warn(Rule, earlier, 3, "REVIEW_CODE", "PN1",
                $"review CHILD A REVIEW 15/03/2007: REVIEW_CODE PN1 in the 2006-07 return is superseded by REVIEW_CODE PN3 in the 2007-08 return ({later} line 2)", "A")],
            Superseded(read));
    }
}
