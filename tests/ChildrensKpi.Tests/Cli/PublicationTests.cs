using System.Text.Json;
using ChildrensKpi.Cli.Output;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Cli;

/// <summary>Disclosure control, safe CSV and pseudonymous ids in what the command line publishes.</summary>
public class PublicationTests
{
    // NI62 for 2006-07: M1–M3 each have three placements in the year (U4, U5 from 01/06, U6 from 01/09) and are looked
    // after on 31 March, as are S0–S6 with one: numerator 3, denominator 10, value 30%.
    private static TempFolder ThreeOfTen()
    {
        var rows = new List<string> { "CHILD,DECOM,RNE,LS,PLACE,DEC,REC" };
        foreach (var c in new[] { "M1", "M2", "M3" })
        {
            rows.AddRange([$"{c},01/04/2006,S,C2,U4,01/06/2006,X1", $"{c},01/06/2006,P,C2,U5,01/09/2006,X1", $"{c},01/09/2006,P,C2,U6,,"]);
        }
        rows.AddRange(Enumerable.Range(0, 7).Select(i => $"S{i},01/04/2006,S,C2,U4,,"));
        return new TempFolder().With("episodes.csv", string.Join("\n", rows) + "\n");
    }

    private static string[] Ni62Csv(params string[] extra)
    {
        using var folder = ThreeOfTen();
        var run = CliRun.Of(["compute", "--ssda903", folder.Path, "--year-ending", "2007-03-31", "--indicators", "NI62", "--format", "csv", .. extra]);
        Assert.Equal(0, run.ExitCode);
        return run.Output.TrimEnd('\n').Split('\n');
    }

    [Fact]
    public void Compute_CsvNumeratorOf3_IsSuppressedByDefault()
    {
        var lines = Ni62Csv();

        Assert.Equal("periodStart,periodEnd,id,aliases,name,polarity,unit,numerator,denominator,value,notes,suppressed", lines[0]);
        Assert.Equal("2006-04-01,2007-03-31,NI62,PAF A1,Stability of placements: number of placements,LowerIsBetter,Percent,[c],10,[c],,"
            + "numerator: withheld (a count from 1 to 5 or a figure that would give one back); value: derived from a withheld figure", lines[1]);
    }

    [Fact]
    public void Compute_CsvNumeratorOf3_IsNotSuppressedWithThreshold0()
    {
        var lines = Ni62Csv("--suppression-threshold", "0");

        Assert.Equal("2006-04-01,2007-03-31,NI62,PAF A1,Stability of placements: number of placements,LowerIsBetter,Percent,3,10,30,,", lines[1]);
    }

    [Fact]
    public void Compute_TableNumeratorOf3_IsSuppressedByDefault()
    {
        using var folder = ThreeOfTen();

        var run = CliRun.Of("compute", "--ssda903", folder.Path, "--year-ending", "2007-03-31", "--indicators", "NI62", "--format", "table");

        var row = run.Output.Split('\n').Single(l => l.StartsWith("NI62 ", StringComparison.Ordinal));
        Assert.Matches(@"\[c\]\s+10\s+\[c\]", row);
        Assert.Contains("[c]: withheld, counts from 1 to 5 and figures that would reveal them (--suppression-threshold 0 shows all)", run.Output);
    }

    [Fact]
    public void Compute_Json_IsUnsuppressedByDefaultAndSuppressedWithSuppress()
    {
        using var folder = ThreeOfTen();
        string[] args = ["compute", "--ssda903", folder.Path, "--year-ending", "2007-03-31", "--indicators", "NI62", "--format", "json"];

        using var plain = JsonDocument.Parse(CliRun.Of(args).Output);
        using var suppressed = JsonDocument.Parse(CliRun.Of([.. args, "--suppress"]).Output);

        var open = plain.RootElement.GetProperty("indicators")[0];
        Assert.Equal(3, open.GetProperty("numerator").GetDecimal());
        Assert.False(open.TryGetProperty("suppressed", out _));
        var shut = suppressed.RootElement.GetProperty("indicators")[0];
        Assert.Equal(JsonValueKind.Null, shut.GetProperty("numerator").ValueKind);
        Assert.Equal(10, shut.GetProperty("denominator").GetDecimal());
        Assert.Equal(JsonValueKind.Null, shut.GetProperty("value").ValueKind);
        Assert.Equal(["numerator: withheld (a count from 1 to 5 or a figure that would give one back)", "value: derived from a withheld figure"],
            shut.GetProperty("suppressed").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Compute_NegativeSuppressionThreshold_IsABadArgument()
    {
        using var folder = ThreeOfTen();

        var run = CliRun.Of("compute", "--ssda903", folder.Path, "--year-ending", "2007-03-31", "--suppression-threshold", "-1");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: --suppression-threshold: -1 is negative; give 0 (withhold nothing) or more.\n", run.Error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://e.example\",\"x\")", "\"'=HYPERLINK(\"\"http://e.example\"\",\"\"x\"\")\"")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("-5", "-5")]       // a number stays a number
    [InlineData("+44.5", "+44.5")]
    [InlineData("-1e3", "-1e3")]
    [InlineData("C123", "C123")]
    public void Cell_FormulaText_IsNeutralisedAndNumbersStayNumbers(string text, string expected)
    {
        Assert.Equal(expected, CsvText.Cell(text));
    }

    [Fact]
    public void Compute_DetailCsvChildIdThatIsAFormula_IsNeutralised()
    {
        // The child id cell, quoted in the input, is =HYPERLINK("http://e.example") once unescaped.
        using var folder = new TempFolder().With("episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n\"=HYPERLINK(\"\"http://e.example\"\")\",01/04/2006,S,C2,U4,,\n");

        // One child: NI62 1 of 1 is withheld by default, and its children with it; threshold 0 lists them (internal use).
        var run = CliRun.Of("compute", "--ssda903", folder.Path, "--year-ending", "2007-03-31", "--indicators", "NI62", "--detail", "--format", "csv", "--suppression-threshold", "0");

        var row = run.Output.Split('\n')[1];
        Assert.StartsWith("NI62,\"'=HYPERLINK(\"\"http://e.example\"\")\",", row);
    }

    [Fact]
    public void Compute_DetailWithPseudonymiseKey_ReplacesEveryChildIdInEveryFormat()
    {
        using var folder = ThreeOfTen();
        // Threshold 0: NI62's 3 of 10 would otherwise be withheld in CSV and table, and its children with it.
        string[] args = ["compute", "--ssda903", folder.Path, "--year-ending", "2007-03-31", "--indicators", "NI62", "--detail", "--pseudonymise-key", "k1", "--suppression-threshold", "0"];
        // HMAC-SHA256("k1", "M1") in hex, worked out here with the framework, not by the code under test.
        string m1 = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData("k1"u8, "M1"u8));

        foreach (var format in new[] { "json", "csv", "table" })
        {
            var run = CliRun.Of([.. args, "--format", format]);
            Assert.Contains(m1, run.Output);
            Assert.DoesNotContain("M1", run.Output);
            Assert.DoesNotContain("S0", run.Output);
        }
        // Stable for a key: a second run gives the same pseudonyms.
        Assert.Equal(CliRun.Of([.. args, "--format", "json"]).Output, CliRun.Of([.. args, "--format", "json"]).Output);
    }

    [Fact]
    public void Compute_Sample_WritesNoChildIdOrDateOfBirthToStandardError()
    {
        var sample = Repository.Path("samples", "data", "ssda903");

        var run = CliRun.Of("compute", "--ssda903", sample, "--year-ending", "2007-03-31", "--detail", "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        var ids = json.RootElement.GetProperty("indicators").EnumerateArray()
            .SelectMany(i => i.GetProperty("children").EnumerateArray()).Select(c => c.GetProperty("childId").GetString()!).Distinct().ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.DoesNotMatch($@"(^|[^A-Za-z0-9]){System.Text.RegularExpressions.Regex.Escape(id)}([^A-Za-z0-9]|$)", run.Error));
        Assert.DoesNotMatch(@"[0-9]{2}/[0-9]{2}/[0-9]{4}", run.Error);
    }
}
