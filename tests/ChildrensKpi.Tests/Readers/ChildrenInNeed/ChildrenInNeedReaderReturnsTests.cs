using System.Text;
using ChildrensKpi.Readers;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Readers.ChildrenInNeed;

/// <summary>The quirks of real returns (issue 13), each read end to end by <see cref="ChildrenInNeedReader"/>.</summary>
public class ChildrenInNeedReaderReturnsTests
{
    /// <summary>A 2022-23 census (ReferenceDate 2023-03-31) of one child with one referral and one assessment: 3 rows.</summary>
    private static string Census(string declaration, string id = "C1", string referralDate = "2022-09-05", string source = "1A",
        string identifiers = "") =>
        declaration + "\r\n<Message>\r\n<Header><CollectionDetails><ReferenceDate>2023-03-31</ReferenceDate></CollectionDetails></Header>\r\n<Children>\r\n"
        + Child(id, referralDate, source, identifiers) + "</Children>\r\n</Message>\r\n";

    private static string Child(string id, string referralDate = "2022-09-05", string source = "1A", string identifiers = "") =>
        $"<Child><ChildIdentifiers><LAchildID>{id}</LAchildID>{identifiers}</ChildIdentifiers>"
        + $"<CINdetails><CINreferralDate>{referralDate}</CINreferralDate><ReferralSource>{source}</ReferralSource>"
        + "<Assessments><AssessmentActualStartDate>2022-09-06</AssessmentActualStartDate>"
        + "<AssessmentAuthorisationDate>2022-10-20</AssessmentAuthorisationDate></Assessments></CINdetails></Child>\r\n";

    private static ChildrenInNeedReadResult ReadBytes(string name, byte[] bytes) =>
        ChildrenInNeedReader.Read([new InputFile(name, () => new MemoryStream(bytes, writable: false))]);

    [Fact]
    public void Read_Windows1252CensusWithCrlf_IsReadWithItsCharacters()
    {
        // Issue 13: the declared code page once aborted the run. 0xEB is ë in windows-1252 (and not valid UTF-8 alone).
        var census = Census("<?xml version=\"1.0\" encoding=\"windows-1252\"?>", id: "Zoë-1");
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(census);
        Assert.Contains((byte)0xEB, bytes);

        var read = ReadBytes("cin.xml", bytes);

        Assert.Equal("Zoë-1", Assert.Single(read.Data.Referrals).Child.Value);
        Assert.Equal(new RowCounts(3, 3, 0, 0), read.Account.Rows);
        Assert.Empty(read.Account.Rejections);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16 without a mark")]
    [InlineData("utf-16BE without a mark")]
    [InlineData("utf-8-bom")]
    public void Read_Utf16OrUtf8WithBomCensus_IsRead(string form)
    {
        var census = Census(form.StartsWith("utf-16", StringComparison.Ordinal) ? "<?xml version=\"1.0\" encoding=\"utf-16\"?>" : "<?xml version=\"1.0\" encoding=\"utf-8\"?>", id: "Zoë-1");
        // Without a mark, the XML's own rule tells UTF-16 by "<?" (3C 00 3F 00 little-endian, 00 3C 00 3F big-endian).
        Encoding encoding = form switch
        {
            "utf-16" => Encoding.Unicode,
            "utf-16 without a mark" => new UnicodeEncoding(bigEndian: false, byteOrderMark: false),
            "utf-16BE without a mark" => new UnicodeEncoding(bigEndian: true, byteOrderMark: false),
            _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        };

        var read = ReadBytes("cin.xml", [.. encoding.GetPreamble(), .. encoding.GetBytes(census)]);

        Assert.Equal("Zoë-1", Assert.Single(read.Data.Referrals).Child.Value);
    }

    [Fact]
    public void Read_OneChildsIdInExcelPaddedAndPlainForms_IsOneChildWithAWarningNamingTheForms()
    {
        // Issue 13: 566910.0 and 566910 were two children, with no finding. One referral of each form, on different days.
        var census = "<Message>\n<Children>\n" + Child("566910.0", "2022-09-05") + Child(" 0566910 ", "2022-10-05") + Child("566910", "2022-11-05")
            + "</Children>\n</Message>\n";

        var read = ChildrenInNeedReader.Read([InputFile.FromText("cin.xml", census)]);

        Assert.Equal(["566910"], read.Data.Referrals.Select(r => r.Child.Value).Distinct().ToArray());
        Assert.Equal(3, read.Data.Referrals.Length);
        Assert.Equal(["LAchildID 566910 was written as '0566910', '566910', '566910.0': read as one child, 566910"], read.Account.Warnings.ToArray());
    }

    [Theory]
    [InlineData("2022-09-05Z")]
    [InlineData("2022-09-05+01:00")]
    [InlineData("2022-09-05 00:00:00")]
    [InlineData("2022-09-05T00:00:00")]
    public void Read_ReferralDateWithATimeOrZone_IsThatDay(string written)
    {
        var read = ChildrenInNeedReader.Read([InputFile.FromText("cin.xml", Census("", referralDate: written))]);

        Assert.Equal(new LocalDate(2022, 9, 5), Assert.Single(read.Data.Referrals).Date);
        Assert.Empty(read.Account.Rejections);
        Assert.Empty(read.Account.Findings);
    }

    [Theory]
    [InlineData("1A - Individual", "1A")]
    [InlineData("5D – LA services: early help", "5D")] // an en dash, as the XSD's own labels have
    [InlineData("10: Other", "10")]
    [InlineData("1a", "1A")]
    public void Read_CodeWithItsLabelAfterIt_IsTheCode(string written, string code)
    {
        var read = ChildrenInNeedReader.Read([InputFile.FromText("cin.xml", Census("", source: written))]);

        Assert.Equal(code, Assert.Single(read.Data.Referrals).Source);
        Assert.Empty(read.Account.Findings);
    }

    [Fact]
    public void Read_LabelledCodeInTheFlatForm_IsTheCode()
    {
        var read = ChildrenInNeedReader.Read([InputFile.FromText("children.csv", "LAchildID,PersonBirthDate,GenderCurrent,Ethnicity\r\nC1,01/06/2015,2 - Female,WBRI - White British\r\n\r\n")]);

        Assert.Equal(new ChildInNeed(new ChildId("C1"), new LocalDate(2015, 6, 1), Sex.Female, "WBRI"), Assert.Single(read.Data.Children));
        Assert.Empty(read.Account.Findings);
    }

    [Fact]
    public void Read_AnExpectedBirthDateIn1066_IsAWarningAndTheChildsRowsAreUsed()
    {
        // Issue 13: one bad demographic value no indicator uses once rejected every row of that child.
        var census = Census("", identifiers: "<ExpectedPersonBirthDate>1066-04-13</ExpectedPersonBirthDate>");

        var read = ChildrenInNeedReader.Read([InputFile.FromText("cin.xml", census)]);

        Assert.Equal(new RowCounts(3, 3, 0, 0), read.Account.Rows);
        var finding = Assert.Single(read.Account.Findings);
        Assert.Equal(("Child/ChildIdentifiers/ExpectedPersonBirthDate", "1066-04-13", ValidationSeverity.Warn), (finding.Column, finding.Value, finding.Severity));
        Assert.StartsWith("a date must be in the years 1800 to 2999; the value is not used", finding.Message, StringComparison.Ordinal);
        Assert.Single(read.Data.Assessments);
    }

    [Fact]
    public void ReadPath_FolderWithAFileNoSchemaRecognises_ExcludesItAndReadsTheOthers()
    {
        using var folder = new TempFolder()
            .With("notes.csv", "Name,Comment\nA,B\n")
            .With("cin.xml", Census(""));

        var read = ChildrenInNeedReader.ReadPath(folder.Path);

        var exclusion = Assert.Single(read.Account.Exclusions);
        Assert.Equal("notes.csv", exclusion.Path);
        Assert.StartsWith("neither CIN census XML nor a recognised CIN table: its header matches none of: ", exclusion.Reason, StringComparison.Ordinal);
        // A file not recognised is accounted when it is looked at, before any file is read.
        Assert.Equal(["notes.csv 0", "cin.xml 3"], read.Account.Files.Select(f => $"{f.Path} {f.Rows.Read}").ToArray());
        Assert.Single(read.Data.Referrals);
    }
}
