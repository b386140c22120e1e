using System.Text.Json;
using ChildrensKpi.Readers;
using ChildrensKpi.Tests.Cli;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Readers;

/// <summary>Each file's account names the collection year its rows were read as, from wherever the year came.</summary>
public sealed class FileAccountCollectionYearTests
{
    private const string Episodes = "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA,01/09/2016,S,C2,U1,,\n";

    [Fact]
    public void Read_Ssda903_YearFromTheNameElseTheLatestEventDateElseTheOneGiven()
    {
        // The name says 2015-16; the other file's only DECOM, 01/09/2016, is in 2016-17 (1 April 2016 to 31 March 2017).
        var read = Ssda903Reader.Read([InputFile.FromText("episodes_2015-16.csv", Episodes), InputFile.FromText("episodes.csv", Episodes)]);
        var given = Ssda903Reader.Read([InputFile.FromText("episodes.csv", Episodes)], collectionYear: CollectionYear.Parse("2018-19"));

        Assert.Equal([("episodes.csv", "2016-17"), ("episodes_2015-16.csv", "2015-16")], read.Account.Files.Select(f => (f.Path, f.CollectionYear)).Order());
        Assert.Equal("2018-19", Assert.Single(given.Account.Files).CollectionYear);
    }

    [Fact]
    public void Read_Ssda903XmlReturn_EveryTableOfItHasTheReturnsYear()
    {
        const string xml = """
            <EXPSSDA903><CHILD><HEADER><CHILDID>C1</CHILDID><SEX>1</SEX><DOB>01/05/2005</DOB><ETHNIC>WBRI</ETHNIC></HEADER>
            <EPISODE><DECOM>01/09/2016</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U1</PL><DEC/><REC/></EPISODE></CHILD></EXPSSDA903>
            """;

        var read = Ssda903Reader.Read([InputFile.FromText("return.xml", xml)]);

        // The Header has no event date: it takes the Episodes' year, the return's.
        Assert.Equal([("Episodes", "2016-17"), ("Header", "2016-17")], read.Account.Files.Select(f => (f.Table, f.CollectionYear)).Order());
    }

    [Fact]
    public void Read_CinCensus_YearOfItsReferenceDate()
    {
        // ReferenceDate 31/03/2023 closes the 2022-23 census.
        const string census = """
            <Message><Header><CollectionDetails><ReferenceDate>2023-03-31</ReferenceDate></CollectionDetails></Header>
            <Children><Child><ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails><CINreferralDate>2022-09-05</CINreferralDate><ReferralSource>1A</ReferralSource></CINdetails></Child></Children></Message>
            """;

        var read = ChildrenInNeedReader.Read([InputFile.FromText("cin.xml", census)]);

        Assert.Equal("2022-23", Assert.Single(read.Account.Files).CollectionYear);
    }

    [Fact]
    public void Compute_Json_EachSsda903FileHasItsCollectionYear()
    {
        using var folder = new TempFolder().With("episodes_2006-07.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA,01/04/2006,S,C2,U1,,\n");

        var run = CliRun.Of("compute", "--ssda903", folder.Path, "--year-ending", "2007-03-31", "--indicators", "NI62", "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        var file = Assert.Single(json.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal("2006-07", file.GetProperty("collectionYear").GetString());
    }
}
