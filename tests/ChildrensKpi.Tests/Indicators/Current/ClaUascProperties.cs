using FsCheck.Xunit;

namespace ChildrensKpi.Tests.Indicators.Current;

/// <summary>
/// What must hold of CLA_UASC on any valid data: the histories of <see cref="CurrentCareHistories"/> with UASC rows for a
/// random half of their children (DUC empty or any day 2021–2026), drawn from a second seed so the histories are unchanged.
/// </summary>
[Properties(Arbitrary = [typeof(CurrentArbitraries)], MaxTest = 80)]
public class ClaUascProperties
{
    private static IReadOnlyList<UnaccompaniedAsylumSeeker> UascRows(CurrentCareHistories histories)
    {
        var random = new Random(histories.Seed ^ 0x55A5C);
        return [.. histories.Children.Where(_ => random.Next(2) == 0).Select(c => new UnaccompaniedAsylumSeeker(c.Id,
            random.Next(3) == 0 ? null : new LocalDate(2021, 1, 1).PlusDays(random.Next(0, 6 * 365))))];
    }

    private static LookedAfterData Data(CurrentCareHistories histories, IEnumerable<UnaccompaniedAsylumSeeker> uasc, Func<ChildId, bool> keep) =>
        new(histories.Episodes.Where(e => keep(e.Child)), histories.Children.Where(c => keep(c.Id)))
        {
            UnaccompaniedAsylumSeekers = [.. uasc.Where(u => keep(u.Child))],
        };

    private static IndicatorResult Compute(Indicator indicator, LookedAfterData data, ReportingPeriod period) =>
        indicator.Compute(new IndicatorInputs { LookedAfter = data }, period);

    [Property]
    public bool Compute_AnyData_UascAmongThoseLookedAfterAt31March(CurrentCareHistories histories, ReportingPeriod period)
    {
        var rows = UascRows(histories);
        var data = Data(histories, rows, _ => true);
        var result = Compute(ChildrensKpi.Indicators.CLAUASC, data, period);
        var holding = rows.Where(u => u.HoldsOn(period.End)).Select(u => u.Child).ToHashSet();
        // The denominator is that of the placement groups at 31 March (children looked after at the period's end); each numerator child holds the status then.
        return result.Denominator == Compute(ChildrensKpi.Indicators.CLAFOSTER, data, period).Denominator
            && result.Numerator <= result.Denominator
            && result.Children.Where(c => c.InNumerator).All(c => holding.Contains(c.ChildId))
            && result.Children.Where(c => c.InDenominator && !c.InNumerator).All(c => !holding.Contains(c.ChildId));
    }

    [Property]
    public bool Compute_ShuffledRows_GiveTheSameResult(CurrentCareHistories histories, ReportingPeriod period, int shuffleSeed)
    {
        var random = new Random(shuffleSeed);
        var rows = UascRows(histories);
        var a = Compute(ChildrensKpi.Indicators.CLAUASC, Data(histories, rows, _ => true), period);
        var b = Compute(ChildrensKpi.Indicators.CLAUASC, new LookedAfterData(histories.Episodes.OrderBy(_ => random.Next()),
            histories.Children.OrderBy(_ => random.Next())) { UnaccompaniedAsylumSeekers = [.. rows.OrderBy(_ => random.Next())] }, period);
        return a.Numerator == b.Numerator && a.Denominator == b.Denominator && a.Children.SequenceEqual(b.Children);
    }

    [Property]
    public bool Compute_PartitionOfChildren_CountsAddUp(CurrentCareHistories histories, ReportingPeriod period, int partitionSeed)
    {
        var random = new Random(partitionSeed);
        var inFirst = histories.Children.Select(c => c.Id).Where(_ => random.Next(2) == 0).ToHashSet();
        var rows = UascRows(histories);
        var whole = Compute(ChildrensKpi.Indicators.CLAUASC, Data(histories, rows, _ => true), period);
        var first = Compute(ChildrensKpi.Indicators.CLAUASC, Data(histories, rows, inFirst.Contains), period);
        var second = Compute(ChildrensKpi.Indicators.CLAUASC, Data(histories, rows, c => !inFirst.Contains(c)), period);
        return whole.Numerator == first.Numerator + second.Numerator && whole.Denominator == first.Denominator + second.Denominator;
    }
}
