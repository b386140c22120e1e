namespace ChildrensKpi.Server.Requests;

/// <summary>
/// An SSDA903 OC3 row (<see cref="CareLeaverOutcome"/>): <see cref="InTouch"/> YES, NO, DIED, REFU, NREQ or RHOM;
/// <see cref="Activity"/> F1–F5, P1–P5, G4–G6 or <c>0</c>; <see cref="Accommodation"/> as in the return (e.g. <c>B1</c>).
/// </summary>
internal sealed record CareLeaverRecord(string? Child, string? DateOfBirth, string? InTouch, string? Activity, string? Accommodation = null);
