using System.Text.Json;
using ChildrensKpi.Readers;
using ChildrensKpi.Readers.Rules;
using ChildrensKpi.Readers.Rules.Ssda903;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Cli;

/// <summary>
/// <c>validate --dfe</c> on SSDA903 files pooled by two councils (an <c>LA</c> column), each council's rows validated as
/// its own return; both councils have a child 1001.
/// </summary>
/// <remarks>
/// Working, collection year 2025-26 (the Episodes table below, lines as in the file):
/// <list type="bullet">
/// <item>Line 2, 201's 1001: U1 from 01/05/2025 to 01/10/2025 (X1); line 3: U4 from 01/10/2025, open. One council's child,
/// its episodes in sequence: no 903-501.</item>
/// <item>Line 4, 202's 1001: U1 from 01/07/2025, open. Its only episode: no 903-501. Were the two 1001s one child, in
/// DECOM order this episode would follow 201's line 2 and start (01/07/2025) before it ended (01/10/2025): 903-501 on line 4.</item>
/// <item>Line 5, 202's 2002: PLACE ZZ, in no year's list: 903-146, under 202 only.</item>
/// </list>
/// Every other rule that runs without reference data passes on both councils' rows (the Header gives each child, SEX in the
/// 2025-26 codes M and F), so 201 has no finding and 202 the one 903-146.
/// </remarks>
public sealed class ValidateDfePooledTests
{
    private const string Episodes = """
        LA,CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST
        201,1001,01/05/2025,S,C2,N1,U1,PR1,01/10/2025,X1,,AB1 2CD,AB1 3CD
        201,1001,01/10/2025,P,C2,N1,U4,PR1,,,CARPL,AB1 2CD,AB1 4CD
        202,1001,01/07/2025,S,C1,N1,U1,PR1,,,,EF1 2GH,EF1 3GH
        202,2002,01/06/2025,S,C2,N1,ZZ,PR1,,,,EF2 2GH,EF2 3GH
        """;

    /// <summary>The pooled Header: each council's 1001 has its own sex and date of birth.</summary>
    private const string Header = """
        LA,CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
        201,1001,M,01/05/2010,WBRI,UN1,,
        202,1001,F,01/03/2011,WBRI,UN1,,
        202,2002,M,01/02/2012,WBRI,UN1,,
        """;

    private static TempFolder Pooled(string episodes = Episodes, string header = Header) =>
        new TempFolder().With("episodes.csv", episodes).With("header.csv", header);

    private static CliRun Validate(TempFolder folder, params string[] more) =>
        CliRun.Of(["validate", "--dfe", "--ssda903", folder.Path, "--collection-year", "2025-26", .. more]);

    [Fact]
    public void DfeRules_PooledAsOneReturn_Flag501OnTheOtherCouncilsChild()
    {
        // The control of the working: the files read as one return (no authority) compare the two 1001s.
        using var folder = Pooled();

        var merged = Ssda903DfeRules.Validate([InputFile.FromText("episodes.csv", Episodes.ReplaceLineEndings("\n") + "\n")], null,
            CollectionYear.Parse("2025-26"), null, new DfeReferenceData(), null, CancellationToken.None);

        var finding = Assert.Single(merged.Findings, f => f.RuleId == "903-501");
        Assert.Equal(4, finding.Line);
    }

    [Fact]
    public void ValidateDfe_PooledWithAPreviousReturnLackingAnAuthority_SaysSoForThatAuthority()
    {
        // Last year's return holds council 201's rows only (its LA column names 201): 202's rules comparing with last
        // year compare with an empty return, which standard error says; 201's do not, so nothing is said of it.
        using var folder = Pooled();
        using var previous = new TempFolder()
            .With("episodes.csv", "LA,CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST\n201,1001,01/05/2024,S,C2,N1,U1,PR1,01/05/2025,X1,,AB1 2CD,AB1 3CD\n")
            .With("header.csv", "LA,CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n201,1001,M,01/05/2010,WBRI,UN1,,\n");

        var run = Validate(folder, "--previous", previous.Path, "--format", "json");

        Assert.Contains("Authority 202: --previous holds no rows of LA 202 (its LA column names 201), so the rules comparing with last year compare with an empty return.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Authority 201: --previous", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateDfe_PooledJson_ValidatesEachAuthorityAloneAndEachFindingCarriesItsAuthority()
    {
        using var folder = Pooled();

        var run = Validate(folder, "--format", "json");

        Assert.Equal(1, run.ExitCode); // 146 is an error
        using var json = JsonDocument.Parse(run.Output);
        var place = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray()); // no 903-501: the 1001s are two children
        Assert.Equal("903-146", place.GetProperty("ruleId").GetString());
        Assert.Equal("202", place.GetProperty("authority").GetString());
        Assert.Equal("2002", place.GetProperty("child").GetString());
        Assert.Equal(5, place.GetProperty("line").GetInt64()); // its line in the pooled file
        Assert.Equal("episodes.csv (LA 202)", place.GetProperty("file").GetString());
        Assert.Equal("SSDA903", json.RootElement.GetProperty("return").GetString());
        var authorities = json.RootElement.GetProperty("authorities").EnumerateArray().ToList();
        Assert.Equal(["201", "202"], authorities.Select(a => a.GetProperty("authority").GetString()));
        Assert.All(authorities, a => Assert.Equal("2025-26", a.GetProperty("collectionYear").GetString()));
        Assert.All(authorities, a => Assert.Equal(311, a.GetProperty("rules").GetArrayLength()));
        int Flagged(JsonElement a, string rule) =>
            a.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == rule).GetProperty("flagged").GetInt32();
        Assert.Equal([0, 1], authorities.Select(a => Flagged(a, "903-146")));
        Assert.Equal([0, 0], authorities.Select(a => Flagged(a, "903-501")));
        Assert.Equal([0, 1], authorities.Select(a => a.GetProperty("findings").GetInt32()));
        Assert.Equal([0, 1], authorities.Select(a => a.GetProperty("errors").GetInt32()));
        Assert.Contains("Authority 201: DfE SSDA903 rules of 2025-26:", run.Error, StringComparison.Ordinal);
        Assert.Contains("Authority 202: DfE SSDA903 rules of 2025-26:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateDfe_Authority_ValidatesThatAuthorityAlone()
    {
        using var folder = Pooled();

        var run = Validate(folder, "--authority", "201", "--format", "json");

        Assert.Equal(0, run.ExitCode); // 202's error is not 201's
        using var json = JsonDocument.Parse(run.Output);
        var authority = Assert.Single(json.RootElement.GetProperty("authorities").EnumerateArray());
        Assert.Equal("201", authority.GetProperty("authority").GetString());
        Assert.Empty(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.DoesNotContain("Authority 202", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateDfe_AuthorityNotInTheLaColumn_Exits1NamingTheAuthoritiesThere()
    {
        using var folder = Pooled();

        var run = Validate(folder, "--authority", "203");

        Assert.Equal(1, run.ExitCode); // bad arguments
        Assert.Equal("error: --authority 203: no row of the SSDA903 files has LA 203; the authorities are 201, 202.\n", run.Error);
    }

    [Fact]
    public void ValidateDfe_AuthorityWithoutPooledFiles_Exits1()
    {
        using var folder = new TempFolder().With("episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA,01/05/2025,P,C2,A5,,\n");

        var run = Validate(folder, "--authority", "201");

        Assert.Equal(1, run.ExitCode); // bad arguments
        Assert.Equal("error: --authority 201: no SSDA903 file has an LA column, so the files are one council's: leave the authority out.\n", run.Error);
    }

    [Fact]
    public void ValidateDfe_PooledCsv_AddsAnAuthorityColumnLast()
    {
        using var folder = Pooled();

        var run = Validate(folder, "--format", "csv");

        var lines = run.Output.TrimEnd('\n').Split('\n');
        Assert.Equal("record,ruleId,kind,status,flagged,table,file,line,xmlPath,fields,value,child,message,rejectsRow,authority", lines[0]);
        Assert.Equal(311, lines.Count(l => l.StartsWith("rule,", StringComparison.Ordinal) && l.EndsWith(",201", StringComparison.Ordinal)));
        Assert.Equal(311, lines.Count(l => l.StartsWith("rule,", StringComparison.Ordinal) && l.EndsWith(",202", StringComparison.Ordinal)));
        // The one finding; a finding's row has no rejectsRow, so that cell is empty and the authority is in its column.
        Assert.Equal("finding,903-146,error,,,Episodes,episodes.csv (LA 202),5,,PLACE,PLACE=ZZ,2002,Placement type code is not a valid code.,,202",
            Assert.Single(lines, l => l.StartsWith("finding,", StringComparison.Ordinal)));
    }

    [Fact]
    public void ValidateDfe_PooledTable_HeadsEachAuthoritysSection()
    {
        using var folder = Pooled();

        var run = Validate(folder, "--format", "table");

        int at201 = run.Output.IndexOf("Authority 201 (its rows of the pooled SSDA903 files alone)\nDfE SSDA903 rules 2025-26:", StringComparison.Ordinal);
        int at202 = run.Output.IndexOf("Authority 202 (its rows of the pooled SSDA903 files alone)\nDfE SSDA903 rules 2025-26:", StringComparison.Ordinal);
        Assert.Equal(0, at201);
        Assert.True(at202 > at201);
        int place = run.Output.IndexOf("  903-146 error Episodes", StringComparison.Ordinal);
        Assert.True(place > at202);
    }

    [Fact]
    public void ValidateDfe_PooledXlsx_PutsAnAuthorityColumnLastInTheFindingsSheet()
    {
        using var folder = Pooled();
        string file = Path.Combine(folder.Path, "rules.xlsx");

        var run = Validate(folder, "--format", "xlsx", "--output", file);

        Assert.Equal(1, run.ExitCode);
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(file, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToList();
        List<List<string>> Rows(int i) =>
            [.. ((DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.GetPartById(sheets[i].Id!.Value!)).Worksheet
                .Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
                .Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.CellReference!.Value + "=" + (c.InlineString?.InnerText ?? c.CellValue?.Text)).ToList())];
        var findings = Rows(0);
        Assert.Equal("L1=Authority", findings[0][^1]);
        var place = Assert.Single(findings.Skip(1), r => r[0].EndsWith("=903-146", StringComparison.Ordinal));
        string at = place[0][1..place[0].IndexOf('=', StringComparison.Ordinal)];
        Assert.Contains($"L{at}=202", place);
        var rules = Rows(1);
        Assert.Equal("I1=Authority", rules[0][^1]);
        Assert.Equal(1 + 2 * 311, rules.Count);
    }

    [Fact]
    public void ValidateDfe_LaColumnOfOnsCodes_IsEachAuthoritysLaCode()
    {
        // 903-179 needs a postcode lookup and the council's code: with codes like E09000027 in the LA column, only the lookup is missing.
        static string Coded(string table) => table.Replace("\n201,", "\nE09000027,", StringComparison.Ordinal).Replace("\n202,", "\nE09000028,", StringComparison.Ordinal);
        using var folder = Pooled(Coded(Episodes.ReplaceLineEndings("\n")), Coded(Header.ReplaceLineEndings("\n")));
        using var numbers = Pooled();

        var codes = Validate(folder, "--format", "json");
        var given = Validate(numbers, "--format", "json");

        string Reason(CliRun run, int authority)
        {
            using var json = JsonDocument.Parse(run.Output);
            return json.RootElement.GetProperty("authorities")[authority].GetProperty("rules").EnumerateArray()
                .Single(r => r.GetProperty("ruleId").GetString() == "903-179").GetProperty("reason").GetString()!;
        }
        Assert.Equal("needs a postcode lookup, which was not given", Reason(codes, 0));
        Assert.Equal("needs a postcode lookup, which was not given", Reason(codes, 1));
        Assert.Equal("needs a postcode lookup and the council's local authority code, which was not given", Reason(given, 0));
    }
}
