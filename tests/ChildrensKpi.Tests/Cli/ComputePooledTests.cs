using System.Text.Json;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Cli;

/// <summary>
/// <c>compute</c> and <c>validate</c> on SSDA903 files pooled by two councils, an <c>LA</c> column naming each row's council;
/// both have a child 1001.
/// </summary>
/// <remarks>
/// Working, NI62 for the year ending 31/03/2007 (children looked after at 31 March; numerator: those with 3 or more
/// placements open in the year):
/// <list type="bullet">
/// <item>201's 1001: U1 from 01/04/2006 to 01/09/2006, then U4 open: looked after at 31 March, 2 placements.</item>
/// <item>202's 1001: U1 from 01/06/2006, U4 from 01/08/2006, U5 from 01/11/2006 open: looked after, 3 placements.</item>
/// <item>202's 2002: U1 from 01/10/2006 open: looked after, 1 placement.</item>
/// </list>
/// So 201: 0 of 1; 202: 1 of 2; the consortium: 1 of 3, three children. Were the two 1001s one child, 202's episodes
/// would start inside 201's (01/06/2006 before 01/09/2006) and be rejected as overlaps, leaving 2 children.
/// </remarks>
public sealed class ComputePooledTests
{
    /// <summary>The pooled Episodes table of the working above (the server's tests upload it too).</summary>
    internal const string Episodes = """
        LA,CHILD,DECOM,RNE,LS,PLACE,DEC,REC
        201,1001,01/04/2006,S,C2,U1,01/09/2006,X1
        201,1001,01/09/2006,P,C2,U4,,
        202,1001,01/06/2006,S,C1,U1,01/08/2006,X1
        202,1001,01/08/2006,P,C1,U4,01/11/2006,X1
        202,1001,01/11/2006,P,C1,U5,,
        202,2002,01/10/2006,S,C2,U1,,
        """;

    /// <summary>The pooled Header table: each council's 1001 has its own sex and date of birth.</summary>
    internal const string Header = """
        LA,CHILD,SEX,DOB,ETHNIC
        201,1001,1,01/05/2000,WBRI
        202,1001,2,01/03/2001,WBRI
        202,2002,1,01/02/2004,WBRI
        """;

    private static TempFolder Pooled() => new TempFolder().With("episodes.csv", Episodes).With("header.csv", Header);

    private static readonly string[] Ni62 = ["--year-ending", "2007-03-31", "--indicators", "NI62"];

    /// <summary>NI62's numerator and denominator, and the children in its denominator (with --detail), in ordinal order.</summary>
    private static (decimal Numerator, decimal Denominator, string Children) Figures(string json)
    {
        using var document = JsonDocument.Parse(json);
        var indicator = Assert.Single(document.RootElement.GetProperty("indicators").EnumerateArray());
        string children = indicator.TryGetProperty("children", out var listed)
            ? string.Join(" ", listed.EnumerateArray().Where(c => c.GetProperty("inDenominator").GetBoolean()).Select(c => c.GetProperty("childId").GetString()!).Order(StringComparer.Ordinal))
            : "";
        return (indicator.GetProperty("numerator").GetDecimal(), indicator.GetProperty("denominator").GetDecimal(), children);
    }

    [Fact]
    public void Compute_Authority_ComputesThatCouncilsRowsAloneWithItsIdsAsWritten()
    {
        using var folder = Pooled();

        var run202 = CliRun.Of(["compute", "--ssda903", folder.Path, "--authority", "202", .. Ni62, "--detail", "--format", "json"]);
        var run201 = CliRun.Of(["compute", "--ssda903", folder.Path, "--authority", "201", .. Ni62, "--format", "json"]);

        Assert.Equal(0, run202.ExitCode);
        Assert.Equal((1m, 2m, "1001 2002"), Figures(run202.Output));
        Assert.Equal((0m, 1m), (Figures(run201.Output).Numerator, Figures(run201.Output).Denominator));
        Assert.DoesNotContain("Authority", run202.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_PooledWithOutput_WritesTheConsortiumAndAFolderPerAuthority()
    {
        using var folder = Pooled();
        using var results = new TempFolder();
        string output = Path.Combine(results.Path, "result.json");

        var run = CliRun.Of(["compute", "--ssda903", folder.Path, .. Ni62, "--detail", "--output", output]);

        Assert.Equal(0, run.ExitCode);
        // Two councils sharing CHILD 1001 stay two children, none rejected.
        Assert.Equal((1m, 3m, "201:1001 202:1001 202:2002"), Figures(File.ReadAllText(output)));
        using (var total = JsonDocument.Parse(File.ReadAllText(output)))
        {
            Assert.Equal(0, total.RootElement.GetProperty("rows").GetProperty("rejected").GetInt64());
        }
        Assert.Equal((0m, 1m, "1001"), Figures(File.ReadAllText(Path.Combine(results.Path, "201", "result.json"))));
        Assert.Equal((1m, 2m, "1001 2002"), Figures(File.ReadAllText(Path.Combine(results.Path, "202", "result.json"))));
    }

    [Fact]
    public void Compute_PooledJsonOnStandardOutput_WritesTheConsortiumOnlyAndSaysHowToGetEachAuthority()
    {
        using var folder = Pooled();

        var run = CliRun.Of(["compute", "--ssda903", folder.Path, .. Ni62, "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal((1m, 3m), (Figures(run.Output).Numerator, Figures(run.Output).Denominator));
        Assert.Contains("note: the SSDA903 files pool 2 authorities (201, 202): these figures are the consortium's;", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_PooledTable_ShowsASectionPerAuthorityAfterTheConsortium()
    {
        using var folder = Pooled();

        var run = CliRun.Of(["compute", "--ssda903", folder.Path, .. Ni62, "--format", "table"]);

        Assert.Equal(0, run.ExitCode);
        int at201 = run.Output.IndexOf("Authority 201 (its rows of the pooled SSDA903 files alone)", StringComparison.Ordinal);
        int at202 = run.Output.IndexOf("Authority 202 (its rows of the pooled SSDA903 files alone)", StringComparison.Ordinal);
        Assert.True(at201 > 0 && at202 > at201, run.Output);
        Assert.Contains("NI62", run.Output[..at201], StringComparison.Ordinal);
        Assert.Contains("NI62", run.Output[at202..], StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_AuthorityNotInTheLaColumn_Exits1NamingTheAuthoritiesThere()
    {
        using var folder = Pooled();

        var run = CliRun.Of(["compute", "--ssda903", folder.Path, "--authority", "203", .. Ni62, "--format", "json"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: --authority 203: no row of the SSDA903 files has LA 203; the authorities are 201, 202.", run.Error.Trim());
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Compute_AuthorityWithoutPooledFiles_Exits1()
    {
        using var folder = new TempFolder().With("episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA,01/04/2006,S,C2,U1,,\n");

        var run = CliRun.Of(["compute", "--ssda903", folder.Path, "--authority", "201", .. Ni62, "--format", "json"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: --authority 201: no SSDA903 file has an LA column, so the files are one council's: leave the authority out.", run.Error.Trim());
    }

    [Fact]
    public void Compute_AuthorityWithoutSsda903_Exits1()
    {
        using var folder = new TempFolder().With("workforce.csv", "AsAt,Team,PermanentFte,AgencyFte,VacantFte\n2006-09-04,A,30.4,4.2,4.2\n");

        var run = CliRun.Of("compute", "--workforce", Path.Combine(folder.Path, "workforce.csv"), "--authority", "201", "--year-ending", "2007-03-31");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: --authority picks one authority's rows of pooled SSDA903 files: give --ssda903 <folder> too.", run.Error.Trim());
    }

    [Fact]
    public void Validate_Authority_AccountsThatCouncilsRowsAlone()
    {
        using var folder = Pooled();

        var run = CliRun.Of("validate", "--ssda903", folder.Path, "--authority", "201", "--format", "json");

        // 201's rows: 2 episodes and 1 Header row.
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(3, json.RootElement.GetProperty("rows").GetProperty("read").GetInt64());
        Assert.Equal(3, json.RootElement.GetProperty("rows").GetProperty("used").GetInt64());
    }

    [Fact]
    public void Validate_Pooled_GivesEachAuthoritysRowsReadAloneAfterTheConsortiums()
    {
        // Pooled, with one row of 202 that is wrong: an episode of 2002 before its date of birth (01/02/2004), rejected (E003).
        using var folder = new TempFolder().With("episodes.csv", Episodes + "\n202,2002,01/01/2004,S,C2,U1,01/03/2004,E13\n").With("header.csv", Header);

        var run = CliRun.Of("validate", "--ssda903", folder.Path, "--format", "json");

        // 201: 2 episodes + 1 Header row; 202: 5 episodes (one rejected) + 2 Header rows; the consortium their sum.
        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var total = json.RootElement.GetProperty("rows");
        Assert.Equal((10, 1), (total.GetProperty("read").GetInt64(), total.GetProperty("rejected").GetInt64()));
        var authorities = json.RootElement.GetProperty("authorities").EnumerateArray()
            .Select(a => (a.GetProperty("authority").GetString(), a.GetProperty("rows").GetProperty("read").GetInt64(), a.GetProperty("rows").GetProperty("rejected").GetInt64(), a.GetProperty("rejections").GetInt32()))
            .ToList();
        Assert.Equal([("201", 3L, 0L, 0), ("202", 7L, 1L, 1)], authorities);
    }
}

