using ChildrensKpi.Readers;
using ChildrensKpi.Tests.Fixtures;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChildrensKpi.Tests.Properties;

/// <summary>Rules that hold for every indicator on any valid data.</summary>
[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
public class IndicatorProperties
{
    private static readonly PopulationEstimate[] Population = [.. Enumerable.Range(2003, 7).Select(y => new PopulationEstimate($"{y}-{(y + 1) % 100:D2}", 0, 17, 40_000))];

    // Every indicator computable from SSDA903 records and population estimates alone (BVPI51 also needs Finance).
    private static readonly Indicator[] LookedAfterIndicators =
        [.. ChildrensKpi.Indicators.All.Where(i => i.Requires.HasFlag(IndicatorInputKinds.LookedAfter)
            && (i.Requires & ~(IndicatorInputKinds.LookedAfter | IndicatorInputKinds.Population)) == IndicatorInputKinds.None)];

    private static IndicatorInputs Inputs(LookedAfterData data) => new() { LookedAfter = data, Population = [.. Population] };

    [Property]
    public bool Compute_AnyData_NumeratorWithinDenominatorAndExplainedChildByChild(SyntheticHistories histories, ReportingPeriod period)
    {
        var inputs = Inputs(histories.Data);
        foreach (var indicator in LookedAfterIndicators)
        {
            var result = indicator.Compute(inputs, period);
            var unit = indicator.Definition.Unit;
            // PAF C23 is a ratio: its numerator (children adopted, who have left care) is not drawn from its denominator.
            bool ratio = indicator == ChildrensKpi.Indicators.PAFC23;
            int inNumerator = result.Children.Count(c => c.InNumerator);
            int inDenominator = result.Children.Count(c => c.InDenominator);
            // A mean in days, or incidents per child who went missing, sums each counted child's amount: every child in the
            // denominator is in the numerator. A count (CLA_STARTS) has no denominator of children, nor has a rate per 10,000.
            bool sums = unit == IndicatorUnit.Days || indicator == ChildrensKpi.Indicators.CLAMISSINGINCIDENTS;
            bool counted = (sums ? inNumerator == inDenominator : result.Numerator == inNumerator)
                && (unit is IndicatorUnit.Per10000 or IndicatorUnit.Count || result.Denominator == inDenominator);
            bool bounded = result.Numerator >= 0 && (unit is IndicatorUnit.Per10000 or IndicatorUnit.Count || sums || ratio || result.Numerator <= result.Denominator);
            bool consistent = ratio || result.Children.All(c => c.InDenominator || !c.InNumerator);
            bool valued = (result.Value is null) == (result.Denominator == 0);
            if (!(counted && bounded && consistent && valued))
            {
                return false;
            }
        }
        return true;
    }

    [Property]
    public bool Compute_ShuffledEpisodes_GivesTheSameResult(SyntheticHistories histories, ReportingPeriod period, int shuffleSeed)
    {
        var random = new Random(shuffleSeed);
        var shuffled = new LookedAfterData(histories.Episodes.OrderBy(_ => random.Next()), histories.Children.Reverse(), histories.CareLeavers.Reverse());
        return LookedAfterIndicators.All(i =>
        {
            var a = i.Compute(Inputs(histories.Data), period);
            var b = i.Compute(Inputs(shuffled), period);
            return a.Numerator == b.Numerator && a.Denominator == b.Denominator && a.Children.SequenceEqual(b.Children);
        });
    }

    [Property]
    public bool Compute_PartitionOfChildren_CountsAddUp(SyntheticHistories histories, ReportingPeriod period, int partitionSeed)
    {
        var random = new Random(partitionSeed);
        var inFirst = histories.Children.Select(c => c.Id).Where(_ => random.Next(2) == 0).ToHashSet();
        LookedAfterData Part(bool first) => new(
            histories.Episodes.Where(e => inFirst.Contains(e.Child) == first),
            histories.Children.Where(c => inFirst.Contains(c.Id) == first),
            histories.CareLeavers.Where(c => inFirst.Contains(c.Child) == first));
        return LookedAfterIndicators.Where(i => i.Definition.Unit == IndicatorUnit.Percent).All(i =>
        {
            var whole = i.Compute(Inputs(histories.Data), period);
            var first = i.Compute(Inputs(Part(true)), period);
            var second = i.Compute(Inputs(Part(false)), period);
            return whole.Numerator == first.Numerator + second.Numerator && whole.Denominator == first.Denominator + second.Denominator;
        });
    }

    [Property(MaxTest = 25)]
    public Property Read_YearlyReturns_GiveTheSameResultAsTheRecords(SyntheticHistories histories, ReportingPeriod period)
    {
        var read = Ssda903Reader.Read(histories.AsYearlyReturns().Select(f => InputFile.FromText(f.Name, f.Text)));
        bool same = LookedAfterIndicators.All(i =>
        {
            var fromRecords = i.Compute(Inputs(histories.Data), period);
            var fromFiles = i.Compute(Inputs(read.Data), period);
            return fromRecords.Numerator == fromFiles.Numerator && fromRecords.Denominator == fromFiles.Denominator;
        });
        return (same && read.Account.Rejections.IsEmpty && read.Account.Files.All(f => f.Rows.IsBalanced))
            .Label($"{histories}; rejections: {string.Join("; ", read.Account.Rejections.Take(3))}");
    }
}
