using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules;

/// <summary>What one rule's check sees: this year's return, the previous year's when given, the council's code, and where its findings go.</summary>
/// <typeparam name="TReturn">The tables of the return.</typeparam>
internal sealed class DfeCheckContext<TReturn>
    where TReturn : class
{
    private readonly List<DfeFinding> _findings;

    internal DfeCheckContext(DfeRule rule, TReturn current, TReturn? previous, string? localAuthorityCode, List<DfeFinding> findings,
        DfeReferenceData? reference = null)
    {
        Postcodes = reference?.Postcodes;
        OfstedProviders = reference?.OfstedProviders;
        LocalAuthorityNumbers = reference?.LocalAuthorityNumbers;
        Rule = rule;
        Current = current;
        Previous = previous;
        LocalAuthorityCode = localAuthorityCode;
        _findings = findings;
    }

    /// <summary>The rule as this year's list gives it.</summary>
    public DfeRule Rule { get; }

    /// <summary>The collection year of the return.</summary>
    public CollectionYear Year => Rule.Year;

    /// <summary>This year's return.</summary>
    public TReturn Current { get; }

    /// <summary>The previous year's return; never <see langword="null"/> for a rule that needs it (it is not run otherwise).</summary>
    public TReturn? Previous { get; }

    /// <summary>The council's local authority code, when given.</summary>
    public string? LocalAuthorityCode { get; }

    /// <summary>The postcode lookup, when given; never <see langword="null"/> for a rule that needs it (it is not run otherwise).</summary>
    public DfePostcodeLookup? Postcodes { get; }

    /// <summary>The Ofsted provider lists, when given; never <see langword="null"/> for a rule that needs them (it is not run otherwise).</summary>
    public DfeOfstedProviders? OfstedProviders { get; }

    /// <summary>The DfE's local authority numbers, when given; never <see langword="null"/> for a rule that needs them (it is not run otherwise).</summary>
    public DfeLocalAuthorityNumbers? LocalAuthorityNumbers { get; }

    /// <summary>Flags one row (or the return, with no line and no path) as breaking the rule.</summary>
    public void Flag(string table, string file, long? line, string? xmlPath, ImmutableArray<string> fields, string? value, string? child,
        string? detail = null, bool previousYear = false) =>
        _findings.Add(new DfeFinding(Rule.Id, Rule.Kind, table, file, line, xmlPath, fields, value, child,
            detail is null ? Rule.Message : $"{Rule.Message} ({detail})", previousYear));
}
