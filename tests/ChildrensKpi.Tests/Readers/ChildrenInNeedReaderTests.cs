using System.Text.RegularExpressions;
using ChildrensKpi.Readers;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Readers;

public class ChildrenInNeedReaderTests
{
    private const string Dates = "(dd/mm/yyyy or yyyy-mm-dd)";

    // The minimal census of data-formats.md, line for line.
    private const string MinimalCensus = """
        <Message>
          <Header><CollectionDetails><Collection>CIN</Collection><Year>2023</Year>
            <ReferenceDate>2023-03-31</ReferenceDate></CollectionDetails></Header>
          <Children>
            <Child>
              <ChildIdentifiers><LAchildID>X1</LAchildID><PersonBirthDate>2015-06-01</PersonBirthDate>
                <GenderCurrent>1</GenderCurrent></ChildIdentifiers>
              <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
              <CINdetails>
                <CINreferralDate>2022-09-05</CINreferralDate><ReferralSource>1A</ReferralSource>
                <PrimaryNeedCode>N1</PrimaryNeedCode>
                <Assessments><AssessmentActualStartDate>2022-09-06</AssessmentActualStartDate>
                  <AssessmentAuthorisationDate>2022-10-20</AssessmentAuthorisationDate></Assessments>
                <ReferralNFA>false</ReferralNFA>
                <ChildProtectionPlans><CPPstartDate>2022-11-01</CPPstartDate>
                  <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP>
                  <Reviews><CPPreviewDate>2023-01-20</CPPreviewDate></Reviews></ChildProtectionPlans>
              </CINdetails>
            </Child>
          </Children>
        </Message>
        """;

    // One child, one element a line from line 3, so that each rule's rejection names a known line.
    // Rows: Child, CINdetails, Assessments, ChildProtectionPlans.
    private const string ValidChild = """
        <Child>
        <ChildIdentifiers>
        <LAchildID>C1</LAchildID>
        <PersonBirthDate>2015-06-01</PersonBirthDate>
        <GenderCurrent>1</GenderCurrent>
        </ChildIdentifiers>
        <CINdetails>
        <CINreferralDate>2022-09-05</CINreferralDate>
        <ReferralSource>1A</ReferralSource>
        <PrimaryNeedCode>N1</PrimaryNeedCode>
        <CINclosureDate>2023-02-01</CINclosureDate>
        <ReasonForClosure>RC1</ReasonForClosure>
        <Assessments>
        <AssessmentActualStartDate>2022-09-06</AssessmentActualStartDate>
        <AssessmentAuthorisationDate>2022-10-20</AssessmentAuthorisationDate>
        </Assessments>
        <ChildProtectionPlans>
        <CPPstartDate>2022-11-01</CPPstartDate>
        <CPPendDate>2023-01-31</CPPendDate>
        <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
        <NumberOfPreviousCPP>0</NumberOfPreviousCPP>
        </ChildProtectionPlans>
        </CINdetails>
        </Child>
        """;

    private static readonly ChildId C1 = new("C1");

    private static ChildrenInNeedReadResult Read(params (string Name, string Text)[] files) =>
        ChildrenInNeedReader.Read(files.Select(f => InputFile.FromText(f.Name, f.Text)));

    private static string Census(params string[] children) =>
        "<Message>\n<Children>\n" + string.Join("\n", children) + "\n</Children>\n</Message>\n";

    private static string ValidChildWith(string element, string value) =>
        Regex.Replace(ValidChild, $"<{element}>[^<]*</{element}>", $"<{element}>{value}</{element}>");

    [Fact]
    public void Read_ReferenceDateBeyondTheLastReportingPeriod_IsAWarningAndTheCensusIsRead()
    {
        // Found by the fuzzer (issue 17): ReferenceDate 2999-12-31 is collection year 2999-00, ending 31/03/3000, past the
        // last day a reporting period can end (2999-12-31); it threw out of the read. Now it is a warning on that element
        // and the census's one child and referral are read, the year unknown.
        var read = Read(("cin.xml", MinimalCensus.Replace("<ReferenceDate>2023-03-31</ReferenceDate>", "<ReferenceDate>2999-12-31</ReferenceDate>", StringComparison.Ordinal)));

        Assert.Single(read.Data.Referrals);
        Assert.Empty(read.Data.CollectionYears);
        var warning = Assert.Single(read.Account.Findings, f => f.Column.EndsWith("ReferenceDate", StringComparison.Ordinal));
        Assert.Equal(("2999-12-31", ValidationSeverity.Warn), (warning.Value, warning.Severity));
        Assert.StartsWith("ReferenceDate must fall in a collection year from 0001-02 to 2998-99", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MinimalCensus_GivesExactlyTheRecordsItHolds()
    {
        var read = Read(("cin_2023.xml", MinimalCensus));

        var x1 = new ChildId("X1");
        Assert.Equal([new ChildInNeed(x1, new LocalDate(2015, 6, 1), Sex.Male, "WBRI")], read.Data.Children.ToArray());
        Assert.Equal([new Referral(x1, new LocalDate(2022, 9, 5), "1A", "N1", NoFurtherAction: false)], read.Data.Referrals.ToArray());
        Assert.Equal([new Assessment(x1, new LocalDate(2022, 9, 5), AssessmentType.Single, new LocalDate(2022, 9, 6), new LocalDate(2022, 10, 20))],
            read.Data.Assessments.ToArray());
        Assert.Empty(read.Data.Enquiries);
        var plan = Assert.Single(read.Data.Plans);
        Assert.Equal((x1, new LocalDate(2022, 11, 1), (LocalDate?)null, "NEG", (int?)0), (plan.Child, plan.Start, plan.End, plan.InitialCategory, plan.NumberOfPreviousPlans));
        Assert.Equal([new LocalDate(2023, 1, 20)], plan.Reviews.ToArray());
        // ReferenceDate 2023-03-31 closes the 2022-23 census.
        Assert.Equal(new FileAccount("cin_2023.xml", "CIN census (XML)", new RowCounts(5, 5, 0, 0)) { CollectionYear = "2022-23" }, Assert.Single(read.Account.Files));
        Assert.Empty(read.Account.Rejections);
    }

    [Theory]
    [InlineData("GenderCurrent", "0", null)]
    [InlineData("GenderCurrent", "1", Sex.Male)]
    [InlineData("GenderCurrent", "2", Sex.Female)]
    [InlineData("GenderCurrent", "9", null)]
    [InlineData("Sex", "M", Sex.Male)]
    [InlineData("Sex", "f", Sex.Female)]
    [InlineData("Sex", "U", null)]
    public void Read_GenderCurrentOrSex_GivesTheChildsSex(string element, string code, Sex? expected)
    {
        var read = Read(("cin.xml", Census(ValidChild.Replace("<GenderCurrent>1</GenderCurrent>", $"<{element}>{code}</{element}>", StringComparison.Ordinal))));

        Assert.Equal(expected, Assert.Single(read.Data.Children).Sex);
        Assert.Empty(read.Account.Rejections);
    }

    // Issue 13: only an item an indicator reads rejects its record, and only a record's key (LAchildID, CINreferralDate,
    // CPPstartDate) takes the nested rows with it. The cases that were rejections of unused items (a birth date, a sex,
    // a code) are warnings now: Read_XmlBadValueNoIndicatorUses_IsAWarningAndTheRowIsUsed.
    [Theory]
    [InlineData("LAchildID", "", 5, "Child/ChildIdentifiers/LAchildID", null, "LAchildID must not be empty", 4, "CIN-8500")]
    [InlineData("CINreferralDate", "09/13/2022", 10, "Child/CINdetails/CINreferralDate", "09/13/2022", $"CINreferralDate must be a valid date {Dates}", 3, "CIN-8600")]
    [InlineData("CINreferralDate", "0001-01-01", 10, "Child/CINdetails/CINreferralDate", "0001-01-01", "a date must be in the years 1800 to 2999", 3, "CIN-8600")]
    [InlineData("CINreferralDate", "", 10, "Child/CINdetails/CINreferralDate", null, $"CINreferralDate must be a valid date {Dates}", 3, "CIN-8600")]
    // Closed before its referral: the referral alone; its assessment and plan are still the child's.
    [InlineData("CINclosureDate", "2022-09-04", 13, "Child/CINdetails/CINclosureDate", "2022-09-04", "CINclosureDate must not be before CINreferralDate", 1, "CIN-8630")]
    [InlineData("AssessmentActualStartDate", "2022-9-6", 16, "Child/CINdetails/Assessments/AssessmentActualStartDate", "2022-9-6", $"AssessmentActualStartDate must be a valid date {Dates} or empty", 1, null)]
    [InlineData("AssessmentAuthorisationDate", "2022-09-04", 17, "Child/CINdetails/Assessments/AssessmentAuthorisationDate", "2022-09-04", "AssessmentAuthorisationDate must not be before CINreferralDate", 1, null)]
    [InlineData("AssessmentActualStartDate", "2022-10-21", 17, "Child/CINdetails/Assessments/AssessmentAuthorisationDate", "2022-10-20", "AssessmentAuthorisationDate must not be before AssessmentActualStartDate", 1, "CIN-8608")]
    [InlineData("CPPstartDate", "", 20, "Child/CINdetails/ChildProtectionPlans/CPPstartDate", null, $"CPPstartDate must be a valid date {Dates}", 1, "CIN-8720")]
    [InlineData("CPPendDate", "2022-10-31", 21, "Child/CINdetails/ChildProtectionPlans/CPPendDate", "2022-10-31", "CPPendDate must not be before CPPstartDate", 1, "CIN-8925")]
    [InlineData("NumberOfPreviousCPP", "two", 23, "Child/CINdetails/ChildProtectionPlans/NumberOfPreviousCPP", "two", "NumberOfPreviousCPP must be a whole number or empty", 1, null)]
    public void Read_XmlBreakingARule_RejectsTheRecordAndOnlyAKeysNestedRowsNamingTheElementPath(
        string element, string written, long line, string path, string? value, string rule, long rejectedRows, string? dfeRule)
    {
        var read = Read(("cin.xml", Census(ValidChildWith(element, written))));

        // The rule's id is pinned by the ValidationRules tests; here the location, wording and the DfE's rule.
        Assert.Equal(new Rejection("cin.xml", line, path, value, rule) { DfeRuleId = dfeRule }, Assert.Single(read.Account.Rejections) with { RuleId = null, ChildId = null });
        Assert.Equal(new RowCounts(4, 4 - rejectedRows, 0, rejectedRows), read.Account.Rows);
    }

    // The warning's ending: the items an indicator reads (issue 15: CIN10K, CIN_BY_NEED, REF_NFA, CIN_DISABLED, CPP_BY_CATEGORY) read as not given.
    private static string Unused(string item) => item switch
    {
        "PersonBirthDate" or "CINclosureDate" => $"; the value is read as not given (CIN10K and CIN_BY_NEED read {item}) and the row is used",
        "ReferralNFA" => $"; the value is read as not given (CIN10K, CIN_BY_NEED and REF_NFA read {item}) and the row is used",
        "PrimaryNeedCode" => $"; the value is read as not given (CIN_BY_NEED reads {item}) and the row is used",
        "InitialCategoryOfAbuse" => $"; the value is read as not given (CPP_BY_CATEGORY and CPP31_BY_CATEGORY read {item}) and the row is used",
        "Disability" => $"; the value is read as not given (CIN_DISABLED reads {item}) and the row is used",
        _ => $"; the value is not used (no indicator uses {item}) and the row is used",
    };

    // A census without a header names no year, so a code is checked against every year's list (2008-09 to 2025-26).
    [Theory]
    [InlineData("PersonBirthDate", "2015-02-30", 6, "Child/ChildIdentifiers/PersonBirthDate", $"PersonBirthDate must be a valid date {Dates} or empty", null)]
    [InlineData("PersonBirthDate", "9999-12-31", 6, "Child/ChildIdentifiers/PersonBirthDate", "a date must be in the years 1800 to 2999", null)]
    [InlineData("GenderCurrent", "3", 7, "Child/ChildIdentifiers/GenderCurrent", "GenderCurrent must be one of the 2008-09 to 2023-24 codes (1, 2, 0, 9) or empty", null)]
    [InlineData("ReferralSource", "5E", 11, "Child/CINdetails/ReferralSource",
        "ReferralSource must be one of the 2008-09 to 2025-26 codes (1A, 1B, 1C, 1D, 2A, 2B, 3A, 3B, 3C, 3D, 3E, 3F, 4, 5A, 5B, 5C, 6, 7, 8, 9, 10, 5D) or empty", "CIN-8866")]
    [InlineData("PrimaryNeedCode", "N10", 12, "Child/CINdetails/PrimaryNeedCode", "PrimaryNeedCode must be one of the 2008-09 to 2025-26 codes (N1, N2, N3, N4, N5, N6, N7, N8, N9, N0) or empty", "CIN-8650")]
    [InlineData("CINclosureDate", "someday", 13, "Child/CINdetails/CINclosureDate", $"CINclosureDate must be a valid date {Dates} or empty", null)]
    [InlineData("ReasonForClosure", "RC10", 14, "Child/CINdetails/ReasonForClosure", "ReasonForClosure must be one of the 2008-09 to 2025-26 codes (RC1, RC2, RC3, RC4, RC5, RC6, RC7, RC8, RC9) or empty", "CIN-8640")]
    [InlineData("InitialCategoryOfAbuse", "XYZ", 22, "Child/CINdetails/ChildProtectionPlans/InitialCategoryOfAbuse",
        "InitialCategoryOfAbuse must be one of the 2008-09 to 2025-26 codes (NEG, PHY, SAB, EMO, MUL) or empty", "CIN-8905")]
    public void Read_XmlBadValueNoIndicatorUses_IsAWarningAndTheRowIsUsed(string element, string written, long line, string path, string rule, string? dfeRule)
    {
        var read = Read(("cin.xml", Census(ValidChildWith(element, written))));

        Assert.Empty(read.Account.Rejections);
        Assert.Equal(new RowCounts(4, 4, 0, 0), read.Account.Rows);
        Assert.Equal(
            new ValidationFinding(null, ValidationSeverity.Warn, "cin.xml", line, path, written, rule + Unused(element), "C1") { DfeRuleId = dfeRule },
            Assert.Single(read.Account.Findings));
        Assert.Single(read.Data.Referrals);
        Assert.Single(read.Data.Plans);
    }

    [Theory]
    [InlineData("CINclosureDate", "2022-09-04", "CIN-E004")]               // closed the day before the referral of 2022-09-05
    [InlineData("AssessmentAuthorisationDate", "2022-09-04", "CIN-E002")]  // authorised before the referral of 2022-09-05
    [InlineData("AssessmentActualStartDate", "2022-10-21", "CIN-E001")]    // started the day after its authorisation of 2022-10-20
    [InlineData("CPPendDate", "2022-10-31", "CIN-E003")]                   // ended the day before its start of 2022-11-01
    public void Read_XmlDateBeforeTheDateItMustFollow_NamesTheRuleIdAndChild(string element, string written, string ruleId)
    {
        var read = Read(("cin.xml", Census(ValidChildWith(element, written))));

        var rejection = Assert.Single(read.Account.Rejections);
        Assert.Equal(ruleId, rejection.RuleId);
        Assert.Equal("C1", rejection.ChildId);
        Assert.Equal(ValidationRules.All.Single(r => r.Id == ruleId).Message, rejection.Rule);
    }

    [Fact]
    public void Read_XmlDateBeyondTheSupportedYears_IsRejectedUnderCinE005()
    {
        // A date an indicator reads: the referral date (a birth date, which none reads, is a warning instead).
        var read = Read(("cin.xml", Census(ValidChildWith("CINreferralDate", "31/12/9999"))));

        var rejection = Assert.Single(read.Account.Rejections);
        Assert.Equal(new Rejection("cin.xml", 10, "Child/CINdetails/CINreferralDate", "31/12/9999", "a date must be in the years 1800 to 2999") { RuleId = "CIN-E005", DfeRuleId = "CIN-8600", ChildId = "C1" }, rejection);
    }

    [Fact]
    public void Read_XmlTextLongerThan16MiB_IsRefusedNamingLineElementAndLimit()
    {
        // An endless text node: the reader must stop at its limit, not hold the text, so it returns at all.
        var file = GeneratedStream.Endless("cin.xml", "<Message>\n<Children>\n<Child><ChildIdentifiers><LAchildID>", 'x');

        var read = ChildrenInNeedReader.Read([file]);

        // Issue 13: the file is rejected from the break, under one rejection, so that the other files are still read.
        Assert.Equal(new Rejection("cin.xml", 3, "(file)", null, "the text of Message/Children/Child/ChildIdentifiers/LAchildID is longer than 16,777,216 characters (16 MiB), " +
            "the longest value ChildrensKpi reads; the file is not read from this line"), Assert.Single(read.Account.Rejections));
        Assert.Equal(new FileAccount("cin.xml", "CIN census (XML)", default), Assert.Single(read.Account.Files));
    }

    [Fact]
    public void Read_EndlessWhiteSpaceWithoutAnExtension_IsExcludedByTheRowLimitNotScannedForEver()
    {
        // Not named .xml, so the first non-white-space character decides; after 64 Ki spaces the file is taken for CSV,
        // whose reader refuses the endless first row: not a table, so excluded with that reason (issue 13: no file stops the others).
        var file = GeneratedStream.Endless("upload", "", ' ');

        var read = ChildrenInNeedReader.Read([file]);

        var exclusion = Assert.Single(read.Account.Exclusions);
        Assert.Equal(("upload", 0L, 1L), (exclusion.Path, exclusion.Rows, exclusion.FirstLine));
        Assert.StartsWith("neither CIN census XML nor a readable CIN table: upload line 1: the row starting here is longer than 16,777,216 characters (16 MiB)", exclusion.Reason);
        Assert.Equal(new FileAccount("upload", "not recognised", default), Assert.Single(read.Account.Files));
    }

    [Fact]
    public void Read_XmlWithInvalidBytesAfterItsBom_IsRefusedAsMalformedNotThrownAsXmlException()
    {
        // Found by the fuzzer (seed 1, case 7948): XmlReader.Create reads the first bytes to find the encoding and threw
        // its XmlException before the reader's handler. EF BB BF is the UTF-8 BOM; FF FE after it is not UTF-8.
        byte[] bytes = [0xEF, 0xBB, 0xBF, 0xFF, 0xFE, .. System.Text.Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + MinimalCensus)];
        var file = new InputFile("cin.xml", () => new MemoryStream(bytes));

        var read = ChildrenInNeedReader.Read([file]);

        var rejection = Assert.Single(read.Account.Rejections);
        Assert.Equal(("cin.xml", 1L, "(file)"), (rejection.Path, rejection.Line, rejection.Column));
        Assert.StartsWith("malformed XML in the prolog (before the root element): ", rejection.Rule);
    }

    [Fact]
    public void Read_XmlSexOutsideItsCodeList_IsAWarningNamingTheCodeList()
    {
        var read = Read(("cin.xml", Census(ValidChild.Replace("<GenderCurrent>1</GenderCurrent>", "<Sex>X</Sex>", StringComparison.Ordinal))));

        var finding = Assert.Single(read.Account.Findings);
        Assert.Equal(("Child/ChildIdentifiers/Sex", 7L, "X"), (finding.Column, finding.Line, finding.Value));
        Assert.Equal("Sex must be one of the 2024-25 to 2025-26 codes (M, F, U) or empty; the value is not used (no indicator uses Sex) and the row is used", finding.Message);
        Assert.Null(Assert.Single(read.Data.Children).Sex);
    }

    [Fact]
    public void Read_XmlRequiredElementMissing_NamesItsPathAndTheLineOfItsRecord()
    {
        var child = ValidChild.Replace("<Assessments>", "<Section47>\n<DateOfInitialCPC>2022-09-20</DateOfInitialCPC>\n</Section47>\n<Assessments>", StringComparison.Ordinal);

        var read = Read(("cin.xml", Census(child)));

        Assert.Equal(new Rejection("cin.xml", 15, "Child/CINdetails/Section47/S47ActualStartDate", null, $"S47ActualStartDate must be a valid date {Dates}"),
            Assert.Single(read.Account.Rejections));
        Assert.Equal(new RowCounts(5, 4, 0, 1), read.Account.Rows);
    }

    [Fact]
    public void Read_XmlWithRejectedNestingAndCinPlans_AccountsForEveryRow()
    {
        // C1: Child, CINdetails, Assessments, Section47, CINPlanDates (excluded), ChildProtectionPlans, 2 reviews = 8 rows.
        var good = ValidChild
            .Replace("<Assessments>", "<Section47><S47ActualStartDate>2022-09-10</S47ActualStartDate><ICPCnotRequired>Y</ICPCnotRequired></Section47>\n<CINPlanDates><CINPlanStartDate>2022-10-21</CINPlanStartDate></CINPlanDates><Assessments>", StringComparison.Ordinal)
            .Replace("</ChildProtectionPlans>", "<Reviews><CPPreviewDate>2022-11-20</CPPreviewDate><CPPreviewDate>2023-01-10</CPPreviewDate></Reviews></ChildProtectionPlans>", StringComparison.Ordinal);
        // C2: no LAchildID, so its 5 rows (Child, CINdetails, Assessments, ChildProtectionPlans, a review) are rejected under one rejection.
        var noId = ValidChildWith("LAchildID", "")
            .Replace("</ChildProtectionPlans>", "<Reviews><CPPreviewDate>2022-11-20</CPPreviewDate></Reviews></ChildProtectionPlans>", StringComparison.Ordinal);
        // C3: a referral without a date takes its CIN plan with it: 1 used, 2 rejected.
        var badReferral = "<Child><ChildIdentifiers><LAchildID>C3</LAchildID></ChildIdentifiers>"
            + "<CINdetails><CINreferralDate>someday</CINreferralDate><CINPlanDates><CINPlanStartDate>2022-10-21</CINPlanStartDate></CINPlanDates></CINdetails></Child>";

        var read = Read(("cin.xml", Census(good, noId, badReferral)));

        var file = Assert.Single(read.Account.Files);
        Assert.Equal(new RowCounts(16, 8, 1, 7), file.Rows);
        Assert.True(file.Rows.IsBalanced);
        Assert.Equal(2, read.Account.Rejections.Length);
        Assert.Equal(new Exclusion("cin.xml", "CIN plans are not used by any indicator in this version", 1, 16), Assert.Single(read.Account.Exclusions));
        Assert.Equal(new Section47Enquiry(C1, new LocalDate(2022, 9, 5), new LocalDate(2022, 9, 10), null, ConferenceNotRequired: true), Assert.Single(read.Data.Enquiries));
        Assert.Equal([new LocalDate(2022, 11, 20), new LocalDate(2023, 1, 10)], Assert.Single(read.Data.Plans).Reviews.ToArray());
        Assert.Equal(["C1", "C3"], read.Data.Children.Select(c => c.Id.Value).ToArray());
    }

    [Fact]
    public void Read_MismatchedEndTag_RejectsTheFileFromTheBreakNamingTheLineAndElementPath()
    {
        // The first child is whole and kept; the second breaks at line 8, and the valid file beside it is read.
        var census = "<Message>\n<Children>\n" + ValidChild.Replace("\n", " ", StringComparison.Ordinal)
            + "\n<Child>\n<ChildIdentifiers>\n<LAchildID>C2</UPN>\n</ChildIdentifiers>\n</Child>\n</Children>\n</Message>\n";

        var read = Read(("bad.xml", census), ("good.xml", MinimalCensus));

        var rejection = Assert.Single(read.Account.Rejections);
        Assert.Equal(("bad.xml", 6L, "(file)", (string?)null), (rejection.Path, rejection.Line, rejection.Column, rejection.Value));
        Assert.StartsWith("malformed XML in Message/Children/Child/ChildIdentifiers/LAchildID: ", rejection.Rule, StringComparison.Ordinal);
        Assert.EndsWith("; the file is not read from this line", rejection.Rule, StringComparison.Ordinal);
        Assert.Equal(["bad.xml 4 4", "good.xml 5 5"], read.Account.Files.Select(f => $"{f.Path} {f.Rows.Read} {f.Rows.Used}").ToArray());
        Assert.Equal(["C1", "X1"], read.Data.Children.Select(c => c.Id.Value).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Read_DoctypeWithExternalEntity_IsRefusedWithoutReadingTheEntity()
    {
        const string Secret = "SECRET-7f3a9c";
        using var folder = new TempFolder().With("secret.txt", Secret);
        var census = $"""
            <?xml version="1.0"?>
            <!DOCTYPE Message [<!ENTITY leak SYSTEM "{new Uri(Path.Combine(folder.Path, "secret.txt")).AbsoluteUri}">]>
            <Message><Children><Child><ChildIdentifiers><LAchildID>&leak;</LAchildID></ChildIdentifiers></Child></Children></Message>
            """;

        var read = Read(("evil.xml", census));

        Assert.Equal(new Rejection("evil.xml", 2, "(file)", null, "a DOCTYPE was found, but DTDs and external entities are not allowed in a CIN census; the file is not read"),
            Assert.Single(read.Account.Rejections));
        Assert.DoesNotContain(Secret, read.ToString(), StringComparison.Ordinal);
        Assert.Empty(read.Data.Children);
    }

    [Theory]
    [InlineData("<Return><Children/></Return>", "not a CIN census: its root element is Return, not Message")]
    [InlineData("<Message><Header/></Message>", "not a CIN census: its Message has no Children element")]
    public void Read_XmlThatIsNotACensus_IsExcludedWithItsReasonAndTheOtherFilesRead(string xml, string reason)
    {
        var read = Read(("x.xml", xml), ("y.xml", MinimalCensus));

        Assert.Equal(new Exclusion("x.xml", reason, 0, 1), Assert.Single(read.Account.Exclusions));
        Assert.Equal(["x.xml not recognised 0", "y.xml CIN census (XML) 5"], read.Account.Files.Select(f => $"{f.Path} {f.Table} {f.Rows.Used}").ToArray());
        Assert.Single(read.Data.Referrals);
    }

    [Fact]
    public void Read_FileStartingWithAnAngleBracket_IsReadAsXmlWhateverItsName()
    {
        var read = Read(("upload.dat", "\n  " + MinimalCensus));

        Assert.Equal("CIN census (XML)", Assert.Single(read.Account.Files).Table);
        Assert.Single(read.Data.Referrals);
    }

    [Fact]
    public void Read_FlatCsv_GivesInitialAndCoreAssessmentsAndTheOtherTables()
    {
        var read = Read(
            ("children.csv", "LAchildID,UPN,PersonBirthDate,GenderCurrent,Ethnicity\nC1,,01/06/2005,2,wbri\n"),
            ("referrals.csv", "LAchildID,CINreferralDate,ReferralSource,PrimaryNeedCode,CINclosureDate,ReasonForClosure,ReferralNFA\nC1,05/09/2008,1a,N1,2009-01-31,RC1,N\n"),
            ("assessments.csv", "LAchildID,CINreferralDate,AssessmentType,AssessmentActualStartDate,AssessmentAuthorisationDate\n"
                + "C1,05/09/2008,Initial,05/09/2008,10/09/2008\nC1,05/09/2008,core,11/09/2008,\n"),
            ("s47.csv", "LAchildID,CINreferralDate,S47ActualStartDate,DateOfInitialCPC,ICPCnotRequired\nC1,05/09/2008,06/09/2008,20/09/2008,false\n"),
            ("plans.csv", "LAchildID,CPPstartDate,CPPendDate,InitialCategoryOfAbuse,NumberOfPreviousCPP\nC1,20/09/2008,,emo,1\n"));

        var referral = new LocalDate(2008, 9, 5);
        Assert.Equal([new ChildInNeed(C1, new LocalDate(2005, 6, 1), Sex.Female, "WBRI")], read.Data.Children.ToArray());
        Assert.Equal([new Referral(C1, referral, "1A", "N1", new LocalDate(2009, 1, 31), "RC1", false)], read.Data.Referrals.ToArray());
        Assert.Equal(
            [
                new Assessment(C1, referral, AssessmentType.Initial, referral, new LocalDate(2008, 9, 10)),
                new Assessment(C1, referral, AssessmentType.Core, new LocalDate(2008, 9, 11), null),
            ],
            read.Data.Assessments.ToArray());
        Assert.Equal([new Section47Enquiry(C1, referral, new LocalDate(2008, 9, 6), new LocalDate(2008, 9, 20))], read.Data.Enquiries.ToArray());
        var plan = Assert.Single(read.Data.Plans);
        Assert.Equal(("EMO", (int?)1), (plan.InitialCategory, plan.NumberOfPreviousPlans));
        Assert.Equal(
            ["assessments.csv Assessments", "children.csv CinChildren", "plans.csv ProtectionPlans", "referrals.csv Referrals", "s47.csv Section47"],
            read.Account.Files.Select(f => $"{f.Path} {f.Table}").ToArray());
        Assert.Equal(new RowCounts(6, 6, 0, 0), read.Account.Rows);
    }

    [Theory]
    [InlineData("C1,31/09/2008,1A,N1,,,", "CINreferralDate", "31/09/2008", $"CINreferralDate must be a valid date {Dates}", "CIN-8600")]
    [InlineData(",05/09/2008,1A,N1,,,", "LAchildID", null, "LAchildID must not be empty", "CIN-8500")]
    [InlineData("C1,05/09/2008,1A,N1,04/09/2008,RC2,", "CINclosureDate", "04/09/2008", "CINclosureDate must not be before CINreferralDate", "CIN-8630")]
    public void Read_CsvBreakingARule_IsRejectedWithTheSameRuleAsXml(string row, string column, string? value, string rule, string dfeRule)
    {
        var read = Read(("referrals.csv", "LAchildID,CINreferralDate,ReferralSource,PrimaryNeedCode,CINclosureDate,ReasonForClosure,ReferralNFA\n"
            + "C2,01/09/2008,,,,,\n" + row + "\n"));

        Assert.Equal(new Rejection("referrals.csv", 3, column, value, rule) { DfeRuleId = dfeRule }, Assert.Single(read.Account.Rejections) with { RuleId = null, ChildId = null });
        Assert.Equal(new RowCounts(2, 1, 0, 1), read.Account.Rows);
    }

    // Issue 13: ReferralSource and ReferralNFA are read by no indicator, so a bad one is a warning and the row is used.
    [Theory]
    [InlineData("C1,05/09/2008,5E,N1,,,", "ReferralSource", "5E",
        "ReferralSource must be one of the 2008-09 to 2025-26 codes (1A, 1B, 1C, 1D, 2A, 2B, 3A, 3B, 3C, 3D, 3E, 3F, 4, 5A, 5B, 5C, 6, 7, 8, 9, 10, 5D) or empty", "CIN-8866")]
    [InlineData("C1,05/09/2008,1A,N1,,,maybe", "ReferralNFA", "maybe", "ReferralNFA must be true or false (true/false, 1/0 or Y/N) or empty", "CIN-8568")]
    public void Read_CsvBadValueNoIndicatorUses_IsAWarningAsInXml(string row, string column, string value, string rule, string dfeRule)
    {
        var read = Read(("referrals.csv", "LAchildID,CINreferralDate,ReferralSource,PrimaryNeedCode,CINclosureDate,ReasonForClosure,ReferralNFA\n"
            + "C2,01/09/2008,,,,,\n" + row + "\n"));

        Assert.Equal(new ValidationFinding(null, ValidationSeverity.Warn, "referrals.csv", 3, column, value, rule + Unused(column), "C1") { DfeRuleId = dfeRule },
            Assert.Single(read.Account.Findings));
        Assert.Equal(new RowCounts(2, 2, 0, 0), read.Account.Rows);
    }

    [Fact]
    public void Read_CsvTables_AccountNamesTheYearInTheFileName()
    {
        // Issue 13: a flat table's rows are read as the year in its name (referrals_2023-24.csv: 2023-24), which orders its
        // copies; the account says so, as it does for an XML census's ReferenceDate. A name without a year: none.
        const string Referrals = "LAchildID,CINreferralDate,ReferralSource,PrimaryNeedCode,CINclosureDate,ReasonForClosure,ReferralNFA\nC1,05/09/2023,1A,N1,,,\n";
        var read = Read(("referrals_2023-24.csv", Referrals), ("referrals.csv", Referrals.Replace("C1", "C2", StringComparison.Ordinal)));

        Assert.Equal([("referrals.csv", (string?)null), ("referrals_2023-24.csv", "2023-24")],
            read.Account.Files.Select(f => (f.Path, f.CollectionYear)).OrderBy(f => f.Path, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Read_CsvAssessmentOfUnknownType_IsRejected()
    {
        var read = Read(("a.csv", "LAchildID,CINreferralDate,AssessmentType,AssessmentActualStartDate,AssessmentAuthorisationDate\nC1,2008-09-05,Full,,\n"));

        Assert.Equal(new Rejection("a.csv", 2, "AssessmentType", "Full", "AssessmentType must be Initial, Core or Single"), Assert.Single(read.Account.Rejections));
    }

    [Fact]
    public void Read_ReviewWithoutItsPlan_IsRejectedEvenWhenTheReviewsFileSortsFirst()
    {
        var read = Read(
            ("plan-reviews.csv", "LAchildID,CPPstartDate,CPPreviewDate\nC1,2022-11-01,2023-01-20\nC1,2022-12-01,2023-01-20\nC1,2022-11-01,2023-03-01\n"),
            ("plans.csv", "LAchildID,CPPstartDate,CPPendDate,InitialCategoryOfAbuse,NumberOfPreviousCPP\nC1,2022-11-01,,NEG,0\n"));

        Assert.Equal(new Rejection("plan-reviews.csv", 3, "CPPstartDate", "2022-12-01", "no ProtectionPlans row for LAchildID C1 with CPPstartDate 2022-12-01"),
            Assert.Single(read.Account.Rejections));
        Assert.Equal([new LocalDate(2023, 1, 20), new LocalDate(2023, 3, 1)], Assert.Single(read.Data.Plans).Reviews.ToArray());
        Assert.Equal(["plans.csv", "plan-reviews.csv"], read.Account.Files.Select(f => f.Path).ToArray());
        Assert.Equal(new RowCounts(4, 3, 0, 1), read.Account.Rows);
    }

    [Fact]
    public void Read_SameReferralInTwoYearsCensuses_MergesTheCopies()
    {
        var open = ValidChildWith("CINclosureDate", "").Replace("<ReasonForClosure>RC1</ReasonForClosure>", "<ReasonForClosure></ReasonForClosure>", StringComparison.Ordinal)
            .Replace("</ChildProtectionPlans>", "<Reviews><CPPreviewDate>2022-11-20</CPPreviewDate></Reviews></ChildProtectionPlans>", StringComparison.Ordinal);
        var closed = ValidChild
            .Replace("</ChildProtectionPlans>", "<Reviews><CPPreviewDate>2023-01-10</CPPreviewDate></Reviews></ChildProtectionPlans>", StringComparison.Ordinal);

        var read = Read(("cin_2023.xml", Census(open)), ("cin_2024.xml", Census(closed)));

        Assert.Equal([new Referral(C1, new LocalDate(2022, 9, 5), "1A", "N1", new LocalDate(2023, 2, 1), "RC1")], read.Data.Referrals.ToArray());
        Assert.Single(read.Data.Children);
        Assert.Single(read.Data.Assessments);
        Assert.Equal([new LocalDate(2022, 11, 20), new LocalDate(2023, 1, 10)], Assert.Single(read.Data.Plans).Reviews.ToArray());
        Assert.Empty(read.Account.Rejections);
        Assert.Equal(new RowCounts(10, 10, 0, 0), read.Account.Rows);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_CopiesInTwoYearsCensusesDisagree_TheLaterCensusesItemIsUsedWhateverTheOrder(bool laterFirst)
    {
        // The referral of 05/09/2022 is in the 2023 census with ReferralSource 1A and in the 2024 census with 2A: the later
        // census corrects the earlier, so 2A is used, nothing is rejected, and the 1A is a CIN-E006 warning where it was
        // read (cin_2023.xml), whichever file is read first.
        static string Dated(int year, string child) => Census(child).Replace("<Message>\n",
            $"<Message>\n<Header><CollectionDetails><Collection>CIN</Collection><Year>{year}</Year><ReferenceDate>{year}-03-31</ReferenceDate></CollectionDetails></Header>\n",
            StringComparison.Ordinal);
        (string, string) earlier = ("cin_2023.xml", Dated(2023, ValidChild)), later = ("cin_2024.xml", Dated(2024, ValidChildWith("ReferralSource", "2A")));
        var read = laterFirst ? Read(later, earlier) : Read(earlier, later);

        Assert.Equal("2A", Assert.Single(read.Data.Referrals).Source);
        Assert.Empty(read.Account.Rejections);
        var superseded = Assert.Single(read.Account.Findings, f => f.RuleId == "CIN-E006");
        Assert.Equal(("cin_2023.xml", "ReferralSource", "1A", "C1"), (superseded.Path, superseded.Column, superseded.Value, superseded.ChildId));
        Assert.Contains("cin_2024.xml line", superseded.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CopiesDisagreeOnAFilledItem_RejectsTheLaterCopyNamingTheEarlier()
    {
        var read = Read(
            ("a.xml", Census(ValidChild)),
            ("b.csv", "LAchildID,CINreferralDate,ReferralSource,PrimaryNeedCode,CINclosureDate,ReasonForClosure,ReferralNFA\nC1,05/09/2022,2A,,,,\n"));

        Assert.Equal(
            new Rejection("b.csv", 2, "ReferralSource", "2A",
                "conflicts with the copy of referral LAchildID C1 CINreferralDate 2022-09-05 in a.xml line 9, which has ReferralSource 1A; the copy read first is used") { ChildId = "C1" },
            Assert.Single(read.Account.Rejections));
        Assert.Equal("1A", Assert.Single(read.Data.Referrals).Source);
    }

    private const string ReferralsHead = "LAchildID,CINreferralDate,ReferralSource,PrimaryNeedCode,CINclosureDate,ReasonForClosure,ReferralNFA\n";

    // A census dated by its header: ReferenceDate 31 March of endYear, the collection year ending then.
    private static string DatedCensus(int endYear, string child) => Census(child).Replace("<Message>\n",
        $"<Message>\n<Header><CollectionDetails><Collection>CIN</Collection><Year>{endYear}</Year><ReferenceDate>{endYear}-03-31</ReferenceDate></CollectionDetails></Header>\n",
        StringComparison.Ordinal);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_CsvTablesOfTwoYears_TheYearInTheFileNameOrdersTheCopies(bool laterFirst)
    {
        // A flat CSV table holds no year: its census year is the one in its file name (CinTableSink, ReturnYears.FromName),
        // referrals_2022-23.csv the 2022-23 census. The referral of 05/09/2022 is open in the 2022-23 table (line 2,
        // ReferralSource 1A) and closed in the 2023-24 table (line 2, ReferralSource 2A, closed 01/02/2024 RC1). The
        // 2023-24 table is the later: 2A, closed 01/02/2024 RC1, N1 as both say; the 1A is one CIN-E006 warning at the
        // 2022-23 file line 2 naming the 2023-24 file line 2; nothing rejected. With the prefixes swapped the 2023-24
        // table is read first: the same. (Without the years in the names the same copies are a conflict: below.)
        var (earlier, later) = laterFirst ? ("b_referrals_2022-23.csv", "a_referrals_2023-24.csv") : ("a_referrals_2022-23.csv", "b_referrals_2023-24.csv");
        var read = Read((earlier, ReferralsHead + "C1,05/09/2022,1A,N1,,,\n"), (later, ReferralsHead + "C1,05/09/2022,2A,N1,01/02/2024,RC1,\n"));

        Assert.Equal([new Referral(C1, new LocalDate(2022, 9, 5), "2A", "N1", new LocalDate(2024, 2, 1), "RC1")], read.Data.Referrals.ToArray());
        Assert.Empty(read.Account.Rejections);
        Assert.Equal(new RowCounts(2, 2, 0, 0), read.Account.Rows);
        Assert.Equal(
            [ValidationFinding.Warn(ValidationRules.CinSupersededByLaterCensus, earlier, 2, "ReferralSource", "1A",
                $"referral LAchildID C1 CINreferralDate 2022-09-05: ReferralSource 1A in the 2022-23 census is superseded by ReferralSource 2A in the 2023-24 census ({later} line 2)", "C1")],
            read.Account.Findings.Where(f => f.RuleId == ValidationRules.CinSupersededByLaterCensus.Id).ToArray());
    }

    [Fact]
    public void Read_CsvTablesWithoutAYearInTheirNames_DisagreeingCopiesAreAConflict()
    {
        // The same two tables named without a year: nothing orders them, so the copy read second (b_referrals.csv) differs
        // on ReferralSource from the first and is rejected naming a_referrals.csv line 2, nothing of it merged: the
        // referral keeps 1A and stays open. No CIN-E006. The year in the name is what decided the case above.
        var read = Read(("a_referrals.csv", ReferralsHead + "C1,05/09/2022,1A,N1,,,\n"), ("b_referrals.csv", ReferralsHead + "C1,05/09/2022,2A,N1,01/02/2024,RC1,\n"));

        Assert.Equal([new Referral(C1, new LocalDate(2022, 9, 5), "1A", "N1")], read.Data.Referrals.ToArray());
        Assert.Equal(
            new Rejection("b_referrals.csv", 2, "ReferralSource", "2A",
                "conflicts with the copy of referral LAchildID C1 CINreferralDate 2022-09-05 in a_referrals.csv line 2, which has ReferralSource 1A; the copy read first is used") { ChildId = "C1" },
            Assert.Single(read.Account.Rejections) with { RuleId = null });
        Assert.DoesNotContain(read.Account.Findings, f => f.RuleId == ValidationRules.CinSupersededByLaterCensus.Id);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_CsvTableNamedByYearAgainstAnXmlCensus_TheLaterYearWinsOnOneScale(bool csvFirst)
    {
        // The XML census's year is its ReferenceDate's (2023-03-31: 2022-23); the CSV table's is its name's
        // (referrals_2023-24.csv: 2023-24), the later. The XML's referral (its CINdetails at line 10: the Header is line
        // 2, so ValidChild starts at line 4) has ReferralSource 1A, closed 01/02/2023 RC1; the CSV's (line 2) has 2A and
        // no closure. So 2A is used and the XML's closure kept (the CSV leaves it empty); the 1A is one CIN-E006 warning
        // at cin_2023.xml line 10 naming the CSV's line 2. Read in either order (the names' prefixes), the same.
        string xml = csvFirst ? "b_cin_2023.xml" : "a_cin_2023.xml", csv = csvFirst ? "a_referrals_2023-24.csv" : "b_referrals_2023-24.csv";
        var read = Read((xml, DatedCensus(2023, ValidChild)), (csv, ReferralsHead + "C1,05/09/2022,2A,N1,,,\n"));

        Assert.Equal([new Referral(C1, new LocalDate(2022, 9, 5), "2A", "N1", new LocalDate(2023, 2, 1), "RC1")], read.Data.Referrals.ToArray());
        Assert.Empty(read.Account.Rejections);
        Assert.Equal(
            [ValidationFinding.Warn(ValidationRules.CinSupersededByLaterCensus, xml, 10, "ReferralSource", "1A",
                $"referral LAchildID C1 CINreferralDate 2022-09-05: ReferralSource 1A in the 2022-23 census is superseded by ReferralSource 2A in the 2023-24 census ({csv} line 2)", "C1")],
            read.Account.Findings.Where(f => f.RuleId == ValidationRules.CinSupersededByLaterCensus.Id).ToArray());
    }

    [Fact]
    public void ReadPath_Folder_ReadsEveryXmlAndCsvFileNamedRelativeToIt()
    {
        using var folder = new TempFolder()
            .With("2023/cin.xml", MinimalCensus)
            .With("flat/referrals.csv", "LAchildID,CINreferralDate,ReferralSource,PrimaryNeedCode,CINclosureDate,ReasonForClosure,ReferralNFA\nX1,2021-01-04,,,2021-02-01,RC8,\n")
            .With("notes.txt", "not read");
        var progress = new Recorder();

        var read = ChildrenInNeedReader.ReadPath(folder.Path, progress);

        Assert.Equal(["2023/cin.xml", "flat/referrals.csv"], read.Account.Files.Select(f => f.Path).ToArray());
        Assert.Equal(2, read.Data.Referrals.Length);
        Assert.Contains(new ReadProgress("flat/referrals.csv", 2, 2, 0), progress.Reports);
        Assert.Equal(new RowCounts(6, 6, 0, 0), read.Account.Rows);
    }

    [Fact]
    public void ReadPath_SingleFile_IsNamedByItsFileName()
    {
        using var folder = new TempFolder().With("cin.xml", MinimalCensus);

        var read = ChildrenInNeedReader.ReadPath(Path.Combine(folder.Path, "cin.xml"));

        Assert.Equal("cin.xml", Assert.Single(read.Account.Files).Path);
    }

    [Fact]
    public void ReadPath_Missing_ThrowsNamingIt()
    {
        var e = Assert.Throws<InputFileException>(() => ChildrenInNeedReader.ReadPath("no/such/census"));

        Assert.Equal("The CIN input 'no/such/census' does not exist.", e.Message);
    }

    [Fact]
    public void Read_Cancelled_StopsWithOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() =>
            ChildrenInNeedReader.Read([InputFile.FromText("cin.xml", MinimalCensus)], cancellationToken: cancelled.Token));
    }

    private sealed class Recorder : IProgress<ReadProgress>
    {
        public List<ReadProgress> Reports { get; } = [];

        public void Report(ReadProgress value) => Reports.Add(value);
    }
}
