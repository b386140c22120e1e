namespace ChildrensKpi.Server.Requests;

/// <summary>An assessment (<see cref="Assessment"/>); <see cref="Type"/> is <c>Initial</c>, <c>Core</c> or <c>Single</c>.</summary>
internal sealed record AssessmentRecord(string? Child, string? ReferralDate, string? Type, string? StartDate = null, string? AuthorisationDate = null);
