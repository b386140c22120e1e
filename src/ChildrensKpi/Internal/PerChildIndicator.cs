using System.Runtime.CompilerServices;
using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>An SSDA903 indicator decided child by child: the numerator and denominator are counts of children.</summary>
internal abstract class PerChildIndicator : Indicator
{
    public override IndicatorInputKinds Requires => IndicatorInputKinds.LookedAfter;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private protected override ImmutableArray<IndicatorResult> ComputeManyCore(IndicatorInputs inputs, ImmutableArray<ReportingPeriod> periods, ComputeOptions options)
    {
        // One pass over the children, each decided for every period, rather than one pass per period.
        var tallies = Tally.For(periods.Length, options.Explain);
        var why = new Why(options.Explain);
        var care = inputs.LookedAfter!.Care;
        string? unavailable = Unavailable(inputs);
        for (int c = 0; c < care.ChildCount; c++)
        {
            var child = care.Child(c);
            for (int i = 0; i < periods.Length; i++)
            {
                tallies[i].Add(child.Id, unavailable is null ? Decide(child, periods[i], options, why) : Decision.Excluded(why, unavailable));
            }
        }
        return [.. periods.Select((period, i) => FromCounts(inputs, period, options, tallies[i], unavailable))];
    }

    private IndicatorResult FromCounts(IndicatorInputs inputs, ReportingPeriod period, ComputeOptions options, Tally tally, string? unavailable)
    {
        if (unavailable is not null)
        {
            return new IndicatorResult(ResultDefinition(options), period, 0, 0, [unavailable], tally.Explanations());
        }
        return FromCounts(inputs, period, options, tally.Numerator, tally.Denominator, tally.BeginningBeforeData, tally.Explanations(), tally.Caveats);
    }

    /// <summary>Why the indicator has no value for these inputs at all (a table it needs was not given); null when it can be computed.</summary>
    private protected virtual string? Unavailable(IndicatorInputs inputs) => null;

    /// <summary>The note on the decisions flagged <see cref="Decision.Caveat"/>, given their count; null when none (or no caveat).</summary>
    private protected virtual string? CaveatNote(int count) => null;

    /// <summary>The result from counts of children, with the notes every path words the same way (the columnar engine counts without deciding child by child).</summary>
    internal IndicatorResult FromCounts(IndicatorInputs inputs, ReportingPeriod period, int numerator, int denominator, int beginningBeforeData, ImmutableArray<ChildExplanation> explanations) =>
        FromCounts(inputs, period, ComputeOptions.Default, numerator, denominator, beginningBeforeData, explanations);

    private IndicatorResult FromCounts(IndicatorInputs inputs, ReportingPeriod period, ComputeOptions options, decimal numerator, int denominator, int beginningBeforeData,
        ImmutableArray<ChildExplanation> explanations, int caveats = 0)
    {
        var notes = ImmutableArray.CreateBuilder<string>();
        if (LookedAfterRules.StartsBeforeDataNote(beginningBeforeData) is { } note)
        {
            notes.Add(note);
        }
        if (CaveatNote(caveats) is { } caveat)
        {
            notes.Add(caveat);
        }
        var denominatorValue = Denominator(inputs, period, denominator, notes, options);
        if (denominatorValue == 0)
        {
            notes.Add(EmptyDenominatorNote(period));
        }
        return new IndicatorResult(ResultDefinition(options), period, numerator, denominatorValue, notes.ToImmutable(), explanations);
    }

    /// <summary>Where this child stands: the rule that decided, in the words of the definition.</summary>
    internal abstract Decision Decide(ChildHistory child, ReportingPeriod period, Why why);

    /// <summary>Where this child stands when the rule depends on the options (e.g. a working-day calendar).</summary>
    private protected virtual Decision Decide(ChildHistory child, ReportingPeriod period, ComputeOptions options, Why why) => Decide(child, period, why);

    /// <summary>The denominator: the count of children in it, unless the indicator divides by something else.</summary>
    private protected virtual decimal Denominator(IndicatorInputs inputs, ReportingPeriod period, int childCount, ImmutableArray<string>.Builder notes) => childCount;

    /// <summary>The denominator when it depends on the options (e.g. a comparator percentage).</summary>
    private protected virtual decimal Denominator(IndicatorInputs inputs, ReportingPeriod period, int childCount, ImmutableArray<string>.Builder notes, ComputeOptions options) =>
        Denominator(inputs, period, childCount, notes);

    /// <summary>The definition the result reports: <see cref="Indicator.Definition"/>, unless the options change what the value measures.</summary>
    private protected virtual IndicatorDefinition ResultDefinition(ComputeOptions options) => Definition;

    /// <summary>Why the denominator is empty, for <see cref="IndicatorResult.Notes"/>.</summary>
    private protected abstract string EmptyDenominatorNote(ReportingPeriod period);
}
