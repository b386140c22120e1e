using System.Globalization;
using ChildrensKpi.Benchmarks.Baselines;

namespace ChildrensKpi.Benchmarks.EndToEnd;

/// <summary>Which <c>compute</c> a measurement runs.</summary>
public enum ComputeVariant
{
    /// <summary>Every indicator the generated files supply, default options: what every user gets.</summary>
    All,

    /// <summary>The same with <c>--detail</c>: every child with whether and why they count.</summary>
    AllWithDetail,

    /// <summary>NI62, NI63, NI147 and NI148 from the SSDA903 files alone: the work <see cref="DuckDbAnalyst"/> does.</summary>
    HeadlineFour,
}

/// <summary>
/// The <c>childrens-kpi compute</c> command lines of the end-to-end measurements, written once for the in-process
/// benchmarks, the agreement check and the child-process peak-memory runs.
/// </summary>
internal static class ComputeCommandLine
{
    /// <summary>The <c>--year-ending</c>: that of the other benchmarks, so that initial, core and single assessments all count.</summary>
    public static string YearEnding => BenchmarkData.Period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The arguments of <paramref name="variant"/> on <paramref name="data"/>, writing JSON (the default for a file) to <paramref name="output"/>.</summary>
    public static string[] For(ComputeVariant variant, GeneratedFolder data, string output) => variant switch
    {
        ComputeVariant.All => ["compute", "--ssda903", data.Ssda903, "--cin", data.Cin, "--year-ending", YearEnding, "--output", output],
        ComputeVariant.AllWithDetail => ["compute", "--ssda903", data.Ssda903, "--cin", data.Cin, "--year-ending", YearEnding, "--output", output, "--detail"],
        ComputeVariant.HeadlineFour => ["compute", "--ssda903", data.Ssda903, "--indicators", DuckDbAnalyst.IndicatorIds, "--year-ending", YearEnding, "--output", output],
        _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "Not a compute variant."),
    };
}
