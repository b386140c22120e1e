using System.Text.Json;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Cli;

public class ComputeEveryIndicatorTests
{
    /// <summary>Every indicator of the domain reference (shared/spec/indicators.md, and the current measures built of indicators-current.md), copied from its tables by hand.</summary>
    private static readonly string[] SpecifiedIndicators =
    [
        "NI62", "NI63", "NI148", "NI147", "CLA10K", "PAFB7", "PAFC23", "NI61", "NI66", "PAFC63", "PAFC18", "MISSING", "BVPI51",
        "NI59", "NI60", "CIN45", "REF10K", "REREF12", "NI68", "ICPC15", "CPP10K", "NI64", "NI65", "NI67",
        "SWVACANCY", "SWAGENCY", "SWTARGET", "CASELOAD", "SUPERVISION",
        // The current measures of shared/spec/indicators-current.md built so far (issue 15), copied from its tables by hand.
        "CLA_STARTS", "CLA_STARTS10K", "CLA_STARTS_UASC", "CLA_STARTS_NON_UASC", "CLA_CEASED", "CLA_CEASED10K", "CLA_CEASED_ADOPTED", "CLA_CEASED_SGO", "CLA_CEASED_HOME", "CLA_CEASED_CAO",
        "CLA_CEASED_INDEP", "CLA_CEASED_OTHER", "CLA_FOSTER", "CLA_PLACED_ADOPT", "CLA_WITH_PARENTS", "CLA_INDEP", "CLA_RESIDENTIAL",
        "CLA_PLACE_OTHER", "CLA_MISSING", "CLA_MISSING_INCIDENTS", "CLA_AWAY", "CLA_UASC", "CLA_AT31_UASC", "CLA_AT31_NON_UASC",
        "OC2_DENTAL", "OC2_IMMUNISATIONS", "OC2_DEVELOPMENT", "OC2_CONVICTED", "SWCHANGES",
        "CL1718_INTOUCH", "CL1718_EET", "CL1718_ACCOM", "CL1921_INTOUCH", "CL1921_EET", "CL1921_ACCOM",
        "CIN10K", "CIN_BY_NEED_N1", "CIN_BY_NEED_N2", "CIN_BY_NEED_N3", "CIN_BY_NEED_N4", "CIN_BY_NEED_N5", "CIN_BY_NEED_N6",
        "CIN_BY_NEED_N7", "CIN_BY_NEED_N8", "CIN_BY_NEED_N9", "CIN_BY_NEED_NOT_STATED", "CIN_DISABLED", "REF_NFA", "S47_10K", "ICPC10K", "CPP_STARTS10K",
        "CPP_BY_CATEGORY_NEG", "CPP_BY_CATEGORY_PHY", "CPP_BY_CATEGORY_SAB", "CPP_BY_CATEGORY_EMO", "CPP_BY_CATEGORY_MUL", "CPP_BY_CATEGORY_NOT_STATED",
        "CPP31_BY_CATEGORY_NEG", "CPP31_BY_CATEGORY_PHY", "CPP31_BY_CATEGORY_SAB", "CPP31_BY_CATEGORY_EMO", "CPP31_BY_CATEGORY_MUL", "CPP31_BY_CATEGORY_NOT_STATED",
        // The adoption scorecard (ADOPTA1 and ADOPTA2 of indicators.md are ADOPT_A1 and ADOPT_A2) and the workforce's turnover and sickness.
        "ADOPT_A10", "ADOPT_A1", "ADOPT_A2", "ADOPT_A3", "SW_TURNOVER", "SW_SICKNESS", "SW_SICKDAYS",
    ];

    private static string Data(params string[] parts) => Repository.Path(["samples", "data", .. parts]);

    [Fact]
    public void Compute_SamplesWithEveryInput_PrintsEveryIndicatorOfTheReference()
    {
        var run = CliRun.Of("compute", "--ssda903", Data("ssda903"), "--cin", Data("cin", "census_2006-07.xml"),
            "--population", Data("population.csv"), "--finance", Data("finance.csv"), "--workforce", Data("workforce.csv"),
            "--targets", Data("performance", "targets.csv"), "--bands", Data("performance", "bands.csv"),
            "--comparators", Data("performance", "comparators.csv"), "--year-ending", "2007-03-31", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var ids = json.RootElement.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToHashSet();
        Assert.Equal(SpecifiedIndicators.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }
}
