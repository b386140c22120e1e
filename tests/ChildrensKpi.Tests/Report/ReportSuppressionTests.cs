using System.Text;
using ChildrensKpi.Tests.Cli;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Report;

/// <summary>The report withholds small counts by default, as published output must.</summary>
public class ReportSuppressionTests
{
    /// <summary>
    /// Thirteen children looked after at 31/03/2007. T1–T3 moved twice in the year (S 01/05/2006, P 01/07/2006,
    /// P 01/09/2006): three placements each, so NI62's numerator. O1–O10 have one placement since 01/05/2006.
    /// NI62 = 3 / 13 = 23.1%: a numerator of 3 is a count from 1 to 5.
    /// </summary>
    internal static TempFolder ThreeOfThirteen()
    {
        var episodes = new StringBuilder("CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n");
        foreach (var child in new[] { "T1", "T2", "T3" })
        {
            episodes.Append($"{child},01/05/2006,S,C2,U4,01/07/2006,X1\n{child},01/07/2006,P,C2,K2,01/09/2006,X1\n{child},01/09/2006,P,C2,U6,,\n");
        }
        foreach (int i in Enumerable.Range(1, 10))
        {
            episodes.Append($"O{i},01/05/2006,S,C2,U4,,\n");
        }
        return new TempFolder().With("episodes.csv", episodes.ToString());
    }

    internal static string Report(TempFolder folder, params string[] extra)
    {
        string output = Path.Combine(folder.Path, "report.html");
        var run = CliRun.Of(["report", "--ssda903", folder.Path, "--year-ending", "2007-03-31", "--indicators", "NI62", "--output", output, .. extra]);
        Assert.Equal(0, run.ExitCode);
        return File.ReadAllText(output);
    }

    [Fact]
    public void Report_NumeratorOfThree_IsWithheldByDefault()
    {
        using var folder = ThreeOfThirteen();

        string html = Report(folder);

        // The numerator 3 is withheld; 13 − 3 = 10 is not small, so the denominator stays; the value derives from 3.
        Assert.Contains("<td class=\"num value\">[c]</td><td class=\"num\">[c] / 13</td>", html);
        Assert.DoesNotContain("23.1%", html);
        Assert.Contains("<strong>[c]</strong>: withheld. Counts from 1 to 5", html);
    }

    [Fact]
    public void Report_ThresholdZero_ShowsEverything()
    {
        using var folder = ThreeOfThirteen();

        string html = Report(folder, "--suppression-threshold", "0");

        Assert.Contains("<td class=\"num value\">23.1%</td><td class=\"num\">3 / 13</td>", html);
        Assert.DoesNotContain("<td class=\"num value\">[c]", html);
        Assert.DoesNotContain("<strong>[c]</strong>: withheld", html);
    }
}
