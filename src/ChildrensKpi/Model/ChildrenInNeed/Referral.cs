using NodaTime;

namespace ChildrensKpi;

/// <summary>A referral to children's social care (<c>CINdetails</c>), identified by child and referral date.</summary>
/// <param name="Child">The child (<c>LAchildID</c>).</param>
/// <param name="Date">The referral date (<c>CINreferralDate</c>).</param>
/// <param name="Source">Who referred (<c>ReferralSource</c>, e.g. <c>1A</c>), when given.</param>
/// <param name="PrimaryNeed">Primary need (<c>PrimaryNeedCode</c>, N0–N9), when given.</param>
/// <param name="ClosureDate">When the episode of need closed (<c>CINclosureDate</c>); null while open.</param>
/// <param name="ReasonForClosure">Why it closed (<c>ReasonForClosure</c>, RC1–RC9).</param>
/// <param name="NoFurtherAction">Whether the referral was closed with no further action (<c>ReferralNFA</c>).</param>
/// <param name="InitialConferenceDate">The initial child protection conference recorded on the referral (<c>CINdetails/DateOfInitialCPC</c>, older censuses).</param>
public sealed record Referral(
    ChildId Child,
    LocalDate Date,
    string? Source = null,
    string? PrimaryNeed = null,
    LocalDate? ClosureDate = null,
    string? ReasonForClosure = null,
    bool? NoFurtherAction = null,
    LocalDate? InitialConferenceDate = null);
