using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChildrensKpi.Tests.Publication;

/// <summary>
/// Issue 17: a breakdown published beside its indicator gives no withheld count back. The groups add up to the
/// indicator's numerator and denominator, so a withheld group would otherwise be the whole less the others (NI 62's 16+
/// of 4/19 as the total less the other bands). Hand-worked first, then a property checked against an attacker written
/// here, who knows the published figures, that the groups add up to the total, that a numerator is at most its
/// denominator, and that every count is at least 0.
/// </summary>
public sealed class BreakdownPublicationTests
{
    private static readonly ReportingPeriod Year = ReportingPeriod.YearEnding(new LocalDate(2007, 3, 31));

    private static ImmutableArray<PublishedBreakdownGroup> Publish(int threshold, params (int Numerator, int Denominator)[] groups)
    {
        var total = new IndicatorResult(ChildrensKpi.Indicators.NI62.Definition, Year, groups.Sum(g => g.Numerator), groups.Sum(g => g.Denominator), [], []);
        return Breakdown.Publish(total, [.. groups.Select((g, i) => new BreakdownGroup($"g{i}", g.Numerator, g.Denominator, null))],
            new PublicationOptions { SuppressionThreshold = threshold });
    }

    [Fact]
    public void Publish_OneSmallGroup_WithholdsTheSmallestOtherNumeratorToo()
    {
        // Threshold 5; groups 10/40, 4/19, 12/30; total 26/89 (published: 26 is not small, nor 89 − 26). Worked: 4 is
        // small, withheld; then 26 − 10 − 12 = 4 gives it back, so one more numerator of the sum is withheld, the
        // smallest, 10. A reader then has g0 + g1 = 14, each 0 to 14 (g1 ≤ 19, g0 ≤ 40): neither pinned. Denominators are
        // all published (none small, no complement small: 30, 15, 18), and so is g2's value, 40%.
        var groups = Publish(5, (10, 40), (4, 19), (12, 30));

        Assert.Equal([null, null, 12m], groups.Select(g => g.Figures.Numerator));
        Assert.Equal([40m, 19m, 30m], groups.Select(g => g.Figures.Denominator));
        Assert.Equal([null, null, 40m], groups.Select(g => g.Figures.Value));
    }

    [Fact]
    public void Publish_NoSmallCount_WithholdsNothing()
    {
        // 10/40 and 12/30: no count from 1 to 5 and no complement of 5 or fewer (30 and 18).
        var groups = Publish(5, (10, 40), (12, 30));

        Assert.All(groups, g => Assert.False(g.Figures.IsSuppressed));
        Assert.Equal([25m, 40m], groups.Select(g => g.Figures.Value));
    }

    private static Arbitrary<((int, int)[] Groups, int Threshold)> Breakdowns() =>
        Gen.Choose(0, 12).SelectMany(d => Gen.Choose(0, d).Select(n => (n, d))).ArrayOf()
            .Where(g => g.Length is >= 1 and <= 5)
            .SelectMany(g => Gen.Choose(1, 5).Select(t => (g, t))).ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property Publish_AnyBreakdown_NoWithheldCountHasOneValueLeft() => Prop.ForAll(Breakdowns(), breakdown =>
    {
        var (groups, t) = breakdown;
        var published = Publish(t, groups);
        var total = Disclosure.Apply(new IndicatorResult(ChildrensKpi.Indicators.NI62.Definition, Year, groups.Sum(g => g.Item1), groups.Sum(g => g.Item2), [], []), t);
        int? totalNumerator = total.Numerator is { } tn ? (int)tn : null, totalDenominator = total.Denominator is { } td ? (int)td : null;
        int?[] numerators = [.. published.Select(g => g.Figures.Numerator is { } n ? (int?)n : null)];
        int?[] denominators = [.. published.Select(g => g.Figures.Denominator is { } d ? (int?)d : null)];
        const int Unbounded = 10_000;

        // Denominators first: at least the group's published numerator; then numerators: at most the most the group's denominator can be.
        var denominatorRanges = Ranges(denominators, totalDenominator, [.. numerators.Select(n => n ?? 0)], [.. denominators.Select(_ => Unbounded)]);
        var numeratorRanges = Ranges(numerators, totalNumerator, [.. numerators.Select(_ => 0)],
            [.. denominators.Select((d, i) => d ?? denominatorRanges[i].High)]);

        bool Free((int Low, int High) range) => range.High > range.Low;
        // A numerator whose published denominator is 0 can only be 0, withheld or not: nothing is learnt of a child.
        return Enumerable.Range(0, groups.Length).All(i =>
            (numerators[i] is not null || Free(numeratorRanges[i]) || denominators[i] == 0) && (denominators[i] is not null || Free(denominatorRanges[i])));
    });

    /// <summary>
    /// What a reader can tell of each withheld count (null) of one sum: every count within its bounds, and, when the
    /// total is published, the withheld ones adding up to it less the published ones. With one sum, the values a
    /// withheld count can take are a range: those leaving a remainder that the other withheld counts' ranges can make.
    /// </summary>
    private static (int Low, int High)[] Ranges(int?[] counts, int? total, int[] low, int[] high)
    {
        var ranges = counts.Select((c, i) => c is { } v ? (v, v) : (low[i], high[i])).ToArray();
        if (total is not { } sum)
        {
            return ranges;
        }
        int rest = sum - counts.Sum(c => c ?? 0);
        var unknown = Enumerable.Range(0, counts.Length).Where(i => counts[i] is null).ToList();
        foreach (int j in unknown)
        {
            int othersLow = unknown.Where(k => k != j).Sum(k => low[k]), othersHigh = unknown.Where(k => k != j).Sum(k => high[k]);
            ranges[j] = (Math.Max(low[j], rest - othersHigh), Math.Min(high[j], rest - othersLow));
        }
        return ranges;
    }
}
