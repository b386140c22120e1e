namespace ChildrensKpi;

/// <summary>Where the 45-working-day clock of a single assessment starts.</summary>
public enum AssessmentClockStart
{
    /// <summary>At the referral (<c>CINreferralDate</c>), as Working Together 2013 and the DfE statistics count it.</summary>
    ReferralDate,

    /// <summary>At the assessment's own start (<c>AssessmentActualStartDate</c>), as some councils monitor it locally.</summary>
    AssessmentStart,
}
