using System.Text.Json;
using ChildrensKpi.Tests.Cli;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Indicators.Current;

/// <summary>
/// The current looked-after and OC2 measures on the SSDA903 sample against samples/data/tools/oracle_current.py, an independent
/// reading of indicators-current.md (samples/data/ssda903/README.md, "Expected results for the current measures").
/// </summary>
public class CurrentMeasuresSampleTests
{
    private static readonly string Sample = Repository.Path("samples", "data", "ssda903");
    private static readonly string Population = Repository.Path("samples", "data", "population.csv");

    [Theory]
    [InlineData("CLA_STARTS", 68, 1)]
    [InlineData("CLA_STARTS10K", 68, 4.537)]
    [InlineData("CLA_CEASED", 50, 1)]
    [InlineData("CLA_CEASED10K", 50, 4.537)]
    [InlineData("CLA_CEASED_ADOPTED", 4, 50)]
    [InlineData("CLA_CEASED_SGO", 3, 50)]
    [InlineData("CLA_CEASED_HOME", 17, 50)]
    [InlineData("CLA_CEASED_CAO", 4, 50)]
    [InlineData("CLA_CEASED_INDEP", 5, 50)]
    [InlineData("CLA_CEASED_OTHER", 17, 50)]
    [InlineData("CLA_FOSTER", 120, 165)]
    [InlineData("CLA_PLACED_ADOPT", 10, 165)]
    [InlineData("CLA_WITH_PARENTS", 8, 165)]
    [InlineData("CLA_INDEP", 4, 165)]
    [InlineData("CLA_RESIDENTIAL", 20, 165)]
    [InlineData("CLA_PLACE_OTHER", 3, 165)]
    [InlineData("CLA_MISSING", 17, 210)]
    [InlineData("CLA_MISSING_INCIDENTS", 24, 17)]
    [InlineData("CLA_AWAY", 3, 210)]
    [InlineData("CLA_UASC", 3, 165)]
    [InlineData("OC2_DENTAL", 88, 112)]
    [InlineData("OC2_IMMUNISATIONS", 94, 112)]
    [InlineData("OC2_DEVELOPMENT", 13, 18)]
    [InlineData("OC2_CONVICTED", 9, 61)]
    public void Compute_Sample_MatchesTheIndependentOracle(string id, int numerator, double denominator)
    {
        var run = CliRun.Of("compute", "--ssda903", Sample, "--population", Population, "--year-ending", "2007-03-31",
            "--indicators", id, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var result = json.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);
        Assert.Equal(numerator, result.GetProperty("numerator").GetDecimal());
        Assert.Equal((decimal)denominator, result.GetProperty("denominator").GetDecimal());
    }
}
