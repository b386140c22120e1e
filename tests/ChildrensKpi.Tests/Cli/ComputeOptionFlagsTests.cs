using System.Text.Json;
using ChildrensKpi.Readers;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Cli;

/// <summary>
/// The flags of <see cref="ChildrensKpi.Cli.ComputeOptionFlags"/> (<c>--a3-months</c>, <c>--a3-unadjusted</c>,
/// <c>--adoption-thresholds</c>, <c>--turnover-base</c>, <c>--working-days-per-year</c>) on the samples, hand-worked from
/// samples/data/ssda903/README.md ("Expected results for the other tables").
/// </summary>
public class ComputeOptionFlagsTests
{
    internal static readonly string Sample = Repository.Path("samples", "data", "ssda903");
    internal static readonly string Workforce = Repository.Path("samples", "data", "workforce.csv");
    internal static readonly ReportingPeriod Year = ReportingPeriod.YearEnding(new LocalDate(2007, 3, 31));

    internal static JsonElement Indicator(string output, string id)
    {
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id).Clone();
    }

    internal static (decimal Numerator, decimal Denominator) Figures(JsonElement indicator) =>
        (indicator.GetProperty("numerator").GetDecimal(), indicator.GetProperty("denominator").GetDecimal());

    private static JsonElement Compute(string id, params string[] flags)
    {
        var run = CliRun.Of(["compute", "--ssda903", Sample, "--workforce", Workforce, "--year-ending", "2007-03-31", "--indicators", id, "--format", "json", .. flags]);
        Assert.True(run.ExitCode == 0, run.Error);
        return Indicator(run.Output, id);
    }

    /// <summary>The library's figures for the same files and options, read by the loader the command line uses.</summary>
    internal static IndicatorResult Library(string id, ComputeOptions options)
    {
        var loaded = KpiInputs.Read(new KpiInputFiles { Ssda903 = InputSource.FromPath(Sample), Workforce = InputSource.FromPath(Workforce) });
        var request = loaded.Request(Year) with { Indicators = [ChildrensKpi.Indicators.Find(id)!], Options = options };
        return Assert.Single(ComputeReport.Compute(request).Results);
    }

    [Theory]
    // ADOPT_A3 (README): 14 months, adjusted: C0002 alone, 1 of 4 (its foster carers adopted it: counted from the placement
    // with them, which began with its period of care on 10/11/2004, so 0 months).
    [InlineData(new string[0], 1, 4)]
    // Unadjusted, C0002 moved in on its placement for adoption, 10/05/2006: after 10/11/2004 + 14 months = 10/01/2006. 0 of 4.
    [InlineData(new[] { "--a3-unadjusted" }, 0, 4)]
    // C0020 entered care 02/01/2005 (+ 14 months = 02/03/2006) and moved in 11/05/2006, 16 months and 9 days later: not
    // before 02/05/2006 (16 months), before 02/06/2006 (17). C0097 (12/11/2004 → 25/06/2006) and C0155 (15/08/2004 →
    // 08/08/2006) are later than 17 months.
    [InlineData(new[] { "--a3-months", "16" }, 1, 4)]
    [InlineData(new[] { "--a3-months", "17" }, 2, 4)]
    public void Compute_A3Flags_CountAsTheOptionsSay(string[] flags, int numerator, int denominator)
    {
        Assert.Equal((numerator, denominator), Figures(Compute("ADOPT_A3", flags)));
    }

    [Fact]
    public void Compute_TurnoverBaseAverage_DividesByTheMeanOfTheStartAndEndFte()
    {
        // Leavers 3.0 FTE (README). No team has a row before 01/04/2006, so each team's start is its first row in the year,
        // 05/06/2006: 14.2 + 15.2 + 6.5 + 4.2 = 40.1; its end the latest, 04/09/2006: 15.2 + 15.2 + 6.5 + 4.2 = 41.1.
        // Average: (40.1 + 41.1) / 2 = 40.6 (team by team 14.7 + 15.2 + 6.5 + 4.2); 3.0 / 40.6 = 7.389%.
        var yearEnd = Compute("SW_TURNOVER", "--turnover-base", "year-end");
        var average = Compute("SW_TURNOVER", "--turnover-base", "average");

        Assert.Equal((3.0m, 41.1m), Figures(yearEnd));
        Assert.Equal((3.0m, 40.6m), Figures(average));
        Assert.Equal(3.0m / 40.6m * 100m, average.GetProperty("value").GetDecimal(), 10);
    }

    [Fact]
    public void Compute_WorkingDaysPerYear_IsSicknessDaysPerFte()
    {
        // Days lost 97 + 86.5 = 183.5 (README) over 41.1 FTE × 200 days = 8,220 (10,398.3 at the default 253).
        Assert.Equal((183.5m, 8_220m), Figures(Compute("SW_SICKNESS", "--working-days-per-year", "200")));
    }

    [Fact]
    public void Compute_AdoptionThresholdsFile_IsTheTargetOfItsYear()
    {
        // The period ends in 2007: the file's 2007 row. Published thresholds begin in 2012, so 2007 has none of them.
        using var folder = new TempFolder().With("thresholds.csv", "Year,A1Days,A2Days\n2006,600,90\n2007,500,60\n");

        var fromFile = Compute("ADOPT_A1", "--adoption-thresholds", Path.Combine(folder.Path, "thresholds.csv"));
        var published = Compute("ADOPT_A1", "--adoption-thresholds", "published");
        var none = Compute("ADOPT_A1", "--adoption-thresholds", "NONE");

        Assert.Contains(fromFile.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("Scorecard threshold for periods ending in 2007: 500 days", StringComparison.Ordinal));
        const string NoThreshold = "No scorecard threshold for periods ending in 2007, so there is no target.";
        Assert.Contains(published.GetProperty("notes").EnumerateArray(), n => n.GetString() == NoThreshold);
        Assert.Contains(none.GetProperty("notes").EnumerateArray(), n => n.GetString() == NoThreshold);
    }

    public static TheoryData<string, string[], ComputeOptions> SameAnswer => new()
    {
        { "ADOPT_A3", ["--a3-months", "17"], ComputeOptions.Default with { A3Months = 17 } },
        { "ADOPT_A3", ["--a3-unadjusted"], ComputeOptions.Default with { A3Adjusted = false } },
        { "SW_TURNOVER", ["--turnover-base", "average"], ComputeOptions.Default with { TurnoverBase = TurnoverBase.Average } },
        { "SW_SICKNESS", ["--working-days-per-year", "200"], ComputeOptions.Default with { WorkingDaysPerYear = 200 } },
        { "ADOPT_A2", ["--adoption-thresholds", "none"], ComputeOptions.Default with { AdoptionThresholds = AdoptionThresholds.None } },
    };

    [Theory]
    [MemberData(nameof(SameAnswer))]
    public void Compute_EachFlag_GivesTheLibrarysFigures(string id, string[] flags, ComputeOptions options)
    {
        var cli = Compute(id, flags);
        var library = Library(id, options);

        Assert.Equal((library.Numerator, library.Denominator), Figures(cli));
        Assert.Equal(library.Notes, cli.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!));
    }

    [Theory]
    [InlineData("--a3-months", "0", "error: --a3-months: '0' is not a whole number of months, 1 or more.")]
    [InlineData("--a3-months", "14.5", "error: --a3-months: '14.5' is not a whole number of months, 1 or more.")]
    [InlineData("--working-days-per-year", "-253", "error: --working-days-per-year: '-253' is not a whole number of days, 1 or more.")]
    [InlineData("--turnover-base", "mean", "error: --turnover-base: 'mean' is not year-end or average.")]
    [InlineData("--adoption-thresholds", "latest", "error: --adoption-thresholds: 'latest' is not published or none, nor a file.")]
    public void Compute_BadValue_IsRefusedNamingTheFlag(string flag, string value, string message)
    {
        foreach (var command in new[] { "compute", "series", "report" })
        {
            var run = CliRun.Of(command, "--workforce", Workforce, "--year-ending", "2007-03-31", "--output", Path.Combine(Path.GetTempPath(), "unwritten.html"), flag, value);

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(message, run.Error.Trim());
        }
    }

    [Theory]
    [InlineData("Year,A1Days,A2Days\n2016,426,121\n2016,400,100\n", "'thresholds.csv': Two thresholds are given for 2016.")]
    [InlineData("Year,A1Days,A2Days\n2016,426,-1\n", "'thresholds.csv' line 2: A2Days must be a whole number of days, 0 or more.")]
    [InlineData("Year,Days\n2016,426\n", "'thresholds.csv' is not a recognised table: its header (YEAR, DAYS) matches none of: AdoptionThresholds (YEAR, A1DAYS, A2DAYS).")]
    public void Compute_BadThresholdsFile_IsRefusedAsABadArgument(string text, string reason)
    {
        using var folder = new TempFolder().With("thresholds.csv", text);
        var path = Path.Combine(folder.Path, "thresholds.csv");

        var run = CliRun.Of("compute", "--ssda903", Sample, "--year-ending", "2007-03-31", "--adoption-thresholds", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: --adoption-thresholds: {reason.Replace("'thresholds.csv'", $"'{path}'", StringComparison.Ordinal)}", run.Error.Trim());
    }
}
