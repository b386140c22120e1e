using NodaTime;

namespace ChildrensKpi;

/// <summary>An assessment of a child following a referral.</summary>
/// <param name="Child">The child.</param>
/// <param name="ReferralDate">The date of the referral it follows (<c>CINreferralDate</c>), from which NI 59 and the 45-day measure count.</param>
/// <param name="Type">Initial, core or single.</param>
/// <param name="StartDate">When it started (<c>AssessmentActualStartDate</c>), from which NI 60 counts.</param>
/// <param name="AuthorisationDate">When it was completed and authorised (<c>AssessmentAuthorisationDate</c>); null while open.</param>
public sealed record Assessment(
    ChildId Child,
    LocalDate ReferralDate,
    AssessmentType Type,
    LocalDate? StartDate,
    LocalDate? AuthorisationDate);
