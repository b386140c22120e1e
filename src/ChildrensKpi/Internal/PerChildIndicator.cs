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
        decimal numerator = 0;
        int denominator = 0, beginningBeforeData = 0;
        foreach (var child in children)
        {
            var decision = Decide(child, period, options);
            denominator += decision.InDenominator ? 1 : 0;
            numerator += decision.InNumerator ? decision.Amount : 0;
            beginningBeforeData += decision.BeginsBeforeData ? 1 : 0;
            explanations?.Add(new ChildExplanation(child.Id, decision.InDenominator, decision.InNumerator, decision.Reason));
        }
        var notes = ImmutableArray.CreateBuilder<string>();
        if (LookedAfterRules.StartsBeforeDataNote(beginningBeforeData) is { } note)
        {
            notes.Add(note);
        }
        var denominatorValue = Denominator(inputs, period, denominator, notes, options);
        if (denominatorValue == 0)
        {
            notes.Add(EmptyDenominatorNote(period));
        }
        return new IndicatorResult(ResultDefinition(options), period, numerator, denominatorValue, notes.ToImmutable(), explanations?.MoveToImmutable() ?? []);
    }

    /// <summary>Where this child stands: the rule that decided, in the words of the definition.</summary>
    internal abstract Decision Decide(ChildHistory child, ReportingPeriod period);

    /// <summary>Where this child stands when the rule depends on the options (e.g. a working-day calendar).</summary>
    private protected virtual Decision Decide(ChildHistory child, ReportingPeriod period, ComputeOptions options) => Decide(child, period);

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
