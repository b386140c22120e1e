namespace ChildrensKpi.Readers.Rules;

/// <summary>
/// The reference data some DfE rules need and no return holds, each optional: a rule whose data is not given is
/// reported not run, with the reason, never silently passed (<see cref="DfeRuleStatus.NotRun"/>).
/// </summary>
public sealed class DfeReferenceData
{
    /// <summary>The postcode lookup, from which PL_LA, PL_LOCATION and PL_DISTANCE are derived; null when not given.</summary>
    public DfePostcodeLookup? Postcodes { get; init; }

    /// <summary>The Ofsted provider lists, for the URN rules; null when not given.</summary>
    public DfeOfstedProviders? OfstedProviders { get; init; }

    /// <summary>The DfE's local authority numbers, for the rules on LA_PERM (and, in the CIN census, a UPN's authority); null when not given.</summary>
    public DfeLocalAuthorityNumbers? LocalAuthorityNumbers { get; init; }

    /// <summary>What of <see cref="DfeReference"/> these data give.</summary>
    internal DfeReference Given =>
        (Postcodes is null ? DfeReference.None : DfeReference.Postcodes)
        | (OfstedProviders is null ? DfeReference.None : DfeReference.OfstedProviders)
        | (LocalAuthorityNumbers is null ? DfeReference.None : DfeReference.LocalAuthorityNumbers);
}
