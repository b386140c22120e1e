using System.Text.Json;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Cli;

public class ValidateCommandTests
{
    private const string Overlap = "DECOM must not be before the DEC of the child's previous episode (overlapping or out-of-order episodes); the later episode is rejected";

    // A: 01/04/2006–01/06/2006, then 15/05/2006 (line 3) starting 17 days before the first ended.
    private static TempFolder OverlappingEpisodes() => new TempFolder()
        .With("episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA,01/04/2006,S,C2,U4,01/06/2006,E8\nA,15/05/2006,P,C2,U5,,\nB,01/04/2006,S,C2,U4,,\n");

    [Fact]
    public void Validate_OverlappingEpisodes_ListsTheRuleIdAndMessageAndExits1()
    {
        using var folder = OverlappingEpisodes();

        var run = CliRun.Of("validate", "--ssda903", folder.Path, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("SSDA903-E002", finding.GetProperty("ruleId").GetString());
        Assert.Equal("Reject", finding.GetProperty("severity").GetString());
        Assert.Equal("episodes.csv", finding.GetProperty("path").GetString());
        Assert.Equal(3, finding.GetProperty("line").GetInt64());
        Assert.Equal("DECOM", finding.GetProperty("column").GetString());
        Assert.Equal("15/05/2006", finding.GetProperty("value").GetString());
        Assert.Equal("A", finding.GetProperty("childId").GetString());
        Assert.StartsWith(Overlap, finding.GetProperty("message").GetString());
    }

    [Fact]
    public void Compute_OverlappingEpisodes_RejectsTheLaterRowWithTheRuleIdAndMessage()
    {
        using var folder = OverlappingEpisodes();

        var run = CliRun.Of("compute", "--ssda903", folder.Path, "--year-ending", "2007-03-31", "--indicators", "NI62", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var rejection = Assert.Single(json.RootElement.GetProperty("rejections").EnumerateArray());
        Assert.Equal("SSDA903-E002", rejection.GetProperty("ruleId").GetString());
        Assert.Equal(3, rejection.GetProperty("line").GetInt64());
        Assert.StartsWith(Overlap, rejection.GetProperty("rule").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("rows").GetProperty("rejected").GetInt64());
    }

    [Fact]
    public void Validate_CleanFolder_Exits0AndListsOnlyWarnings()
    {
        // PLACE A5 (placed for adoption with a placement order) under LS C2: a warning (SSDA903-E006, DfE 903-408), the row used; nothing rejected.
        using var folder = new TempFolder().With("episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA,01/04/2006,S,C2,A5,,\n");

        var run = CliRun.Of("validate", "--ssda903", folder.Path, "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.TrimEnd('\n').Split('\n');
        Assert.Equal("ruleId,severity,path,line,column,value,message,childId,dfeRuleId", lines[0]);
        Assert.Equal("SSDA903-E006,Warn,episodes.csv,2,LS,C2,PLACE A5 or A6 (placed for adoption with a placement order) needs LS E1 (DfE rule 903-408): PLACE A5 with LS C2,A,903-408", lines[1]);
    }

    [Fact]
    public void Validate_WithPseudonymiseKey_ReplacesTheChildIdWithItsKeyedHash()
    {
        using var folder = OverlappingEpisodes();

        var run = CliRun.Of("validate", "--ssda903", folder.Path, "--format", "json", "--pseudonymise-key", "secret");

        using var json = JsonDocument.Parse(run.Output);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        // HMAC-SHA256 of "A" under "secret", computed independently of the code under test.
        var expected = Convert.ToHexStringLower(new System.Security.Cryptography.HMACSHA256("secret"u8.ToArray()).ComputeHash("A"u8.ToArray()));
        Assert.Equal(expected, finding.GetProperty("childId").GetString());
        Assert.DoesNotContain("\"A\"", run.Output);
    }

    [Fact]
    public void Validate_ConflictNamingTheChildInItsMessage_IsPseudonymisedInTheMessageToo()
    {
        // Two copies of A's episode disagree on PLACE: the later is rejected with a message naming CHILD A.
        using var folder = new TempFolder()
            .With("e1.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA,01/04/2006,S,C2,U4,,\n")
            .With("e2.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA,01/04/2006,S,C2,U5,,\n");

        var run = CliRun.Of("validate", "--ssda903", folder.Path, "--format", "json", "--pseudonymise-key", "secret");

        using var json = JsonDocument.Parse(run.Output);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        string pseudonym = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData("secret"u8, "A"u8));
        Assert.Equal($"conflicts with the copy of episode CHILD {pseudonym} DECOM 01/04/2006 in e1.csv line 2, which has PLACE U4; the copy read first is used",
            finding.GetProperty("message").GetString());
    }

    [Fact]
    public void Validate_NoInput_IsABadArgument()
    {
        var run = CliRun.Of("validate");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: Give --ssda903 <folder>, --cin <file-or-folder>, or both.\n", run.Error.ReplaceLineEndings("\n"));
    }
}
