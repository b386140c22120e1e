using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace ChildrensKpi;

/// <summary>
/// A children in need indicator that counts items (referrals, assessments, enquiries, plans) rather than children:
/// each item is decided on its own, over the columns of <see cref="ChildrenInNeedData"/>, and explained with the child
/// and the item. The same decision gives the figures-only counts and, when asked, the explanations.
/// </summary>
internal abstract class PerItemIndicator : Indicator
{
    // Below this many children a second core costs more to start than it saves.
    private const int ParallelFromChildren = 1 << 15;

    public override IndicatorInputKinds Requires => IndicatorInputKinds.ChildrenInNeed;

    private protected override ImmutableArray<IndicatorResult> ComputeManyCore(IndicatorInputs inputs, ImmutableArray<ReportingPeriod> periods, ComputeOptions options) =>
        Compute(inputs, inputs.ChildrenInNeed!.Columns, periods, options, parallel: null);

    /// <summary>
    /// The indicator over <paramref name="columns"/> for each period: every item is decided once per period.
    /// <paramref name="parallel"/> null uses every core when there are enough children to gain from it; the children are
    /// then split into ranges whose tallies are added in order, so the results (explanations included) are the same.
    /// </summary>
    internal ImmutableArray<IndicatorResult> Compute(
        IndicatorInputs inputs, ChildrenInNeedColumns columns, ImmutableArray<ReportingPeriod> periods, ComputeOptions options, bool? parallel)
    {
        PeriodDays[] days = [.. periods.Select(p => new PeriodDays(p))];
        var tallies = parallel ?? columns.ChildCount >= ParallelFromChildren
            ? CountInParallel(columns, days, options)
            : Count(columns, days, options, 0, columns.ChildCount);
        return [.. periods.Select((period, i) => FromCounts(inputs, period, options, tallies[i].Numerator, tallies[i].Denominator, tallies[i].Explanations()))];
    }

    /// <summary>Decides the items of children <paramref name="fromChild"/> (inclusive) to <paramref name="toChild"/> (exclusive), one tally per period.</summary>
    /// <remarks>Compiled optimised at once: an indicator is usually computed once, over every item, with no time to tier up.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal Tally[] Count(ChildrenInNeedColumns columns, PeriodDays[] periods, ComputeOptions options, int fromChild, int toChild)
    {
        var tallies = Tally.For(periods.Length, options.Explain);
        var why = new Why(options.Explain);
        // The items of a range of children are a range of items, each beside its child.
        var (from, to) = ItemsOf(columns, fromChild, toChild);
        var childOf = ChildOfItem(columns);
        for (int item = from; item < to; item++)
        {
            int child = childOf[item];
            // The subject is wording: only made when explaining, so figures-only runs allocate nothing per item.
            string? subject = options.Explain ? SubjectOf(columns, item) : null;
            for (int p = 0; p < periods.Length; p++)
            {
                tallies[p].Add(columns.Children[child], Decide(columns, child, item, periods[p], options, why), subject);
            }
        }
        return tallies;
    }

    private Tally[] CountInParallel(ChildrenInNeedColumns columns, PeriodDays[] periods, ComputeOptions options)
    {
        int chunks = Environment.ProcessorCount * 4;
        var partial = new Tally[chunks][];
        Parallel.For(0, chunks, chunk =>
        {
            int from = (int)((long)columns.ChildCount * chunk / chunks), to = (int)((long)columns.ChildCount * (chunk + 1) / chunks);
            partial[chunk] = Count(columns, periods, options, from, to);
        });
        // Added in child order, not in the order the chunks finished, so that explanations of tied items keep their order.
        var total = Tally.For(periods.Length, options.Explain);
        foreach (var tallies in partial)
        {
            for (int p = 0; p < periods.Length; p++)
            {
                total[p].Add(tallies[p]);
            }
        }
        return total;
    }

    /// <summary>The result from counts of items, with the notes worded once for every period and mode.</summary>
    private IndicatorResult FromCounts(IndicatorInputs inputs, ReportingPeriod period, ComputeOptions options, decimal numerator, int denominator, ImmutableArray<ChildExplanation> children)
    {
        var notes = ImmutableArray.CreateBuilder<string>();
        AddNotes(notes, period, options);
        decimal denominatorValue = Denominator(inputs, period, denominator, notes);
        if (denominatorValue == 0)
        {
            notes.Add(EmptyDenominatorNote(period));
        }
        return new IndicatorResult(Definition, period, numerator, denominatorValue, notes.ToImmutable(), children);
    }

    /// <summary>
    /// The items of children <paramref name="fromChild"/> (inclusive) to <paramref name="toChild"/> (exclusive) that the
    /// indicator considers, whether or not they count, as an index range of their columns.
    /// </summary>
    private protected abstract (int From, int To) ItemsOf(ChildrenInNeedColumns columns, int fromChild, int toChild);

    /// <summary>The column giving each item's child (an index into <see cref="ChildrenInNeedColumns.Children"/>).</summary>
    private protected abstract int[] ChildOfItem(ChildrenInNeedColumns columns);

    /// <summary>The item in words, e.g. <c>referral 2022-09-05</c>; null when the child is the unit. Called only when explaining.</summary>
    private protected abstract string? SubjectOf(ChildrenInNeedColumns columns, int item);

    /// <summary>Where item <paramref name="item"/> of child <paramref name="child"/> stands in the period, and why.</summary>
    private protected abstract Decision Decide(ChildrenInNeedColumns columns, int child, int item, in PeriodDays period, ComputeOptions options, Why why);

    private protected abstract string EmptyDenominatorNote(ReportingPeriod period);

    private protected virtual decimal Denominator(IndicatorInputs inputs, ReportingPeriod period, int itemCount, ImmutableArray<string>.Builder notes) => itemCount;

    private protected virtual void AddNotes(ImmutableArray<string>.Builder notes, ReportingPeriod period, ComputeOptions options)
    {
    }
}
