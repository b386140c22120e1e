using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChildrensKpi.Tests.Indicators.Workforce;

/// <summary>Random Workforce tables: teams with a row on each of a few shared days, the optional columns sometimes empty.</summary>
public sealed record WorkforceRows(int Seed, IReadOnlyList<TeamWorkforce> Rows)
{
    public static WorkforceRows Create(int seed)
    {
        var random = new Random(seed);
        var days = Enumerable.Range(0, random.Next(1, 6)).Select(_ => new LocalDate(2022, 6, 1).PlusDays(random.Next(0, 600))).Distinct().ToArray();
        decimal? Maybe(decimal value) => random.Next(8) == 0 ? null : value;
        var rows = new List<TeamWorkforce>();
        for (int t = 0, teams = random.Next(1, 6); t < teams; t++)
        {
            foreach (var day in days)
            {
                rows.Add(new TeamWorkforce(day, $"Team {t}", random.Next(0, 300) / 10m, random.Next(0, 50) / 10m, random.Next(0, 50) / 10m,
                    null, null, null, null, null, null)
                {
                    LeaversFte = Maybe(random.Next(0, 40) / 10m),
                    SickDaysLost = Maybe(random.Next(0, 4000) / 10m),
                });
            }
        }
        return new WorkforceRows(seed, rows);
    }

    public override string ToString() => $"seed {Seed}: {Rows.Count} rows";
}

public static class WorkforceArbitraries
{
    public static Arbitrary<WorkforceRows> Rows() => Gen.Choose(0, int.MaxValue).Select(WorkforceRows.Create).ToArbitrary();

    public static Arbitrary<ReportingPeriod> Periods() =>
        Gen.Choose(2022, 2024).Select(year => ReportingPeriod.YearEnding(new LocalDate(year, 9, 30))).ToArbitrary();
}

/// <summary>What must hold of SW_TURNOVER, SW_SICKNESS and SW_SICKDAYS on any Workforce table.</summary>
[Properties(Arbitrary = [typeof(WorkforceArbitraries)], MaxTest = 100)]
public class WorkforceTurnoverAndSicknessProperties
{
    private static readonly Indicator[] Measures =
        [ChildrensKpi.Indicators.SWTURNOVER, ChildrensKpi.Indicators.SWSICKNESS, ChildrensKpi.Indicators.SWSICKDAYS];

    private static IndicatorResult Compute(Indicator indicator, IEnumerable<TeamWorkforce> rows, ReportingPeriod period, TurnoverBase turnoverBase) =>
        indicator.Compute(new IndicatorInputs { Workforce = [.. rows] }, period, ComputeOptions.Default with { TurnoverBase = turnoverBase });

    [Property]
    public bool Compute_AnyRows_NotNegative_AndSickDaysWithinTheWorkingDays(WorkforceRows rows, ReportingPeriod period, bool average)
    {
        var turnoverBase = average ? TurnoverBase.Average : TurnoverBase.YearEnd;
        var sickness = Compute(ChildrensKpi.Indicators.SWSICKNESS, rows.Rows, period, turnoverBase);
        var sickDays = Compute(ChildrensKpi.Indicators.SWSICKDAYS, rows.Rows, period, turnoverBase);
        return Measures.All(i => Compute(i, rows.Rows, period, turnoverBase) is { Numerator: >= 0, Denominator: >= 0 })
            // The same days lost; the absence rate's denominator is the per-FTE one × 253 working days (a twelve-month period).
            && sickness.Numerator == sickDays.Numerator && sickness.Denominator == sickDays.Denominator * 253;
    }

    [Property]
    public bool Compute_ShuffledRows_GiveTheSameResult(WorkforceRows rows, ReportingPeriod period, int shuffleSeed, bool average)
    {
        var random = new Random(shuffleSeed);
        var shuffled = rows.Rows.OrderBy(_ => random.Next()).ToArray();
        var turnoverBase = average ? TurnoverBase.Average : TurnoverBase.YearEnd;
        return Measures.All(i =>
        {
            var a = Compute(i, rows.Rows, period, turnoverBase);
            var b = Compute(i, shuffled, period, turnoverBase);
            return a.Numerator == b.Numerator && a.Denominator == b.Denominator && a.Children.SequenceEqual(b.Children);
        });
    }

    [Property]
    public bool Compute_PartitionOfTeams_TotalsAddUp(WorkforceRows rows, ReportingPeriod period, int partitionSeed, bool average)
    {
        // Every team has a row on each day, so both parts share the latest snapshot and the totals are sums of team figures.
        var random = new Random(partitionSeed);
        var inFirst = rows.Rows.Select(r => r.Team).Distinct().Where(_ => random.Next(2) == 0).ToHashSet();
        var turnoverBase = average ? TurnoverBase.Average : TurnoverBase.YearEnd;
        return Measures.All(i =>
        {
            var whole = Compute(i, rows.Rows, period, turnoverBase);
            // An empty part has no Workforce input at all: it adds nothing.
            (decimal Numerator, decimal Denominator) Part(bool first) =>
                rows.Rows.Where(r => inFirst.Contains(r.Team) == first).ToArray() is { Length: > 0 } part
                    ? Compute(i, part, period, turnoverBase) is var r ? (r.Numerator, r.Denominator) : default
                    : (0m, 0m);
            var (n1, d1) = Part(true);
            var (n2, d2) = Part(false);
            return whole.Numerator == n1 + n2 && whole.Denominator == d1 + d2;
        });
    }
}
