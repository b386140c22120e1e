namespace ChildrensKpi.Server.Requests;

/// <summary>A children in need referral (<see cref="Referral"/>).</summary>
internal sealed record ReferralRecord(
    string? Child,
    string? Date,
    string? Source = null,
    string? PrimaryNeed = null,
    string? ClosureDate = null,
    string? ReasonForClosure = null,
    bool? NoFurtherAction = null,
    string? InitialConferenceDate = null);
