namespace ChildrensKpi.Server.Requests;

/// <summary>A section 47 enquiry (<see cref="Section47Enquiry"/>).</summary>
internal sealed record EnquiryRecord(string? Child, string? ReferralDate, string? StartDate, string? InitialConferenceDate = null, bool? ConferenceNotRequired = null);
