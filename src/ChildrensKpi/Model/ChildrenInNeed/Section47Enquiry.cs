using NodaTime;

namespace ChildrensKpi;

/// <summary>A section 47 enquiry (<c>CINdetails/Section47</c>).</summary>
/// <param name="Child">The child.</param>
/// <param name="ReferralDate">The referral it belongs to.</param>
/// <param name="StartDate">When the enquiry started (<c>S47ActualStartDate</c>).</param>
/// <param name="InitialConferenceDate">The initial child protection conference it led to (<c>DateOfInitialCPC</c>), if any.</param>
/// <param name="ConferenceNotRequired">Whether an initial conference was judged not required (<c>ICPCnotRequired</c>).</param>
public sealed record Section47Enquiry(
    ChildId Child,
    LocalDate ReferralDate,
    LocalDate StartDate,
    LocalDate? InitialConferenceDate,
    bool ConferenceNotRequired = false);
