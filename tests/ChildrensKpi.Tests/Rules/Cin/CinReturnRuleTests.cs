using System.Text;
using ChildrensKpi.Readers;
using ChildrensKpi.Readers.Rules;
using static ChildrensKpi.Tests.Rules.Cin.CinFixture;

namespace ChildrensKpi.Tests.Rules.Cin;

/// <summary>The header and return-level rules (100, 2886Q, 2887Q, 2888Q), the reader's element paths, and the rule set as a whole.</summary>
public class CinReturnRuleTests
{
    [Theory]
    [InlineData("2025-03-31", "/Message/Header[1]")]
    [InlineData("2026-03-30", "/Message/Header[1]")]
    [InlineData("31-03-2026x", "/Message/Header[1]")]
    [InlineData("2026-03-31", "")]
    public void Rule100_ReferenceDate_MustBeThe2025to26CensusDate31March2026(string referenceDate, string flagged) =>
        Assert.Equal(Expected(flagged), FlaggedOn("100", referenceDate, Born));

    [Fact]
    public void Rule2886Q_NoSexRecorded_FlagsTheReturnAboveTwoPercentOfBornChildren()
    {
        // 1 of 50 born children with no Sex is 2%, not more; 1 of 49 is 2.04%. An unborn child (only an expected date of birth) is not counted.
        string Child(int i, string sex) => $"<ChildIdentifiers><LAchildID>C{i}</LAchildID><PersonBirthDate>2015-01-01</PersonBirthDate>{sex}</ChildIdentifiers>";
        string[] fifty = [Child(0, ""), .. Enumerable.Range(1, 49).Select(i => Child(i, "<Sex>F</Sex>")),
            "<ChildIdentifiers><LAchildID>U1</LAchildID><ExpectedPersonBirthDate>2026-05-01</ExpectedPersonBirthDate></ChildIdentifiers>"];
        string[] fortyNine = [Child(0, "<Sex>U</Sex>"), .. Enumerable.Range(1, 48).Select(i => Child(i, "<Sex>M</Sex>"))];

        Assert.Empty(Flagged("2886Q", fifty));
        Assert.Equal(["RETURN"], Flagged("2886Q", fortyNine));
    }

    [Theory]
    [InlineData("NONE MOB HAND PC INC COMM LD", "RETURN")]
    [InlineData("NONE MOB HAND PC INC COMM LD HEAR", "")]
    public void Rule2887Q_DisabilityCodesUsed_FlagsTheReturnBelowEight(string codes, string flagged)
    {
        // One child per code: 7 different codes is less than 8; 8 is not.
        var children = codes.Split(' ').Select((c, i) =>
            $"<ChildIdentifiers><LAchildID>C{i}</LAchildID></ChildIdentifiers><ChildCharacteristics><Disabilities><Disability>{c}</Disability></Disabilities></ChildCharacteristics>").ToArray();
        Assert.Equal(Expected(flagged), Flagged("2887Q", children));
    }

    [Theory]
    [InlineData("<Disability>HAND</Disability>", "RETURN")]
    [InlineData("<Disability>HAND</Disability><Disability>HEAR</Disability>", "")]
    public void Rule2888Q_OnlyOneCodePerChild_FlagsTheReturn(string disabilities, string flagged) =>
        Assert.Equal(Expected(flagged), Flagged("2888Q", Born + $"<ChildCharacteristics><Disabilities>{disabilities}</Disabilities></ChildCharacteristics>"));

    [Fact]
    public void Reader_PathsAndLines_ArePositionsAmongSameNameSiblingsAndTheElementsLines()
    {
        // Child 2's second CINdetails holds the assessment before its referral (1103): Children[1]/Child[2]/CINdetails[2]/Assessments[1].
        string xml = "<Message>\n<Header><CollectionDetails><ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails></Header>\n<Children>\n"
            + "<Child><ChildIdentifiers><LAchildID>A</LAchildID></ChildIdentifiers></Child>\n"
            + "<Child>\n<ChildIdentifiers><LAchildID>B</LAchildID></ChildIdentifiers>\n<CINdetails/>\n<CINdetails>\n<CINreferralDate>2025-05-02</CINreferralDate>\n"
            + "<Assessments>\n<AssessmentActualStartDate>2025-05-01</AssessmentActualStartDate>\n</Assessments>\n</CINdetails>\n</Child>\n</Children>\n</Message>\n";
        var bytes = Encoding.GetEncoding(1252).GetBytes(xml.Replace("<Message>", "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<Message>", StringComparison.Ordinal));

        var validation = CinReturnValidator.Validate(new InputFile("w.xml", () => new MemoryStream(bytes)), new CollectionYear(2025));

        var found = validation.Findings.Where(f => f.RuleId == "CIN-1103").OrderBy(f => f.Line).ToList();
        Assert.Equal(["/Message/Children[1]/Child[2]/CINdetails[2]", "/Message/Children[1]/Child[2]/CINdetails[2]/Assessments[1]"], found.Select(f => f.Locator));
        Assert.Equal([9L, 11L], found.Select(f => f.Line!.Value));
        Assert.All(found, f => Assert.Equal("B", f.Child));
    }

    [Fact]
    public void Validate_NoYearGiven_TakesTheRuleListOfTheYearTheReferenceDateEnds()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Census("2024-03-31", [Born]));

        var validation = CinReturnValidator.Validate(new InputFile("f.xml", () => new MemoryStream(bytes)));

        Assert.Equal(new CollectionYear(2023), validation.Year);
        Assert.DoesNotContain(validation.Findings, f => f.RuleId == "CIN-100");
    }

    [Fact]
    public void Validate_ElementTextPastTheReadersLimit_IsRefusedNamingTheElement()
    {
        // One character past the indicator reader's limit (16 Mi characters) in the LAchildID.
        string xml = Census(Reference, [Id.Replace("C1", new string('x', CinXmlReaderLimit + 1), StringComparison.Ordinal) + EndId]);
        byte[] bytes = Encoding.UTF8.GetBytes(xml);

        var e = Assert.Throws<InputFileException>(() => CinReturnValidator.Validate(new InputFile("big.xml", () => new MemoryStream(bytes)), new CollectionYear(2025)));

        Assert.Contains("ChildIdentifiers/LAchildID", e.Message, StringComparison.Ordinal);
    }

    private static int CinXmlReaderLimit => ChildrensKpi.Readers.SepRows.MaxRowChars;

    [Fact]
    public void Validate_NotACensus_IsRefusedNamingTheFile()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("<EXPSSDA903/>");

        var e = Assert.Throws<InputFileException>(() => CinReturnValidator.Validate(new InputFile("x.xml", () => new MemoryStream(bytes))));

        Assert.Contains("x.xml", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleList2025to26_EveryRuleHasACheckAnd1530IsNotRunWithoutTheLaNumbers()
    {
        var validation = Run(Reference, Born);

        Assert.Equal(109, validation.Outcomes.Length);
        var notRun = Assert.Single(validation.Outcomes, o => o.Status != DfeRuleStatus.Ran);
        Assert.Equal(("1530", DfeRuleStatus.NotRun), (notRun.Rule.Code, notRun.Status));
        Assert.Equal("needs the list of local authority numbers, which was not given", notRun.Reason);
    }

    [Theory]
    // UPN L201234567890: characters 2-4 are 201 (the City of London's number).
    [InlineData("201 202", "")]
    [InlineData("202 203", Id1)]
    public void Rule1530_UpnCharactersTwoToFour_MustBeAGivenLaNumber(string numbers, string flagged)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Census(Reference, [Id + "<UPN>L201234567890</UPN>" + EndId]));

        var validation = CinReturnValidator.Validate(new InputFile("f.xml", () => new MemoryStream(bytes)), new CollectionYear(2025), numbers.Split(' '));

        Assert.Equal(DfeRuleStatus.Ran, Assert.Single(validation.Outcomes, o => o.Rule.Code == "1530").Status);
        Assert.Equal(Expected(flagged), validation.Findings.Where(f => f.RuleId == "CIN-1530").Select(f => f.Locator));
    }

    [Fact]
    public void UnitTests_EveryImplementedRule_HasAFixtureInTheRuleTests()
    {
        // The rule tests name each code as the first argument of an InlineData, or in a test's name (Rule100_, Rule2886Q_ ...).
        string folder = System.IO.Path.Combine(Fixtures.Repository.Root, "tests", "ChildrensKpi.Tests", "Rules", "Cin");
        string text = string.Concat(Directory.GetFiles(folder, "*.cs").Select(File.ReadAllText));
        var implemented = Run(Reference, Born).Outcomes.Where(o => o.Status == DfeRuleStatus.Ran).Select(o => o.Rule.Code);

        var untested = implemented.Where(c => !text.Contains($"[InlineData(\"{c}\"", StringComparison.Ordinal) && !text.Contains($"Rule{c}_", StringComparison.Ordinal)).ToList();

        Assert.Empty(untested);
    }
}
