namespace ChildrensKpi.Readers.Rules;

/// <summary>
/// What a rule needs beyond the return itself. A rule whose need is not met is reported as not run, with the reason,
/// never silently passed.
/// </summary>
[Flags]
public enum DfeReference
{
    /// <summary>Only the return.</summary>
    None = 0,

    /// <summary>The previous collection year's return (the DfE's "_last" tables).</summary>
    PreviousReturn = 1,

    /// <summary>A postcode lookup (postcode to grid reference and local authority).</summary>
    Postcodes = 2,

    /// <summary>The Ofsted lists of children's homes and social care providers (URNs).</summary>
    OfstedProviders = 4,

    /// <summary>The council's own local authority code.</summary>
    LocalAuthorityCode = 8,

    /// <summary>The DfE's list of local authority numbers (the three digits of a UPN's characters 2–4, e.g. <c>201</c>).</summary>
    LocalAuthorityNumbers = 16,
}
