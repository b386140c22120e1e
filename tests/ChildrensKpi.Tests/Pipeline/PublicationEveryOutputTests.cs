using System.Text.Json;
using ChildrensKpi.Cli.Output;
using ChildrensKpi.Tests.Cli;
using ChildrensKpi.Tests.Fixtures;
using Parquet.Serialization;

namespace ChildrensKpi.Tests.Pipeline;

/// <summary>
/// A withheld value publishes nothing that gives it back, in any output: no previous value, direction of travel, RAG,
/// band, rank, child list or note counting a few children (issue 12: PAF C23 printed "value": null beside its previous value).
/// </summary>
public class PublicationEveryOutputTests
{
    // NI62, lower is better. P00–P19 are looked after from 01/04/2005 with one placement, throughout both years.
    //   2005-06: 0 of the 20 looked after on 31/03/2006 had 3 placements: 0 / 20 = 0%, nothing small, so published.
    //   2006-07: M1–M3 arrive 01/04/2006 and move twice (U4, U5 from 01/06, U6 from 01/09); S0–S6 arrive with one:
    //   3 / 30 = 10%; the numerator 3 is a count from 1 to 5, so it and the value are withheld (30 − 3 = 27 is not small).
    //   Judged, 10% would be green against a target of 12, in band 3 (5–15), rank 2 of 2 against A's 8, and worsening
    //   from 0%: each of those would place the withheld value, so none may be published.
    private static TempFolder Fixture()
    {
        var rows = new List<string> { "CHILD,DECOM,RNE,LS,PLACE,DEC,REC" };
        rows.AddRange(Enumerable.Range(0, 20).Select(i => $"P{i:00},01/04/2005,S,C2,U4,,"));
        foreach (var c in new[] { "M1", "M2", "M3" })
        {
            rows.AddRange([$"{c},01/04/2006,S,C2,U4,01/06/2006,X1", $"{c},01/06/2006,P,C2,U5,01/09/2006,X1", $"{c},01/09/2006,P,C2,U6,,"]);
        }
        rows.AddRange(Enumerable.Range(0, 7).Select(i => $"S{i},01/04/2006,S,C2,U4,,"));
        return new TempFolder()
            .With("ssda903/episodes.csv", string.Join("\n", rows) + "\n")
            .With("targets.csv", "Indicator,Year,Target\nNI62,2006-07,12\n")
            .With("bands.csv", "Indicator,Year,Band,Lower,Upper\nNI62,2006-07,3,5,15\n")
            .With("comparators.csv", "Indicator,Year,Authority,Value\nNI62,2006-07,A,8\nNI62,2006-07,England,11\n");
    }

    private static string[] Args(TempFolder folder, params string[] extra) =>
    [
        "--ssda903", Path.Combine(folder.Path, "ssda903"), "--targets", Path.Combine(folder.Path, "targets.csv"),
        "--bands", Path.Combine(folder.Path, "bands.csv"), "--comparators", Path.Combine(folder.Path, "comparators.csv"),
        "--year-ending", "2007-03-31", "--indicators", "NI62", .. extra,
    ];

    private static readonly string[] Judgements = ["Green", "Amber", "Red", "Worsening", "Improving", "Stable", "2 of 2"];

    [Fact]
    public void Compute_JsonWithSuppress_PublishesNoJudgementOrChildOfTheWithheldValue()
    {
        using var folder = Fixture();

        var run = CliRun.Of(["compute", .. Args(folder, "--format", "json", "--suppress", "--detail")]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var ni62 = Assert.Single(json.RootElement.GetProperty("indicators").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, ni62.GetProperty("numerator").ValueKind);
        Assert.Equal(30, ni62.GetProperty("denominator").GetDecimal());
        Assert.Equal(JsonValueKind.Null, ni62.GetProperty("value").ValueKind);
        foreach (var leak in new[] { "previousValue", "directionOfTravel", "rag", "band", "rank", "rankOf", "quartile" })
        {
            Assert.False(ni62.TryGetProperty(leak, out _), leak);
        }
        // The target and the England figure are not this authority's counts: they stay.
        Assert.Equal(12, ni62.GetProperty("target").GetDecimal());
        Assert.Equal(11, ni62.GetProperty("national").GetDecimal());
        Assert.Equal(0, ni62.GetProperty("children").GetArrayLength());
        var suppressed = ni62.GetProperty("suppressed").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Contains("judgements: the RAG, band, rank, previous value and direction of travel of a withheld value would reveal it", suppressed);
        Assert.Contains("children: not listed, as counting them would give back the withheld figures", suppressed);
    }

    [Fact]
    public void Compute_JsonWithoutSuppress_StillJudgesEverything()
    {
        // The machine contract is unsuppressed unless asked: 10% is green, band 3, rank 2 of 2, worsening from 0.
        using var folder = Fixture();

        using var json = JsonDocument.Parse(CliRun.Of(["compute", .. Args(folder, "--format", "json")]).Output);

        var ni62 = Assert.Single(json.RootElement.GetProperty("indicators").EnumerateArray());
        Assert.Equal(10, ni62.GetProperty("value").GetDecimal());
        Assert.Equal("Green", ni62.GetProperty("rag").GetString());
        Assert.Equal(3, ni62.GetProperty("band").GetInt32());
        Assert.Equal(0, ni62.GetProperty("previousValue").GetDecimal());
        Assert.Equal("Worsening", ni62.GetProperty("directionOfTravel").GetString());
    }

    [Fact]
    public void Compute_Table_ShowsNoJudgementOfTheWithheldValue()
    {
        using var folder = Fixture();

        var run = CliRun.Of(["compute", .. Args(folder, "--format", "table", "--detail")]);

        var line = run.Output.Split('\n').Single(l => l.StartsWith("NI62 ", StringComparison.Ordinal) && l != "NI62 children");
        Assert.All(Judgements, j => Assert.DoesNotContain(j, line));
        Assert.Contains("[c]", line);
        Assert.Contains("  not listed: counting them would give back the withheld figures", run.Output);
        Assert.DoesNotContain("M1", run.Output);
    }

    [Fact]
    public void Compute_CsvDetail_ListsNoChildOfAWithheldFigureAndSaysSo()
    {
        using var folder = Fixture();

        var run = CliRun.Of(["compute", .. Args(folder, "--format", "csv", "--detail")]);

        Assert.Equal("id,childId,subject,inDenominator,inNumerator,reason", run.Output.TrimEnd('\n'));
        Assert.Contains("warning: NI62: children not listed, as counting them would give back its withheld figures", run.Error);
    }

    [Fact]
    public void Compute_Csv_WithholdsTheValue()
    {
        using var folder = Fixture();

        var row = CliRun.Of(["compute", .. Args(folder, "--format", "csv")]).Output.Split('\n')[1];

        Assert.Contains(",[c],30,[c],", row);
        Assert.DoesNotContain("10", row.Split(',')[9]);
    }

    [Fact]
    public void Report_Html_ShowsNoJudgementOrPreviousValueOfTheWithheldValue()
    {
        using var folder = Fixture();
        string output = Path.Combine(folder.Path, "report.html");

        var run = CliRun.Of(["report", .. Args(folder, "--output", output)]);

        Assert.Equal(0, run.ExitCode);
        string html = File.ReadAllText(output);
        string row = html[html.IndexOf("<tr><th scope=\"row\"><a href=\"#chart-NI62\">", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.All(Judgements, j => Assert.DoesNotContain(j, row));
        Assert.DoesNotContain("up from", row);
        Assert.Contains("[c] / 30", row);
    }

    [Fact]
    public async Task Compute_Parquet_WritesNoWithheldFigureOrItsChildren()
    {
        using var folder = Fixture();
        string file = Path.Combine(folder.Path, "result.parquet");

        var run = CliRun.Of(["compute", .. Args(folder, "--format", "parquet", "--detail", "--output", file)]);

        Assert.Equal(0, run.ExitCode);
        await using (var stream = File.OpenRead(file))
        {
            var ni62 = Assert.Single((await ParquetSerializer.DeserializeAsync<ResultParquet.IndicatorRow>(stream)).Data);
            Assert.Equal(((double?)null, (double?)30, (double?)null), (ni62.Numerator, ni62.Denominator, ni62.Value));
            Assert.Contains("numerator: withheld (a count from 1 to 5 or a figure that would give one back)", ni62.Suppressed);
        }
        await using (var stream = File.OpenRead(Path.Combine(folder.Path, "result.children.parquet")))
        {
            Assert.Empty((await ParquetSerializer.DeserializeAsync<ResultParquet.ChildRow>(stream)).Data);
        }
    }

    [Fact]
    public void Series_WithThreshold_WithholdsEachSmallMonth()
    {
        // The year to date at March is the year's 3 / 30; withheld at threshold 5, shown at 0.
        using var folder = Fixture();
        string[] args = ["series", "--ssda903", Path.Combine(folder.Path, "ssda903"), "--year-ending", "2007-03-31", "--indicators", "NI62", "--format", "csv"];

        var withheld = CliRun.Of([.. args, "--suppression-threshold", "5"]).Output.Split('\n').Single(l => l.StartsWith("NI62,2007-03-31,yearToDate,", StringComparison.Ordinal));
        var shown = CliRun.Of(args).Output.Split('\n').Single(l => l.StartsWith("NI62,2007-03-31,yearToDate,", StringComparison.Ordinal));

        Assert.EndsWith(",[c],30,[c]", withheld);
        Assert.EndsWith(",3,30,10", shown);
    }

    [Fact]
    public void Publish_PreviousValueOnASmallCount_IsWithheldWithTheDirection()
    {
        // P0 and P1 are looked after from 01/04/2005 with one placement: 2005-06 is 0 / 2, whose denominator 2 is small at
        // threshold 2. 2006-07 adds M1–M3 (three placements) and S0–S6 (one): 3 / 12 = 25%, nothing from 1 to 2 (12 − 3 = 9),
        // so it is shown; but "worsening from 0%" would give back the withheld previous value, so neither is published.
        var rows = new List<string> { "CHILD,DECOM,RNE,LS,PLACE,DEC,REC", "P0,01/04/2005,S,C2,U4,,", "P1,01/04/2005,S,C2,U4,," };
        foreach (var c in new[] { "M1", "M2", "M3" })
        {
            rows.AddRange([$"{c},01/04/2006,S,C2,U4,01/06/2006,X1", $"{c},01/06/2006,P,C2,U5,01/09/2006,X1", $"{c},01/09/2006,P,C2,U6,,"]);
        }
        rows.AddRange(Enumerable.Range(0, 7).Select(i => $"S{i},01/04/2006,S,C2,U4,,"));
        using var folder = new TempFolder().With("episodes.csv", string.Join("\n", rows) + "\n");
        var loaded = ChildrensKpi.Readers.KpiInputs.Read(new ChildrensKpi.Readers.KpiInputFiles { Ssda903 = ChildrensKpi.Readers.InputSource.FromPath(folder.Path) });
        var request = loaded.Request(ReportingPeriod.YearEnding(new LocalDate(2007, 3, 31))) with { Indicators = [ChildrensKpi.Indicators.NI62] };
        var report = ComputeReport.Compute(request with { PreviousPeriod = request.PreviousYear });

        var open = Assert.Single(report.Publish(PublicationOptions.None).Indicators);
        var published = Assert.Single(report.Publish(new PublicationOptions { SuppressionThreshold = 2 }).Indicators);

        Assert.Equal((25m, 0m, DirectionOfTravel.Worsening), (open.Value!.Value, open.Assessment!.PreviousValue!.Value, open.Assessment.DirectionOfTravel!.Value));
        Assert.Equal(25m, published.Value);
        Assert.Null(published.Assessment!.PreviousValue);
        Assert.Null(published.Assessment.DirectionOfTravel);
        Assert.Equal("previousValue: the previous period's value rests on a count from 1 to 2", Assert.Single(published.Withheld));
    }

    [Fact]
    public void Publish_NoteCountingTwoChildren_IsWithheld()
    {
        // C1 and C2 arrive by a move (RNE P), so their histories begin part way through a period of care: NI62's note
        // counts 2 children, a count from 1 to 5. At threshold 0 the note is published; at 5 it is not, and says why.
        using var folder = new TempFolder().With("episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nC1,01/05/2006,P,C2,U4,,\nC2,01/05/2006,P,C2,U4,,\n");
        var loaded = ChildrensKpi.Readers.KpiInputs.Read(new ChildrensKpi.Readers.KpiInputFiles { Ssda903 = ChildrensKpi.Readers.InputSource.FromPath(folder.Path) });
        var report = ComputeReport.Compute(loaded.Request(ReportingPeriod.YearEnding(new LocalDate(2007, 3, 31))) with { Indicators = [ChildrensKpi.Indicators.NI62] });

        var shown = Assert.Single(report.Publish(PublicationOptions.None).Indicators);
        var withheld = Assert.Single(report.Publish(new PublicationOptions { SuppressionThreshold = 5 }).Indicators);

        Assert.Contains(shown.Notes, n => n.StartsWith("2 children's decisions rest on histories", StringComparison.Ordinal));
        Assert.DoesNotContain(withheld.Notes, n => n.Contains("children's decisions", StringComparison.Ordinal));
        Assert.Contains("notes: a note giving a count from 1 to 5 is withheld", withheld.Withheld);
    }
}
