using System.Collections.Immutable;
using ChildrensKpi.Tests.Fixtures;
using FsCheck.Xunit;

namespace ChildrensKpi.Tests.Properties;

/// <summary>
/// Rules that hold for every children in need indicator on any valid data: each decides once, over the same columns,
/// so figures-only and explained runs, one core and several, the whole and its parts, all count alike.
/// </summary>
[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
public class ChildrenInNeedProperties
{
    private static readonly PopulationEstimate[] Population =
        [.. Enumerable.Range(1989, 24).Select(y => new PopulationEstimate($"{y}-{(y + 1) % 100:D2}", 0, 17, 40_000))];

    private static readonly ComputeOptions FiguresOnly = ComputeOptions.Default with { Explain = false };

    private static readonly Indicator[] CinIndicators =
        [.. ChildrensKpi.Indicators.All.Where(i => i.Requires.HasFlag(IndicatorInputKinds.ChildrenInNeed))];

    private static IndicatorInputs Inputs(ChildrenInNeedData data) => new() { ChildrenInNeed = data, Population = [.. Population] };

    /// <summary>
    /// A year ending 31 March 2003 to 2011 (NI 59's timescale changes in 2010), a period ending on another day, or the
    /// year to March 1990, whose dates start before the working-day calendar.
    /// </summary>
    private static ReportingPeriod Period(int pick) => ((uint)pick % 12) switch
    {
        0 => ReportingPeriod.YearEnding(new LocalDate(1990, 3, 31)),
        1 => ReportingPeriod.YearEnding(new LocalDate(2007, 3, 31).PlusDays((int)((uint)pick % 365))),
        var k => ReportingPeriod.YearEnding(new LocalDate(2001 + (int)k, 3, 31)),
    };

    [Property]
    public bool Compute_FiguresOnlyAndExplained_SameCounts(SyntheticCinRecords records, int pick)
    {
        var inputs = Inputs(records.Data);
        var period = Period(pick);
        return CinIndicators.All(indicator =>
        {
            var figures = indicator.Compute(inputs, period, FiguresOnly);
            var explained = indicator.Compute(inputs, period);
            // The explanations are the decisions themselves: they account for every count (a rate's denominator is the population).
            bool accounted = explained.Children.Count(c => c.InNumerator) == explained.Numerator
                && (indicator.Definition.Unit == IndicatorUnit.Per10000 || explained.Children.Count(c => c.InDenominator) == explained.Denominator)
                && explained.Children.All(c => c.Reason.Length > 0);
            return figures.Numerator == explained.Numerator && figures.Denominator == explained.Denominator
                && figures.Value == explained.Value && figures.Notes.SequenceEqual(explained.Notes)
                && figures.Children.IsEmpty && accounted;
        });
    }

    [Property(Replay = "(14799184405674307290,17587639718793512465,52)", MaxTest = 1)]
    public bool Compute_PartitionOfChildren_CountsAddUpOnTheCaseThatOnceDroppedAChildWithOnlyAnEnquiry(SyntheticCinRecords records, int pick, int partitionSeed) =>
        Compute_PartitionOfChildren_CountsAddUp(records, pick, partitionSeed);

    [Property]
    public bool Compute_PartitionOfChildren_CountsAddUp(SyntheticCinRecords records, int pick, int partitionSeed)
    {
        var random = new Random(partitionSeed);
        var inFirst = records.Children.Where(_ => random.Next(2) == 0).ToHashSet();
        var inSecond = records.Children.Where(c => !inFirst.Contains(c)).ToHashSet();
        var period = Period(pick);
        return CinIndicators.All(indicator =>
        {
            var whole = indicator.Compute(Inputs(records.Data), period, FiguresOnly);
            var first = indicator.Compute(Inputs(records.Only(inFirst)), period, FiguresOnly);
            var second = indicator.Compute(Inputs(records.Only(inSecond)), period, FiguresOnly);
            // A rate's denominator is the area's population, the same for any part of the children.
            bool denominators = indicator.Definition.Unit == IndicatorUnit.Per10000
                ? first.Denominator == whole.Denominator && second.Denominator == whole.Denominator
                : first.Denominator + second.Denominator == whole.Denominator;
            return first.Numerator + second.Numerator == whole.Numerator && denominators;
        });
    }

    [Property(MaxTest = 30)]
    public bool Compute_Parallel_SameResultsAndExplanationsInTheSameOrder(SyntheticCinRecords records, int pick)
    {
        var inputs = Inputs(records.Data);
        ImmutableArray<ReportingPeriod> periods = [Period(pick), Period(pick + 1)];
        return CinIndicators.Cast<PerItemIndicator>().All(indicator =>
        {
            var one = indicator.Compute(inputs, records.Data.Columns, periods, ComputeOptions.Default, parallel: false);
            var many = indicator.Compute(inputs, records.Data.Columns, periods, ComputeOptions.Default, parallel: true);
            return one.Zip(many).All(p => p.First.Numerator == p.Second.Numerator && p.First.Denominator == p.Second.Denominator
                && p.First.Children.SequenceEqual(p.Second.Children));
        });
    }

    [Property(MaxTest = 30)]
    public bool ComputeMany_SeveralPeriods_EachAsComputedAlone(SyntheticCinRecords records, int pick)
    {
        var inputs = Inputs(records.Data);
        ReportingPeriod[] periods = [Period(pick), Period(pick + 3), Period(pick + 7)];
        return CinIndicators.All(indicator => indicator.ComputeMany(inputs, periods).Zip(periods).All(p =>
        {
            var alone = indicator.Compute(inputs, p.Second);
            return p.First.Numerator == alone.Numerator && p.First.Denominator == alone.Denominator && p.First.Children.SequenceEqual(alone.Children);
        }));
    }
}
