using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>An SSDA903 indicator decided child by child: the numerator and denominator are counts of children.</summary>
internal abstract class PerChildIndicator : Indicator
{
    public override IndicatorInputKinds Requires => IndicatorInputKinds.LookedAfter;

    private protected override IndicatorResult ComputeCore(IndicatorInputs inputs, ReportingPeriod period, ComputeOptions options)
    {
        var children = inputs.LookedAfter!.Index.Children;
        var explanations = options.Explain ? ImmutableArray.CreateBuilder<ChildExplanation>(children.Length) : null;
        int numerator = 0, denominator = 0, beginningBeforeData = 0;
        foreach (var child in children)
        {
            var decision = Decide(child, period);
            denominator += decision.InDenominator ? 1 : 0;
            numerator += decision.InNumerator ? 1 : 0;
            beginningBeforeData += decision.BeginsBeforeData ? 1 : 0;
            explanations?.Add(new ChildExplanation(child.Id, decision.InDenominator, decision.InNumerator, decision.Reason));
        }
        return FromCounts(inputs, period, numerator, denominator, beginningBeforeData, explanations?.MoveToImmutable() ?? []);
    }

    /// <summary>The result from counts of children, with the notes every path words the same way (the columnar engine counts without deciding child by child).</summary>
    internal IndicatorResult FromCounts(IndicatorInputs inputs, ReportingPeriod period, int numerator, int denominator, int beginningBeforeData, ImmutableArray<ChildExplanation> explanations)
    {
        var notes = ImmutableArray.CreateBuilder<string>();
        if (LookedAfterRules.StartsBeforeDataNote(beginningBeforeData) is { } note)
        {
            notes.Add(note);
        }
        var denominatorValue = Denominator(inputs, period, denominator, notes);
        if (denominatorValue == 0)
        {
            notes.Add(EmptyDenominatorNote(period));
        }
        return new IndicatorResult(Definition, period, numerator, denominatorValue, notes.ToImmutable(), explanations);
    }

    /// <summary>Where this child stands: the rule that decided, in the words of the definition.</summary>
    internal abstract Decision Decide(ChildHistory child, ReportingPeriod period);

    /// <summary>The denominator: the count of children in it, unless the indicator divides by something else.</summary>
    private protected virtual decimal Denominator(IndicatorInputs inputs, ReportingPeriod period, int childCount, ImmutableArray<string>.Builder notes) => childCount;

    /// <summary>Why the denominator is empty, for <see cref="IndicatorResult.Notes"/>.</summary>
    private protected abstract string EmptyDenominatorNote(ReportingPeriod period);

}
