using System.Text.Json;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Cli;

/// <summary>
/// Issue 17: <c>compute --breakdown</c> writes each indicator's breakdown in JSON and CSV, through
/// <see cref="Breakdown.Publish"/>'s control. Hand-worked on a small SSDA903 return, then the sample checked for the
/// property that no published total less the published groups gives back a single withheld group.
/// </summary>
public sealed class ComputeBreakdownTests
{
    // NI 62 for 2006-07, every child looked after on 31 March 2007 (one open episode, or three placements in the year:
    // U4 to 01/06, U5 to 01/09, U6 open). Ages at 31/03/2007 from the Header's DOB:
    //   5–9   (DOB 01/01/2000, 7):  E0–E7, 8 children, one placement each          -> 0 / 8
    //   10–15 (DOB 01/01/1995, 12): T0–T5 three placements, T6–T11 one             -> 6 / 12
    //   16+   (DOB 01/01/1990, 17): O0 three placements, O1–O2 one                 -> 1 / 3
    // Total 7 / 23 (30.43%), published at threshold 5 (7 and 23 not small, nor 23 − 7 = 16).
    // Threshold 5, worked:
    //   16+ numerator 1 and denominator 3 are small, withheld.
    //   Numerators: 7 − 0 − 6 = 1 would give 16+ back, so one more numerator of the sum is withheld, the smallest that is
    //   not 0 (a 0 protects least): 10–15's 6. A reader then has 10–15 + 16+ = 7, each 0 to 7: neither pinned.
    //   Denominators: 23 − 8 − 12 = 3 would give 16+ back; the smallest other is 5–9's 8, withheld. A reader then has
    //   5–9 + 16+ = 11, each 0 to 11 (16+ at least its numerator, which is itself unknown).
    //   Values: each group with a withheld figure has its value withheld (5–9's 0% too: its denominator is withheld).
    private static TempFolder ThreeBands()
    {
        var episodes = new List<string> { "CHILD,DECOM,RNE,LS,PLACE,DEC,REC" };
        var header = new List<string> { "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB" };
        void Child(string id, string dob, bool threePlacements)
        {
            header.Add($"{id},1,{dob},WBRI,,,");
            episodes.AddRange(threePlacements
                ? [$"{id},01/04/2006,S,C2,U4,01/06/2006,X1", $"{id},01/06/2006,P,C2,U5,01/09/2006,X1", $"{id},01/09/2006,P,C2,U6,,"]
                : [$"{id},01/04/2006,S,C2,U4,,"]);
        }
        for (int i = 0; i < 8; i++)
        {
            Child($"E{i}", "01/01/2000", false);
        }
        for (int i = 0; i < 12; i++)
        {
            Child($"T{i}", "01/01/1995", i < 6);
        }
        for (int i = 0; i < 3; i++)
        {
            Child($"O{i}", "01/01/1990", i == 0);
        }
        return new TempFolder().With("episodes.csv", string.Join("\n", episodes) + "\n").With("header.csv", string.Join("\n", header) + "\n");
    }

    private static CliRun Compute(TempFolder folder, params string[] extra) =>
        CliRun.Of(["compute", "--ssda903", folder.Path, "--year-ending", "2007-03-31", "--indicators", "NI62", "--breakdown", "age", .. extra]);

    private static List<(string Group, decimal? Numerator, decimal? Denominator, decimal? Value)> AgeBands(string json)
    {
        using var document = JsonDocument.Parse(json);
        var ni62 = document.RootElement.GetProperty("indicators")[0];
        var breakdown = ni62.GetProperty("breakdowns").EnumerateArray().Single();
        Assert.Equal("AgeBand", breakdown.GetProperty("dimension").GetString());
        static decimal? Figure(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDecimal();
        return [.. breakdown.GetProperty("groups").EnumerateArray().Select(g => (g.GetProperty("group").GetString()!,
            Figure(g.GetProperty("numerator")), Figure(g.GetProperty("denominator")), Figure(g.GetProperty("value"))))];
    }

    [Fact]
    public void Compute_JsonBreakdownUnsuppressed_GivesTheHandWorkedBands()
    {
        using var folder = ThreeBands();

        var run = Compute(folder, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var bands = AgeBands(run.Output);
        Assert.Equal(["5–9", "10–15", "16+"], bands.Select(b => b.Group));
        Assert.Equal([0m, 6m, 1m], bands.Select(b => b.Numerator));
        Assert.Equal([8m, 12m, 3m], bands.Select(b => b.Denominator));
        Assert.Equal(0m, bands[0].Value);
        Assert.Equal(50m, bands[1].Value);
        Assert.Equal(100m / 3, bands[2].Value!.Value, 10);
    }

    [Fact]
    public void Compute_JsonBreakdownSuppressed_WithholdsTheSmallBandAndWhatWouldGiveItBack()
    {
        using var folder = ThreeBands();

        var run = Compute(folder, "--format", "json", "--suppress");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var ni62 = document.RootElement.GetProperty("indicators")[0];
        Assert.Equal(7m, ni62.GetProperty("numerator").GetDecimal());
        Assert.Equal(23m, ni62.GetProperty("denominator").GetDecimal());
        var bands = AgeBands(run.Output);
        Assert.Equal([0m, null, null], bands.Select(b => b.Numerator));
        Assert.Equal([null, 12m, null], bands.Select(b => b.Denominator));
        Assert.All(bands, b => Assert.Null(b.Value));
        // The total less the published bands leaves two withheld bands in each sum, so neither is pinned by it.
        Assert.Equal(7m, 7m - bands.Sum(b => b.Numerator ?? 0));
        Assert.Equal(2, bands.Count(b => b.Numerator is null));
        Assert.Equal(11m, 23m - bands.Sum(b => b.Denominator ?? 0));
        Assert.Equal(2, bands.Count(b => b.Denominator is null));
    }

    [Fact]
    public void Compute_CsvBreakdown_OneRowPerBandAfterTheIndicatorsRow()
    {
        using var folder = ThreeBands();

        var run = Compute(folder, "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.TrimEnd('\n').Split('\n');
        Assert.Equal("periodStart,periodEnd,id,aliases,name,polarity,unit,numerator,denominator,value,notes,suppressed,breakdown,group", lines[0]);
        Assert.EndsWith(",,,", lines[1], StringComparison.Ordinal);
        const string Prefix = "2006-04-01,2007-03-31,NI62,PAF A1,Stability of placements: number of placements,LowerIsBetter,Percent,";
        const string Withheld = "withheld (a count from 1 to 5 or a figure that would give one back)";
        Assert.Equal(Prefix + $"0,[c],[c],,denominator: {Withheld}; value: derived from a withheld figure,AgeBand,5–9", lines[2]);
        Assert.Equal(Prefix + $"[c],12,[c],,numerator: {Withheld}; value: derived from a withheld figure,AgeBand,10–15", lines[3]);
        Assert.Equal(Prefix + $"[c],[c],[c],,numerator: {Withheld}; denominator: {Withheld}; value: derived from a withheld figure,AgeBand,16+", lines[4]);
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public void Compute_CsvWithoutBreakdown_KeepsItsColumns()
    {
        using var folder = ThreeBands();

        var run = CliRun.Of("compute", "--ssda903", folder.Path, "--year-ending", "2007-03-31", "--indicators", "NI62", "--format", "csv");

        Assert.StartsWith("periodStart,periodEnd,id,aliases,name,polarity,unit,numerator,denominator,value,notes,suppressed\n", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--breakdown", "height", "--format", "json")]
    [InlineData("--breakdown", "age", "--format", "table")]
    [InlineData("--breakdown", "age", "--format", "csv", "--detail")]
    public void Compute_BreakdownNotWritable_IsRefusedWithExit1(params string[] extra)
    {
        using var folder = ThreeBands();

        var run = CliRun.Of(["compute", "--ssda903", folder.Path, "--year-ending", "2007-03-31", .. extra]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--breakdown", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    /// <summary>
    /// On the sample, every breakdown of every indicator, by age, sex and ethnicity: unsuppressed, the groups add up to
    /// the indicator (a stated property of a breakdown); suppressed, in each sum whose total is published, the withheld
    /// groups are none or at least two, so the total less the published groups never gives one back.
    /// </summary>
    [Fact]
    public void Compute_SampleBreakdowns_AddUpAndNoTotalLessTheOthersGivesAWithheldGroup()
    {
        string[] arguments = ["compute", "--ssda903", Repository.Path("samples/data/ssda903"), "--cin", Repository.Path("samples/data/cin/census_2006-07.xml"),
            "--year-ending", "2007-03-31", "--breakdown", "age,sex,ethnicity", "--format", "json"];
        var open = CliRun.Of(arguments);
        var suppressed = CliRun.Of([.. arguments, "--suppress"]);
        Assert.Equal(0, open.ExitCode);
        Assert.Equal(0, suppressed.ExitCode);

        using var openDocument = JsonDocument.Parse(open.Output);
        using var suppressedDocument = JsonDocument.Parse(suppressed.Output);
        static decimal? Figure(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetDecimal();
        int withheldGroups = 0;
        var openIndicators = openDocument.RootElement.GetProperty("indicators").EnumerateArray().ToList();
        var suppressedIndicators = suppressedDocument.RootElement.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Contains(openIndicators, i => i.TryGetProperty("breakdowns", out _));
        for (int i = 0; i < openIndicators.Count; i++)
        {
            if (!openIndicators[i].TryGetProperty("breakdowns", out var openBreakdowns))
            {
                continue;
            }
            var shownBreakdowns = suppressedIndicators[i].GetProperty("breakdowns").EnumerateArray().ToList();
            foreach (var (breakdown, b) in openBreakdowns.EnumerateArray().Select((x, b) => (x, b)))
            {
                var groups = breakdown.GetProperty("groups").EnumerateArray().ToList();
                var shown = shownBreakdowns[b].GetProperty("groups").EnumerateArray().ToList();
                foreach (string figure in new[] { "numerator", "denominator" })
                {
                    Assert.Equal(Figure(openIndicators[i], figure), groups.Sum(g => Figure(g, figure)));
                    int withheld = shown.Count(g => Figure(g, figure) is null);
                    withheldGroups += withheld;
                    if (Figure(suppressedIndicators[i], figure) is not null)
                    {
                        Assert.True(withheld != 1, $"{openIndicators[i].GetProperty("id")} by {breakdown.GetProperty("dimension")}: one {figure} withheld beside a published total");
                    }
                }
            }
        }
        Assert.True(withheldGroups > 0, "the sample's breakdowns have small groups, so something is withheld");
    }
}
