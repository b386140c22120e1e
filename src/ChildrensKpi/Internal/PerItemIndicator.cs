using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// A children in need indicator that counts items (referrals, assessments, enquiries, plans) rather than children:
/// each item is decided on its own and explained with the child and the item.
/// </summary>
internal abstract class PerItemIndicator<TItem> : Indicator
{
    public override IndicatorInputKinds Requires => IndicatorInputKinds.ChildrenInNeed;

    private protected override ImmutableArray<IndicatorResult> ComputeManyCore(IndicatorInputs inputs, ImmutableArray<ReportingPeriod> periods, ComputeOptions options)
    {
        // One pass over the items, each decided for every period, rather than one pass per period.
        var data = inputs.ChildrenInNeed!;
        var tallies = Tally.For(periods.Length, options.Explain);
        var why = new Why(options.Explain);
        foreach (var item in Items(data))
        {
            var child = ChildOf(item);
            var subject = options.Explain ? SubjectOf(item) : null;
            for (int i = 0; i < periods.Length; i++)
            {
                tallies[i].Add(child, Decide(item, data.Index, periods[i], options, why), subject);
            }
        }
        return [.. periods.Select((period, i) => FromCounts(inputs, period, options, tallies[i].Numerator, tallies[i].Denominator, tallies[i].Explanations()))];
    }

    /// <summary>The result from counts of items, with the notes every path words the same way (the columnar engine counts without deciding item by item).</summary>
    internal IndicatorResult FromCounts(IndicatorInputs inputs, ReportingPeriod period, ComputeOptions options, decimal numerator, int denominator, ImmutableArray<ChildExplanation> children)
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

    /// <summary>Every item the indicator considers, whether or not it counts.</summary>
    private protected abstract IEnumerable<TItem> Items(ChildrenInNeedData data);

    private protected abstract ChildId ChildOf(TItem item);

    /// <summary>The item in words, e.g. <c>referral 2022-09-05</c>; null when the child is the unit.</summary>
    private protected abstract string? SubjectOf(TItem item);

    private protected abstract Decision Decide(TItem item, ChildrenInNeedIndex index, ReportingPeriod period, ComputeOptions options, Why why);

    private protected abstract string EmptyDenominatorNote(ReportingPeriod period);

    private protected virtual decimal Denominator(IndicatorInputs inputs, ReportingPeriod period, int itemCount, ImmutableArray<string>.Builder notes) => itemCount;

    private protected virtual void AddNotes(ImmutableArray<string>.Builder notes, ReportingPeriod period, ComputeOptions options)
    {
    }
}
