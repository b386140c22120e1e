using ChildrensKpi.Tests.Cli;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Report;

/// <summary>The <c>report</c> command run once on every sample input (SSDA903, CIN census, population and the three tables), shared by the tests that read it.</summary>
public sealed class SampleReport : IDisposable
{
    private readonly TempFolder _folder = new();

    public SampleReport()
    {
        Path = System.IO.Path.Combine(_folder.Path, "report.html");
        Run = CliRun.Of([.. Arguments, "--output", Path]);
        Html = File.Exists(Path) ? File.ReadAllText(Path) : string.Empty;
    }

    /// <summary>The inputs and year of the sample report (everything but <c>--output</c>).</summary>
    public static string[] Arguments { get; } =
    [
        "report",
        "--ssda903", Data("ssda903"),
        "--cin", Data("cin", "census_2006-07.xml"),
        "--population", Data("population.csv"),
        "--finance", Data("finance.csv"),
        "--workforce", Data("workforce.csv"),
        "--targets", Data("performance", "targets.csv"),
        "--bands", Data("performance", "bands.csv"),
        "--comparators", Data("performance", "comparators.csv"),
        "--year-ending", "2007-03-31",
        // Everything shown, as for internal scrutiny, so that every chart is drawn; suppression has tests of its own.
        "--suppression-threshold", "0",
    ];

    public string Path { get; }

    internal CliRun Run { get; }

    public string Html { get; }

    public void Dispose() => _folder.Dispose();

    private static string Data(params string[] parts) => Repository.Path(["samples", "data", .. parts]);
}
