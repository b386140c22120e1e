using System.Text;
using System.Text.Json;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Cli;

/// <summary>
/// Inputs that once crashed <c>compute</c> with a stack trace (issue 17, item 4): each now exits 2 with a message naming
/// the file, the line and the limit, or is read with the bad row rejected.
/// </summary>
public class ComputeOversizedInputTests
{
    private const string EpisodesHeader = "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n";
    private const string Episode = "A,01/04/2006,S,C2,U4,,\n";
    private const int SeventeenMiB = 17 * 1024 * 1024;

    private static string TooLong(string file, int line) =>
        $"error: {file} line {line}: the row starting here is longer than 16,777,216 characters (16 MiB), the longest row ChildrensKpi reads " +
        "(an unclosed quote makes the rest of a file one row; a device such as /dev/zero never ends); the file is not read.";

    /// <summary>Writes <paramref name="prefix"/>, <paramref name="count"/> copies of <paramref name="filler"/>, then <paramref name="suffix"/>, a block at a time.</summary>
    private static void WriteFile(string path, string prefix, byte filler, long count, string suffix = "")
    {
        using var file = File.Create(path);
        file.Write(Encoding.UTF8.GetBytes(prefix));
        var block = new byte[1 << 20];
        block.AsSpan().Fill(filler);
        for (long left = count; left > 0; left -= block.Length)
        {
            file.Write(block, 0, (int)Math.Min(block.Length, left));
        }
        file.Write(Encoding.UTF8.GetBytes(suffix));
    }

    private static CliRun Compute(string folder) => CliRun.Of("compute", "--ssda903", folder, "--year-ending", "2007-03-31", "--format", "json");

    [Fact]
    public void Compute_RowOf17MiB_Exits2NamingFileLineAndLimit()
    {
        // Line 1 the header, line 2 a good episode, line 3 the 17 MiB row; the good row after it is never reached.
        using var folder = new TempFolder();
        WriteFile(Path.Combine(folder.Path, "e.csv"), EpisodesHeader + Episode + "B,", (byte)'x', SeventeenMiB, "\n" + Episode);

        var run = Compute(folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains(TooLong("e.csv", 3), run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Compute_UnclosedQuoteFollowedBy17MiBOfRows_Exits2NamingTheLineTheQuoteOpens()
    {
        // The quote opened on line 2 swallows every later newline: 17 MiB of well-formed rows become one row starting on line 2.
        using var folder = new TempFolder();
        WriteFile(Path.Combine(folder.Path, "e.csv"), EpisodesHeader + "A,\"01/04/2006,S,C2,U4,,\n", (byte)'\n', SeventeenMiB);

        var run = Compute(folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(TooLong("e.csv", 2), run.Error);
    }

    [Fact]
    public void Compute_20MBOfNuls_Exits2NamingLine1()
    {
        using var folder = new TempFolder();
        WriteFile(Path.Combine(folder.Path, "e.csv"), "", 0, 20_000_000);

        var run = Compute(folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(TooLong("e.csv", 1), run.Error);
    }

    [LinuxFact]
    public void Compute_SymlinkToDevZero_Exits2InsteadOfReadingForEver()
    {
        using var folder = new TempFolder();
        File.CreateSymbolicLink(Path.Combine(folder.Path, "e.csv"), "/dev/zero");

        var run = Compute(folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(TooLong("e.csv", 1), run.Error);
    }

    [Fact]
    public void Compute_CinXmlTextOf17MiB_RejectsTheFileNamingLineElementAndLimit()
    {
        // Issue 13: the over-long text is one file rejection in the account, so the run (and any other file) goes on.
        using var folder = new TempFolder();
        string file = Path.Combine(folder.Path, "cin.xml");
        WriteFile(file, "<Message>\n<Children>\n<Child>\n<ChildIdentifiers>\n<LAchildID>", (byte)'x', SeventeenMiB, "</LAchildID></ChildIdentifiers></Child></Children></Message>\n");

        var run = CliRun.Of("compute", "--cin", file, "--year-ending", "2007-03-31", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        var rejection = Assert.Single(json.RootElement.GetProperty("rejections").EnumerateArray());
        Assert.Equal(5, rejection.GetProperty("line").GetInt32());
        Assert.Equal("the text of Message/Children/Child/ChildIdentifiers/LAchildID is longer than 16,777,216 characters (16 MiB), " +
            "the longest value ChildrensKpi reads; the file is not read from this line", rejection.GetProperty("rule").GetString());
    }

    [Fact]
    public void Compute_DateOfBirth31December9999_RejectsTheHeaderRowAndComputes()
    {
        // The 16th and 19th birthdays of a child born on 31/12/9999 are beyond NodaTime's calendar: once a crash in
        // Age.Birthday, now the Header row is rejected under SSDA903-E008 and the indicators are computed without it.
        using var folder = new TempFolder()
            .With("e.csv", EpisodesHeader + Episode)
            .With("h.csv", "CHILD,SEX,DOB,ETHNIC\nA,1,31/12/9999,WBRI\n");

        var run = Compute(folder.Path);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var rejection = Assert.Single(json.RootElement.GetProperty("rejections").EnumerateArray());
        Assert.Equal("""{"path":"h.csv","line":2,"column":"DOB","value":"31/12/9999","rule":"a date must be in the years 1800 to 2999","ruleId":"SSDA903-E008","dfeRuleId":"903-102"}""",
            JsonSerializer.Serialize(rejection));
        var rows = json.RootElement.GetProperty("rows");
        Assert.Equal(2, rows.GetProperty("read").GetInt64());
        Assert.Equal(1, rows.GetProperty("rejected").GetInt64());
    }
}
