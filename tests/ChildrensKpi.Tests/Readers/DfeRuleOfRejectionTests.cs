using System.Text.RegularExpressions;
using ChildrensKpi.Readers;
using ChildrensKpi.Readers.Rules;

namespace ChildrensKpi.Tests.Readers;

/// <summary>
/// Issue 14, item 4: the row account names, in the DfE's terms, the rule that decided each rejected row
/// (<see cref="Rejection.DfeRuleId"/>), and <c>validate --dfe</c> can tell the rules that cost a row for the indicators
/// from those that do not (<see cref="DfeRule.RejectsRow"/>). Each case is worked by hand from the DfE rule list of
/// 2025-26 (<c>../shared/reference/rules/lac2025_26_rules.tsv</c>, embedded as <c>Rules/Data</c>).
/// </summary>
public class DfeRuleOfRejectionTests
{
    private const string Episodes = "CHILD,DECOM,RNE,LS,CIN,PLACE,DEC,REC\n";

    private static Ssda903ReadResult Read(params (string Name, string Text)[] files) =>
        Ssda903Reader.Read(files.Select(f => InputFile.FromText(f.Name, f.Text)), collectionYear: new CollectionYear(2025));

    private static Rejection RejectionAt(Ssda903ReadResult read, string path, long line)
    {
        var at = read.Account.Rejections.Where(r => r.Path == path && r.Line == line).ToArray();
        Assert.True(at.Length == 1, $"one rejection at {path}:{line}, not: {string.Join(" | ", read.Account.Rejections)}");
        return at[0];
    }

    [Theory]
    // 903-141 "Date episode began is not a valid date": 31 February is no date.
    [InlineData("A,31/02/2025,S,C2,N1,U1,,", "DECOM", "903-141")]
    // 903-147 "Date episode ceased is not a valid date".
    [InlineData("A,01/05/2025,S,C2,N1,U1,2025-13-01,E8", "DEC", "903-147")]
    // 903-146 "Placement type code is not a valid code": ZZ is in no year's list.
    [InlineData("A,01/05/2025,S,C2,N1,ZZ,,", "PLACE", "903-146")]
    // 903-144 "The legal status code is not a valid code".
    [InlineData("A,01/05/2025,S,Q9,N1,U1,,", "LS", "903-144")]
    // 903-143 "The reason for new episode code is not a valid code".
    [InlineData("A,01/05/2025,Q,C2,N1,U1,,", "RNE", "903-143")]
    // 903-141 too for a date the readers' years (1800-2999, SSDA903-E008) leave out: the DfE's tools cannot read it either.
    [InlineData("A,01/05/1066,S,C2,N1,U1,,", "DECOM", "903-141")]
    public void Read_EpisodeValueThatCannotBeUsed_NamesTheColumnsDfeRule(string row, string column, string dfeRule)
    {
        var read = Read(("episodes.csv", Episodes + row + "\n"));

        var rejection = RejectionAt(read, "episodes.csv", 2);
        Assert.Equal((column, dfeRule), (rejection.Column, rejection.DfeRuleId));
        Assert.True(DfeRuleList.For(DfeReturn.Ssda903, new CollectionYear(2025)).Single(r => r.Id == dfeRule).RejectsRow);
    }

    [Fact]
    public void Read_HeaderSexNotValidInTheYear_IsTheDfes101()
    {
        // 903-101 "The child or young person's reported sex is not valid": from 2024-25 SEX is M, F or U, so 1 is not.
        var read = Read(("header.csv", "CHILD,SEX,DOB,ETHNIC\nA,1,01/01/2015,WBRI\n"));

        Assert.Equal(("SEX", "903-101"), (RejectionAt(read, "header.csv", 2).Column, RejectionAt(read, "header.csv", 2).DfeRuleId));
    }

    [Fact]
    public void Read_EpisodeEndingBeforeItStarted_IsE001AndTheDfes356()
    {
        // 903-356 "The date the episode ceased is before the date the same episode started".
        var read = Read(("episodes.csv", Episodes + "A,01/05/2025,S,C2,N1,U1,01/04/2025,E8\n"));

        var rejection = RejectionAt(read, "episodes.csv", 2);
        Assert.Equal(("SSDA903-E001", "903-356"), (rejection.RuleId, rejection.DfeRuleId));
    }

    [Fact]
    public void Read_OverlappingEpisodeAndOneBeforeBirth_AreTheDfes501And302()
    {
        // Child A: 01/04/2025-01/06/2025, then 15/05/2025, which starts before the first ended: 903-501 on line 3.
        // Child B, born 01/03/2025: an episode from 01/02/2025 starts before the birth: 903-302 on line 4.
        var read = Read(
            ("episodes.csv", Episodes + "A,01/04/2025,S,C2,N1,U4,01/06/2025,E8\nA,15/05/2025,P,C2,N1,U5,,\nB,01/02/2025,S,C2,N1,U1,,\n"),
            ("header.csv", "CHILD,SEX,DOB,ETHNIC\nA,M,01/01/2015,WBRI\nB,M,01/03/2025,WBRI\n"));

        Assert.Equal(("SSDA903-E002", "903-501"), (RejectionAt(read, "episodes.csv", 3).RuleId, RejectionAt(read, "episodes.csv", 3).DfeRuleId));
        Assert.Equal(("SSDA903-E003", "903-302"), (RejectionAt(read, "episodes.csv", 4).RuleId, RejectionAt(read, "episodes.csv", 4).DfeRuleId));
    }

    [Fact]
    public void Read_EpisodeStartingWhileThePreviousIsOpen_IsE002ButNamesNoDfeRule()
    {
        // 01/04/2025 open, then 01/05/2025: E002 rejects line 3. The DfE's 501 needs the previous episode's DEC, so it
        // does not flag line 3; its 142 flags line 2 (open, not the latest). No DfE rule flags line 3: none is named.
        var read = Read(("episodes.csv", Episodes + "A,01/04/2025,S,C2,N1,U4,,\nA,01/05/2025,P,C2,N1,U5,,\n"));

        var rejection = RejectionAt(read, "episodes.csv", 3);
        Assert.Equal(("SSDA903-E002", null), (rejection.RuleId, rejection.DfeRuleId));
    }

    [Fact]
    public void Read_MissingPeriodEndingBeforeItStarted_IsTheDfes567_AndAnEmptyChildNamesNone()
    {
        // Line 2: MIS_END 01/05/2025 before MIS_START 10/05/2025, 903-567. Line 3: no CHILD; the DfE has no rule of its
        // own for it (its checks key every row by CHILD), so none is named.
        var read = Read(("missing.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END\nA,01/01/2015,M,10/05/2025,01/05/2025\n,01/01/2015,M,10/05/2025,\n"));

        Assert.Equal("903-567", RejectionAt(read, "missing.csv", 2).DfeRuleId);
        Assert.Null(RejectionAt(read, "missing.csv", 3).DfeRuleId);
    }

    [Fact]
    public void Warning_PlacedForAdoptionWithAnOrderWithoutE1_IsTheDfes408AndCostsNoRow()
    {
        // PLACE A5 (placed for adoption with a placement order) under LS C2: SSDA903-E006, the DfE's 903-408; a warning,
        // so the row is used, and 408 is not among the rules that reject rows.
        var read = Read(("episodes.csv", Episodes + "A,01/05/2025,S,C2,N1,A5,,\n"));

        Assert.Empty(read.Account.Rejections);
        var warning = Assert.Single(read.Account.Findings, f => f.RuleId == "SSDA903-E006");
        Assert.Equal("903-408", warning.DfeRuleId);
        Assert.False(DfeRuleList.For(DfeReturn.Ssda903, new CollectionYear(2025)).Single(r => r.Id == "903-408").RejectsRow);
    }

    private const string CinChild = """
        <Message>
        <Children>
        <Child>
        <ChildIdentifiers>
        <LAchildID>C1</LAchildID>
        <PersonBirthDate>2015-06-01</PersonBirthDate>
        </ChildIdentifiers>
        <CINdetails>
        <CINreferralDate>2022-09-05</CINreferralDate>
        <ReferralSource>1A</ReferralSource>
        <PrimaryNeedCode>N1</PrimaryNeedCode>
        <CINclosureDate>2023-02-01</CINclosureDate>
        <ReasonForClosure>RC1</ReasonForClosure>
        </CINdetails>
        </Child>
        </Children>
        </Message>
        """;

    private static ChildrenInNeedReadResult ReadCensus(string text) => ChildrenInNeedReader.Read([InputFile.FromText("cin.xml", text)]);

    [Fact]
    public void Census_ClosureBeforeReferral_IsE004AndTheDfes8630()
    {
        // CIN-8630 "CIN Closure Date is before CIN Referral Date for the same CIN episode".
        var read = ReadCensus(CinChild.Replace("2023-02-01", "2022-09-01", StringComparison.Ordinal));

        var rejection = Assert.Single(read.Account.Rejections);
        Assert.Equal(("CIN-E004", "CIN-8630"), (rejection.RuleId, rejection.DfeRuleId));
    }

    [Fact]
    public void Census_UnreadableReferralDate_IsTheDfes8600_AndABadNeedCodeAWarningUnder8650()
    {
        // CIN-8600 "Child referral date missing or after data collection period": the referral is rejected.
        var read = ReadCensus(Regex.Replace(CinChild, "<CINreferralDate>[^<]*</CINreferralDate>", "<CINreferralDate>2022-02-30</CINreferralDate>"));
        Assert.Equal("CIN-8600", Assert.Single(read.Account.Rejections).DfeRuleId);

        // CIN-8650 "Primary Need Code invalid": read leniently, a warning, the referral used without it.
        var lenient = ReadCensus(CinChild.Replace("<PrimaryNeedCode>N1</PrimaryNeedCode>", "<PrimaryNeedCode>X9</PrimaryNeedCode>", StringComparison.Ordinal));
        Assert.Empty(lenient.Account.Rejections);
        Assert.Equal("CIN-8650", Assert.Single(lenient.Account.Findings, f => f.Column.EndsWith("PrimaryNeedCode", StringComparison.Ordinal)).DfeRuleId);
        Assert.False(DfeRuleList.For(DfeReturn.ChildrenInNeed, new CollectionYear(2025)).Single(r => r.Id == "CIN-8650").RejectsRow);
    }

    [Fact]
    public void EveryDfeRuleNamed_IsInTheDfesListOfEveryYearItsTableIsCollected_AndNamesThatTableAndField()
    {
        // A stated property of the map: each rule it names exists, under that code, in each year's list that has the
        // table at all, and that rule names the column (SSDA903: and the table) it is given for.
        foreach (var (@return, table, column, ruleId) in DfeValueRules.All())
        {
            foreach (var year in DfeRuleList.Years(@return))
            {
                var rules = DfeRuleList.For(@return, year);
                if (@return == DfeReturn.Ssda903 && !rules.Any(r => r.Tables.Contains(table)))
                {
                    continue;
                }
                var rule = rules.FirstOrDefault(r => r.Id == ruleId);
                Assert.True(rule is not null, $"{ruleId} ({table}.{column}) is not in the {@return} rule list of {year}");
                Assert.Contains(column, rule.Fields);
                if (@return == DfeReturn.Ssda903)
                {
                    Assert.Contains(table, rule.Tables);
                }
            }
        }
        foreach (var rule in ValidationRules.All.Where(r => r.DfeRuleId is not null))
        {
            var @return = rule.Id.StartsWith("CIN-", StringComparison.Ordinal) ? DfeReturn.ChildrenInNeed : DfeReturn.Ssda903;
            Assert.All(DfeRuleList.Years(@return), year => Assert.Contains(DfeRuleList.For(@return, year), r => r.Id == rule.DfeRuleId));
        }
    }
}
