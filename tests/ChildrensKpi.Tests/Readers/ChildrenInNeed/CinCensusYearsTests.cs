using ChildrensKpi.Readers;

namespace ChildrensKpi.Tests.Readers.ChildrenInNeed;

/// <summary>
/// One hand-made census per collection-year change the reader implements (from the XSDs: <c>Sex</c> replaces
/// <c>GenderCurrent</c> in 2024-25; ReferralSource 5D and ReasonForClosure RC9 arrive in 2022-23): the code is accepted
/// in its years, and outside them is a warning naming the years it is valid in (no indicator reads these items, so the
/// row is used without the value).
/// </summary>
public class CinCensusYearsTests
{
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

    /// <summary>A census dated <paramref name="referenceDate"/> of one child; its sex item on line 6, its referral's codes on 9 and 10.</summary>
    private static string Census(string referenceDate, string sex = "<GenderCurrent>1</GenderCurrent>", string source = "1A", string reason = "RC1") => $"""
        <Message>
        <Header><CollectionDetails><ReferenceDate>{referenceDate}</ReferenceDate></CollectionDetails></Header>
        <Children>
        <Child>
        <ChildIdentifiers><LAchildID>C1</LAchildID>
        {sex}</ChildIdentifiers>
        <CINdetails>
        <CINreferralDate>2021-09-05</CINreferralDate>
        <ReferralSource>{source}</ReferralSource>
        <ReasonForClosure>{reason}</ReasonForClosure>
        </CINdetails>
        </Child>
        </Children>
        </Message>
        """;

    private static ChildrenInNeedReadResult Read(string census) => ChildrenInNeedReader.Read([InputFile.FromText("cin.xml", census)]);

    [Theory]
    [InlineData("2025-03-31", "M", Sex.Male)]   // 2024-25, the first census with Sex
    [InlineData("2026-03-31", "F", Sex.Female)] // 2025-26
    public void Sex_InItsYears_IsAccepted(string referenceDate, string code, Sex expected)
    {
        var read = Read(Census(referenceDate, $"<Sex>{code}</Sex>"));

        Assert.Equal(expected, Assert.Single(read.Data.Children).Sex);
        Assert.Empty(read.Account.Findings);
    }

    [Theory]
    [InlineData("2024-03-31", "2023-24")] // the census of CIN_schema_2024.xsd still has GenderCurrent
    [InlineData("2009-03-31", "2008-09")]
    public void Sex_BeforeItsYears_IsAWarningNamingThem(string referenceDate, string year)
    {
        var read = Read(Census(referenceDate, "<Sex>M</Sex>"));

        var finding = Assert.Single(read.Account.Findings);
        Assert.Equal(("Child/ChildIdentifiers/Sex", 6L, "M"), (finding.Column, finding.Line, finding.Value));
        Assert.Equal($"Sex is not in the {year} census: it is collected in 2024-25 to 2025-26" + Unused("Sex"), finding.Message);
        Assert.Null(Assert.Single(read.Data.Children).Sex);
        Assert.Equal(new RowCounts(2, 2, 0, 0), read.Account.Rows);
    }

    [Fact]
    public void GenderCurrent_InItsYearsAndAfterThem()
    {
        var accepted = Read(Census("2024-03-31"));
        var after = Read(Census("2025-03-31"));

        Assert.Equal(Sex.Male, Assert.Single(accepted.Data.Children).Sex);
        Assert.Empty(accepted.Account.Findings);
        Assert.Equal("GenderCurrent is not in the 2024-25 census: it is collected in 2008-09 to 2023-24" + Unused("GenderCurrent"),
            Assert.Single(after.Account.Findings).Message);
        Assert.Null(Assert.Single(after.Data.Children).Sex);
    }

    [Fact]
    public void Sex_AGenderCurrentCodeInASexElement_IsAWarningWithTheYearsCodes()
    {
        // Issue 13: <Sex>1</Sex> in a 2024-25 census once rejected every row of the child.
        var read = Read(Census("2025-03-31", "<Sex>1</Sex>"));

        Assert.Equal("Sex must be one of the 2024-25 codes (M, F, U) or empty" + Unused("Sex"), Assert.Single(read.Account.Findings).Message);
        Assert.Single(read.Data.Referrals);
    }

    [Theory]
    [InlineData("ReferralSource", "5D", 9)]
    [InlineData("ReasonForClosure", "RC9", 10)]
    public void CodeNewIn202223_IsAcceptedFromThenAndAWarningBefore(string item, string code, long line)
    {
        string Of(string date) => item == "ReferralSource" ? Census(date, source: code) : Census(date, reason: code);

        var inYear = Read(Of("2023-03-31"));
        var before = Read(Of("2022-03-31"));

        Assert.Empty(inYear.Account.Findings);
        var referral = Assert.Single(inYear.Data.Referrals);
        Assert.Equal(code, item == "ReferralSource" ? referral.Source : referral.ReasonForClosure);
        var finding = Assert.Single(before.Account.Findings);
        Assert.Equal(($"Child/CINdetails/{item}", line), (finding.Column, finding.Line));
        Assert.Equal($"{item} '{code}' is not a code of the 2021-22 census: it is valid in 2022-23 to 2025-26" + Unused(item), finding.Message);
        Assert.Single(before.Data.Referrals);
    }

    [Fact]
    public void Census_OfAYearAfterTheLastSchema_IsCheckedAgainstTheLastWithAWarning()
    {
        var read = Read(Census("2027-03-31", "<Sex>M</Sex>"));

        Assert.Equal(Sex.Male, Assert.Single(read.Data.Children).Sex);
        Assert.Equal(["cin.xml: ReferenceDate 2027-03-31 is in 2026-27, a year with no census schema here; its codes are checked against 2025-26's"], read.Account.Warnings.ToArray());
    }

    [Fact]
    public void Census_WithAReferenceDateThatIsNoDate_IsAWarningAndEveryYearsCodesApply()
    {
        var read = Read(Census("31st March", "<Sex>M</Sex>"));

        var finding = Assert.Single(read.Account.Findings);
        Assert.Equal(("Message/Header/CollectionDetails/ReferenceDate", 2L), (finding.Column, finding.Line));
        Assert.Equal("ReferenceDate must be a valid date (dd/mm/yyyy or yyyy-mm-dd); the census's collection year is not known, so its codes are checked against every year's", finding.Message);
        Assert.Equal(Sex.Male, Assert.Single(read.Data.Children).Sex);
    }

    [Fact]
    public void Covered_IsTheFirstCensusToTheLastSchema()
    {
        Assert.Equal("2008-09 to 2025-26", CinCensusYears.Covered.ToString());
    }

    [Theory]
    [InlineData("GenderCurrent")]
    [InlineData("Sex")]
    [InlineData("Ethnicity")]
    [InlineData("ReferralSource")]
    [InlineData("PrimaryNeedCode")]
    [InlineData("ReasonForClosure")]
    [InlineData("InitialCategoryOfAbuse")]
    [InlineData("LatestCategoryOfAbuse")]
    [InlineData("Disability")]
    public void Item_EveryCodedItemTheReaderChecks_IsInTheDataWithItsCodes(string name)
    {
        var item = CinCensusYears.Item(name);

        Assert.True(item.IsCoded);
        Assert.NotEmpty(item.Years);
    }

    [Fact]
    public void ReadForCollectionYear_FlatTableNamingNoYear_IsCheckedAgainstTheYearGiven()
    {
        // A CSV table names no year: the caller's 2021-22 makes 5D a warning; without it, every year's list accepts it.
        var table = InputFile.FromText("referrals.csv", "LAchildID,CINreferralDate,ReferralSource,PrimaryNeedCode,CINclosureDate,ReasonForClosure,ReferralNFA\nC1,05/09/2021,5D,N1,,,false\n");

        var given = ChildrenInNeedReader.ReadForCollectionYear([table], "2021-22");
        var unstated = ChildrenInNeedReader.Read([table]);

        Assert.Equal("ReferralSource '5D' is not a code of the 2021-22 census: it is valid in 2022-23 to 2025-26" + Unused("ReferralSource"),
            Assert.Single(given.Account.Findings).Message);
        Assert.Empty(unstated.Account.Findings);
        Assert.Equal("5D", Assert.Single(unstated.Data.Referrals).Source);
    }

    [Theory]
    [InlineData("2023")]
    [InlineData("2023-25")]
    [InlineData("23-24")]
    public void ReadForCollectionYear_NotAYear_ThrowsNamingTheForm(string year)
    {
        var e = Assert.Throws<ArgumentException>(() => ChildrenInNeedReader.ReadForCollectionYear([], year));

        Assert.Equal($"The collection year '{year}' is not two consecutive years written yyyy-yy (e.g. 2023-24). (Parameter 'collectionYear')", e.Message);
    }
}
