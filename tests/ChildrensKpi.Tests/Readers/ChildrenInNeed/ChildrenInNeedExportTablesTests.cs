using ChildrensKpi.Readers;

namespace ChildrensKpi.Tests.Readers.ChildrenInNeed;

/// <summary>
/// The flat tables the open-source CIN validator exports from the XML (issue 13: once refused), keyed by position:
/// CINdetailsID is a referral's place in its child, CPPID a plan's in its referral.
/// </summary>
public class ChildrenInNeedExportTablesTests
{
    // Child 566910 (written 566910.0 in CINdetails, as Excel leaves it): referral 1 on 2022-09-05 with one assessment
    // (two rows: one per assessment factor), a section 47 and a plan (CPPID 1) with one review; referral 2 on
    // 2023-01-10 with no nested rows. Rows: 1 + 1 + 2 + 2 + 1 + 1 + 1 = 9, all used.
    private static readonly (string Name, string Text)[] Export =
    [
        ("ChildIdentifiers.csv", "LAchildID,UPN,FormerUPN,UPNunknown,PersonBirthDate,ExpectedPersonBirthDate,GenderCurrent,PersonDeathDate\n566910,,,UN1,2015-06-01,,2,\n"),
        ("ChildCharacteristics.csv", "LAchildID,Ethnicity\n566910,WBRI\n"),
        ("CINdetails.csv", "LAchildID,CINdetailsID,CINreferralDate,ReferralSource,PrimaryNeedCode,CINclosureDate,ReasonForClosure,DateOfInitialCPC,ReferralNFA\n"
            + "566910.0,1,2022-09-05,1A,N1,,,,0\n566910.0,2,2023-01-10,5D,N2,,,,0\n"),
        ("Assessments.csv", "LAchildID,CINdetailsID,AssessmentActualStartDate,AssessmentInternalReviewDate,AssessmentAuthorisationDate,AssessmentFactors\n"
            + "566910,1,2022-09-06,,2022-10-20,1A\n566910,1,2022-09-06,,2022-10-20,2B\n"),
        ("Section47.csv", "LAchildID,CINdetailsID,S47ActualStartDate,InitialCPCtarget,DateOfInitialCPC,ICPCnotRequired\n566910,1,2022-09-10,2022-09-30,2022-09-28,0\n"),
        ("ChildProtectionPlans.csv", "LAchildID,CINdetailsID,CPPID,CPPstartDate,CPPendDate,InitialCategoryOfAbuse,LatestCategoryOfAbuse,NumberOfPreviousCPP\n"
            + "566910,1,1,2022-09-28,,NEG,NEG,0\n"),
        ("Reviews.csv", "LAchildID,CINdetailsID,CPPID,CPPreviewDate\n566910,1,1,2022-12-20\n"),
    ];

    private static ChildrenInNeedReadResult Read(params (string Name, string Text)[] files) =>
        ChildrenInNeedReader.Read(files.Select(f => InputFile.FromText(f.Name, f.Text)));

    [Fact]
    public void Read_ValidatorExport_GivesTheRecordsItsIdsPointTo()
    {
        var read = Read(Export);

        var child = new ChildId("566910");
        var referral = new LocalDate(2022, 9, 5);
        Assert.Equal([new ChildInNeed(child, new LocalDate(2015, 6, 1), Sex.Female, "WBRI")], read.Data.Children.ToArray());
        Assert.Equal([referral, new LocalDate(2023, 1, 10)], read.Data.Referrals.Select(r => r.Date).Order().ToArray());
        Assert.Equal([new Assessment(child, referral, AssessmentType.Single, new LocalDate(2022, 9, 6), new LocalDate(2022, 10, 20))], read.Data.Assessments.ToArray());
        Assert.Equal([new Section47Enquiry(child, referral, new LocalDate(2022, 9, 10), new LocalDate(2022, 9, 28))], read.Data.Enquiries.ToArray());
        var plan = Assert.Single(read.Data.Plans);
        Assert.Equal((new LocalDate(2022, 9, 28), "NEG"), (plan.Start, plan.InitialCategory));
        Assert.Equal([new LocalDate(2022, 12, 20)], plan.Reviews.ToArray());
        Assert.Equal(new RowCounts(9, 9, 0, 0), read.Account.Rows);
        Assert.Empty(read.Account.Rejections);
        Assert.Contains("LAchildID 566910 was written as '566910', '566910.0': read as one child, 566910", read.Account.Warnings);
    }

    [Fact]
    public void Read_ValidatorExport_NamesEachTableByItsHeader()
    {
        var read = Read(Export);

        Assert.Equal(
            [
                // Ordinal order of the names ('I' before 'h'), the tables keyed by CINdetailsID after it, reviews last.
                "CINdetails.csv CINdetails", "ChildCharacteristics.csv ChildCharacteristics", "ChildIdentifiers.csv CinChildren",
                "Assessments.csv Assessments (by CINdetailsID)", "ChildProtectionPlans.csv ChildProtectionPlans",
                "Section47.csv Section47 (by CINdetailsID)", "Reviews.csv Reviews",
            ],
            read.Account.Files.Select(f => $"{f.Path} {f.Table}").ToArray());
    }

    [Fact]
    public void Read_ExportRowNamingAReferralNotInItsCINdetails_IsRejectedNamingTheIds()
    {
        var read = Read(Export[2], ("Assessments.csv", "LAchildID,CINdetailsID,AssessmentActualStartDate,AssessmentAuthorisationDate\n566910,3,2022-09-06,2022-10-20\n"));

        Assert.Equal(new Rejection("Assessments.csv", 2, "CINdetailsID", "3", "no CINdetails row for LAchildID 566910 with CINdetailsID 3") { ChildId = "566910" },
            Assert.Single(read.Account.Rejections));
    }

    [Fact]
    public void Read_ExportReviewOfAPlanNotExported_IsRejectedNamingTheIds()
    {
        var read = Read(Export[2], ("Reviews.csv", "LAchildID,CINdetailsID,CPPID,CPPreviewDate\n566910,1,2,2022-12-20\n"));

        Assert.Equal(new Rejection("Reviews.csv", 2, "CPPID", "2", "no ChildProtectionPlans row for LAchildID 566910 with CINdetailsID 1 and CPPID 2") { ChildId = "566910" },
            Assert.Single(read.Account.Rejections));
    }
}
