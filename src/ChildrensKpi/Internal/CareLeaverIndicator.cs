namespace ChildrensKpi;

/// <summary>
/// NI 147 and NI 148: the same cohort (<see cref="CareLeaverCohort"/>) and the same rule that only a young person in
/// touch can count; they differ in which OC3 field puts them in the numerator.
/// </summary>
internal abstract class CareLeaverIndicator : PerChildIndicator
{
    internal sealed override Decision Decide(ChildHistory child, ReportingPeriod period, Why why)
    {
        if (!CareLeaverCohort.IsInCohort(child, period, why, out var excluded))
        {
            return excluded;
        }
        string? evidence = why.Explain ? CareLeaverCohort.Evidence(child) : null;
        var outcome = child.CareLeaver;
        return outcome is null || !CareLeaverCohort.IsInTouch(outcome)
            ? Decision.DenominatorOnly(why, $"{evidence}; {CareLeaverCohort.OutOfTouchReason(outcome)}")
            : DecideOutcome(outcome, evidence, why);
    }

    /// <summary>Where a young person in the cohort and in touch stands, by their OC3 row.</summary>
    private protected abstract Decision DecideOutcome(CareLeaverOutcome outcome, string? evidence, Why why);

    private protected sealed override string EmptyDenominatorNote(ReportingPeriod period) =>
        "No young person looked after at 16 had their 19th birthday in the period, so there is no value.";
}
