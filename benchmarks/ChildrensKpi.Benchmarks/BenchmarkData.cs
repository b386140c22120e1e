using ChildrensKpi.Benchmarks.Baselines;
using ChildrensKpi.Synthetic;
using NodaTime;

namespace ChildrensKpi.Benchmarks;

/// <summary>
/// Generated data of about a given number of episodes (ten years, fixed seed) in the three forms the benchmarks compare.
/// Sizes come from <c>CKPI_BENCH_SIZES</c> (comma-separated episode counts), 10,000 by default so CI's dry run stays short.
/// </summary>
public static class BenchmarkData
{
    public const int Seed = 2026;

    /// <summary>Episodes per generated child over ten years (measured on the generator: see the README).</summary>
    public const double EpisodesPerChild = EpisodesPerChildMeasured;

    /// <summary>
    /// Twelve months straddling 1 April 2013, so that initial and core assessments (NI59, NI60) and single ones (CIN45) are
    /// all authorised in it; "31 March" in the definitions is its last day.
    /// </summary>
    public static readonly ReportingPeriod Period = ReportingPeriod.YearEnding(new LocalDate(2013, 9, 30));

    public static IEnumerable<int> Sizes() =>
        (Environment.GetEnvironmentVariable("CKPI_BENCH_SIZES") ?? "10000").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse);

    public static SyntheticOptions Options(int episodes, int years = 10) =>
        new() { Children = Math.Max(1, (int)(episodes / (EpisodesPerChildMeasured * years / 10))), Years = years, Seed = Seed };

    public static NaiveLinqSuite Linq(SyntheticDataSet data) => new(
        [.. data.LookedAfter.Episodes.Select(e => new EpisodeRow
        {
            Child = e.Child.Value, Start = e.Start.ToDateTimeUnspecified(), End = e.End?.ToDateTimeUnspecified(),
            Rne = e.ReasonForNewEpisode.ToString(), Ls = e.LegalStatus.ToString(), Place = e.Placement.ToString(),
        })],
        [.. data.LookedAfter.Children.Select(c => new ChildRow { Child = c.Id.Value, DateOfBirth = c.DateOfBirth.ToDateTimeUnspecified() })],
        [.. data.LookedAfter.CareLeavers.Select(c => new CareLeaverRow
        {
            Child = c.Child.Value, DateOfBirth = c.DateOfBirth.ToDateTimeUnspecified(), InTouch = InTouchCode(c.InTouch),
            Activity = c.Activity == CareLeaverActivity.NoInformation ? "0" : c.Activity.ToString(), Accommodation = c.Accommodation,
        })],
        [.. data.ChildrenInNeed.Assessments.Select(a => new AssessmentRow
        {
            Child = a.Child.Value, Referral = a.ReferralDate.ToDateTimeUnspecified(), Type = a.Type.ToString(),
            Start = a.StartDate?.ToDateTimeUnspecified(), Authorised = a.AuthorisationDate?.ToDateTimeUnspecified(),
        })]);

    public static Dictionary<string, (int Numerator, int Denominator)> ComputeLinq(NaiveLinqSuite suite, ComputeOptions options) =>
        ComputeLinq(suite, options, Period);

    public static Dictionary<string, (int Numerator, int Denominator)> ComputeLinq(NaiveLinqSuite suite, ComputeOptions options, ReportingPeriod period)
    {
        int Timescale(Indicator indicator) => ((AssessmentTimelinessIndicator)indicator).TimescaleFor(period, options);
        return suite.Compute(period.Start.ToDateTimeUnspecified(), period.End.ToDateTimeUnspecified(),
            Timescale(Indicators.NI59), Timescale(Indicators.NI60), Timescale(Indicators.CIN45));
    }

    private const double EpisodesPerChildMeasured = 3.38;

    /// <summary>Episodes rows per generated child in a one-year return (measured on the generator).</summary>
    public const double RowsPerChildInOneYear = 1.368;

    private static string InTouchCode(InTouch inTouch) => inTouch switch
    {
        InTouch.Yes => "YES",
        InTouch.No => "NO",
        InTouch.Died => "DIED",
        InTouch.RefusesContact => "REFU",
        InTouch.NoLongerRequiresServices => "NREQ",
        _ => "RHOM",
    };
}
