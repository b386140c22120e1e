using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChildrensKpi.Tests.Indicators.Current;

/// <summary>FsCheck generators for the current measures: histories from a seed, years ending 31 March 2022 to 2025.</summary>
public static class CurrentArbitraries
{
    public static Arbitrary<CurrentCareHistories> Histories() => Gen.Choose(0, int.MaxValue).Select(CurrentCareHistories.Create).ToArbitrary();

    public static Arbitrary<ReportingPeriod> Periods() =>
        Gen.Choose(2022, 2025).Select(year => ReportingPeriod.YearEnding(new LocalDate(year, 3, 31))).ToArbitrary();
}

/// <summary>What must hold of the current looked-after measures on any valid data.</summary>
[Properties(Arbitrary = [typeof(CurrentArbitraries)], MaxTest = 80)]
public class CurrentLookedAfterProperties
{
    private static readonly PopulationEstimate[] Population =
        [.. Enumerable.Range(2021, 5).Select(y => new PopulationEstimate($"{y}-{(y + 1) % 100:D2}", 0, 17, 30_000))];

    private static readonly Indicator[] Measures =
        [.. ChildrensKpi.Indicators.All.Where(i => i.Definition.Group == IndicatorGroup.Current && i.Requires.HasFlag(IndicatorInputKinds.LookedAfter))];

    private static readonly Indicator[] PlacementGroups =
    [
        ChildrensKpi.Indicators.CLAFOSTER, ChildrensKpi.Indicators.CLAPLACEDADOPT, ChildrensKpi.Indicators.CLAWITHPARENTS,
        ChildrensKpi.Indicators.CLAINDEP, ChildrensKpi.Indicators.CLARESIDENTIAL, ChildrensKpi.Indicators.CLAPLACEOTHER,
    ];

    private static readonly Indicator[] CeasedReasons =
    [
        ChildrensKpi.Indicators.CLACEASEDADOPTED, ChildrensKpi.Indicators.CLACEASEDSGO, ChildrensKpi.Indicators.CLACEASEDHOME,
        ChildrensKpi.Indicators.CLACEASEDCAO, ChildrensKpi.Indicators.CLACEASEDINDEP, ChildrensKpi.Indicators.CLACEASEDOTHER,
    ];

    private static IndicatorResult Compute(Indicator indicator, LookedAfterData data, ReportingPeriod period) =>
        indicator.Compute(new IndicatorInputs { LookedAfter = data, Population = [.. Population] }, period);

    [Property]
    public bool Compute_AnyData_WithinBounds(CurrentCareHistories histories, ReportingPeriod period)
    {
        var data = histories.Data;
        return Measures.All(indicator =>
        {
            var r = Compute(indicator, data, period);
            int inNumerator = r.Children.Count(c => c.InNumerator);
            return r.Numerator >= 0 && r.Children.All(c => c.InDenominator || !c.InNumerator) && indicator.Definition.Unit switch
            {
                // Percentages: 0 <= numerator <= denominator, both counts of the children explained.
                IndicatorUnit.Percent => r.Numerator <= r.Denominator && r.Numerator == inNumerator && r.Denominator == r.Children.Count(c => c.InDenominator),
                // A count's value is the number of children counted; it has no denominator of children.
                IndicatorUnit.Count => r.Denominator == 1 && r.Value == inNumerator,
                IndicatorUnit.Per10000 => r.Numerator == inNumerator && r.Denominator == 3m,
                // Incidents per child who went missing: each child in it went missing at least once.
                IndicatorUnit.Ratio => r.Numerator >= r.Denominator && r.Denominator == inNumerator,
                // Means in days (the adoption scorecard): every child in the denominator adds its days, none negative.
                IndicatorUnit.Days => r.Denominator == r.Children.Count(c => c.InDenominator) && r.Children.All(c => c.InDenominator == c.InNumerator),
                _ => false,
            };
        });
    }

    [Property]
    public bool Compute_ShuffledRecords_GiveTheSameResult(CurrentCareHistories histories, ReportingPeriod period, int shuffleSeed)
    {
        var random = new Random(shuffleSeed);
        var shuffled = new LookedAfterData(histories.Episodes.OrderBy(_ => random.Next()), histories.Children.OrderBy(_ => random.Next()),
            histories.CareLeavers.OrderBy(_ => random.Next()))
        {
            MissingEpisodes = [.. histories.Missing.OrderBy(_ => random.Next())],
            Oc2Outcomes = [.. histories.Oc2.OrderBy(_ => random.Next())],
            SocialWorkerEpisodes = [.. histories.SocialWorkers.OrderBy(_ => random.Next())],
            AdoptionDecisions = [.. histories.Adoptions.OrderBy(_ => random.Next())],
        };
        return Measures.All(i =>
        {
            var a = Compute(i, histories.Data, period);
            var b = Compute(i, shuffled, period);
            return a.Numerator == b.Numerator && a.Denominator == b.Denominator && a.Children.SequenceEqual(b.Children);
        });
    }

    [Property]
    public bool AdoptionScorecard_AdjustedNeverLater(CurrentCareHistories histories, ReportingPeriod period)
    {
        // The foster carer adjustment only moves the moved-in day back to the start of the placement holding it: A10 counts
        // the same children as A1, none with more days, and A3 adjusted counts at least those unadjusted A3 counts.
        var inputs = new IndicatorInputs { LookedAfter = histories.Data };
        var a1 = ChildrensKpi.Indicators.ADOPTA1.Compute(inputs, period);
        var a10 = ChildrensKpi.Indicators.ADOPTA10.Compute(inputs, period);
        var a2 = ChildrensKpi.Indicators.ADOPTA2.Compute(inputs, period);
        var a3 = ChildrensKpi.Indicators.ADOPTA3.Compute(inputs, period);
        var a3Unadjusted = ChildrensKpi.Indicators.ADOPTA3.Compute(inputs, period, ComputeOptions.Default with { A3Adjusted = false });
        var a1Days = a1.Children.Where(c => c.InDenominator).Select(c => c.ChildId).ToHashSet();
        return a10.Denominator == a1.Denominator && a10.Numerator <= a1.Numerator
            && a10.Children.Where(c => c.InDenominator).All(c => a1Days.Contains(c.ChildId))
            && a2.Children.Where(c => c.InDenominator).All(c => a1Days.Contains(c.ChildId))
            && a3.Denominator == a1.Denominator && a3.Numerator >= a3Unadjusted.Numerator;
    }

    [Property]
    public bool Compute_PartitionOfChildren_CountsAddUp(CurrentCareHistories histories, ReportingPeriod period, int partitionSeed)
    {
        var random = new Random(partitionSeed);
        var inFirst = histories.Episodes.Select(e => e.Child).Distinct().Where(_ => random.Next(2) == 0).ToHashSet();
        LookedAfterData Part(bool first) => new(histories.Episodes.Where(e => inFirst.Contains(e.Child) == first),
            histories.Children.Where(c => inFirst.Contains(c.Id) == first), histories.CareLeavers.Where(c => inFirst.Contains(c.Child) == first))
        {
            MissingEpisodes = [.. histories.Missing.Where(m => inFirst.Contains(m.Child) == first)],
            Oc2Outcomes = [.. histories.Oc2.Where(o => inFirst.Contains(o.Child) == first)],
            SocialWorkerEpisodes = [.. histories.SocialWorkers.Where(w => inFirst.Contains(w.Child) == first)],
            AdoptionDecisions = [.. histories.Adoptions.Where(a => inFirst.Contains(a.Child) == first)],
        };
        return Measures.All(i =>
        {
            var whole = Compute(i, histories.Data, period);
            var first = Compute(i, Part(true), period);
            var second = Compute(i, Part(false), period);
            bool denominatorsAdd = i.Definition.Unit is not (IndicatorUnit.Count or IndicatorUnit.Per10000);
            return whole.Numerator == first.Numerator + second.Numerator
                && (!denominatorsAdd || whole.Denominator == first.Denominator + second.Denominator);
        });
    }

    [Property]
    public bool Compute_Breakdowns_PartitionTheirWhole(CurrentCareHistories histories, ReportingPeriod period)
    {
        var data = histories.Data;
        var lookedAfter = Compute(ChildrensKpi.Indicators.CLA10K, data, period).Numerator;
        var ceased = Compute(ChildrensKpi.Indicators.CLACEASED, data, period).Numerator;
        var placements = PlacementGroups.Select(i => Compute(i, data, period)).ToArray();
        var reasons = CeasedReasons.Select(i => Compute(i, data, period)).ToArray();
        var missing = Compute(ChildrensKpi.Indicators.CLAMISSING, data, period);
        return placements.Sum(r => r.Numerator) == lookedAfter && placements.All(r => r.Denominator == lookedAfter)
            && reasons.Sum(r => r.Numerator) == ceased && reasons.All(r => r.Denominator == ceased)
            && Compute(ChildrensKpi.Indicators.CLAMISSINGINCIDENTS, data, period).Denominator == missing.Numerator
            && Compute(ChildrensKpi.Indicators.CLASTARTS, data, period).Numerator == Compute(ChildrensKpi.Indicators.CLASTARTS10K, data, period).Numerator;
    }
}
