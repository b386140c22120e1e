namespace ChildrensKpi;

/// <summary>
/// The initial child protection conference a section 47 enquiry led to, read once for ICPC15 and ICPC10K: the enquiry's
/// own <c>DateOfInitialCPC</c>, else (older censuses record it on the referral, rule 2884: one level or the other) its
/// referral's.
/// </summary>
internal static class EnquiryConference
{
    /// <summary>The conference's day number, or <see cref="DayNumbers.None"/> when the enquiry has none.</summary>
    public static int Of(ChildrenInNeedColumns columns, int enquiry)
    {
        int conference = columns.EnquiryConference[enquiry];
        if (conference == DayNumbers.None && columns.EnquiryReferral[enquiry] is var referral and >= 0)
        {
            conference = columns.ReferralConference[referral];
        }
        return conference;
    }
}
