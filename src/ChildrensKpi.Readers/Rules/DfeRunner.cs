using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules;

/// <summary>
/// Runs a year's rule list over a return: each rule through its one check, or reported as not run (a need not met)
/// or not implemented, so that no rule of the list is silently passed.
/// </summary>
/// <typeparam name="TReturn">The tables of the return.</typeparam>
internal sealed class DfeRunner<TReturn>
    where TReturn : class
{
    private readonly DfeReturn _return;
    private readonly FrozenDictionary<string, IDfeCheck<TReturn>> _checks;

    /// <param name="return">The return whose lists are run.</param>
    /// <param name="checks">Every implemented check, at most one per code.</param>
    public DfeRunner(DfeReturn @return, IEnumerable<IDfeCheck<TReturn>> checks)
    {
        _return = @return;
        _checks = checks.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
    }

    /// <summary>The codes that have a check.</summary>
    public IEnumerable<string> Implemented => _checks.Keys;

    /// <summary>Runs every rule of <paramref name="year"/>'s list.</summary>
    /// <param name="year">The collection year whose list is run.</param>
    /// <param name="current">This year's return.</param>
    /// <param name="previous">The previous year's return, for the rules that compare with it; <see langword="null"/> when not given.</param>
    /// <param name="given">The reference data given, besides the previous return (postcodes, Ofsted lists, council code).</param>
    /// <param name="localAuthorityCode">The council's code, when given.</param>
    /// <param name="reference">The reference data given (postcodes, Ofsted lists, local authority numbers); null when none.</param>
    /// <param name="cancellationToken">Checked between rules.</param>
    public DfeValidation Run(CollectionYear year, TReturn current, TReturn? previous, DfeReference given, string? localAuthorityCode,
        DfeReferenceData? reference = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(current);
        given |= reference?.Given ?? DfeReference.None;
        if (previous is not null)
        {
            given |= DfeReference.PreviousReturn;
        }
        if (localAuthorityCode is not null)
        {
            given |= DfeReference.LocalAuthorityCode;
        }
        var outcomes = ImmutableArray.CreateBuilder<DfeRuleOutcome>();
        var findings = new List<DfeFinding>();
        foreach (var rule in DfeRuleList.For(_return, year))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!_checks.TryGetValue(rule.Code, out var check))
            {
                outcomes.Add(new DfeRuleOutcome(rule, DfeRuleStatus.NotImplemented, 0, "not implemented in ChildrensKpi yet"));
                continue;
            }
            var missing = check.Needs & ~given;
            if (missing != DfeReference.None)
            {
                outcomes.Add(new DfeRuleOutcome(rule, DfeRuleStatus.NotRun, 0, $"needs {Describe(missing)}, which was not given"));
                continue;
            }
            int before = findings.Count;
            check.Check(new DfeCheckContext<TReturn>(rule, current, previous, localAuthorityCode, findings, reference));
            outcomes.Add(new DfeRuleOutcome(rule, DfeRuleStatus.Ran, findings.Count - before, null));
        }
        return new DfeValidation(_return, year, outcomes.ToImmutable(), [.. findings]);
    }

    private static string Describe(DfeReference missing)
    {
        var parts = new List<string>();
        if (missing.HasFlag(DfeReference.PreviousReturn)) parts.Add("the previous year's return");
        if (missing.HasFlag(DfeReference.Postcodes)) parts.Add("a postcode lookup");
        if (missing.HasFlag(DfeReference.OfstedProviders)) parts.Add("the Ofsted provider lists");
        if (missing.HasFlag(DfeReference.LocalAuthorityCode)) parts.Add("the council's local authority code");
        if (missing.HasFlag(DfeReference.LocalAuthorityNumbers)) parts.Add("the list of local authority numbers");
        return string.Join(" and ", parts);
    }
}
