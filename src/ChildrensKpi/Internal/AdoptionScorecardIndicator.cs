using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// An adoption scorecard indicator: decided child by child over <see cref="AdoptionScorecard"/>'s cohort, its result noting
/// the scorecard threshold of the period (<see cref="ComputeOptions.AdoptionThresholds"/>) where it has one.
/// </summary>
internal abstract class AdoptionScorecardIndicator : PerChildIndicator
{
    internal sealed override Decision Decide(ChildHistory child, ReportingPeriod period, Why why) => Decide(child, period, ComputeOptions.Default, why);

    private protected sealed override Decision Decide(ChildHistory child, ReportingPeriod period, ComputeOptions options, Why why) =>
        AdoptionScorecard.InCohort(child, period, why, out var adoption, out var excluded)
            ? DecideInCohort(child, adoption, options, why)
            : excluded;

    /// <summary>Where a child of the cohort stands.</summary>
    private protected abstract Decision DecideInCohort(ChildHistory child, ScorecardAdoption adoption, ComputeOptions options, Why why);

    /// <summary>Which of a year's thresholds is the indicator's (A1's or A2's); null when it has none (A3 has its own months).</summary>
    private protected virtual Func<AdoptionThreshold, int>? ThresholdOf => null;

    private protected sealed override decimal Denominator(IndicatorInputs inputs, ReportingPeriod period, int childCount, ImmutableArray<string>.Builder notes, ComputeOptions options)
    {
        if (ThresholdOf is not { } thresholdOf)
        {
            return childCount;
        }
        if (options.AdoptionThresholds.For(period.End.Year) is { } row)
        {
            notes.Add($"Scorecard threshold for periods ending in {period.End.Year}: {thresholdOf(row)} days (ComputeOptions.AdoptionThresholds; AdoptionThresholds.Targets gives it as a target).");
        }
        else
        {
            notes.Add($"No scorecard threshold for periods ending in {period.End.Year}, so there is no target.");
        }
        return childCount;
    }

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        "No child adopted in the period was placed for adoption before the order with the start of the period of care in the data, so there is no value.";
}
