using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// One row of the Workforce input: a team's social work staffing on one day, in full-time equivalents (FTE).
/// </summary>
/// <remarks>Only AsAt, Team and the permanent, agency and vacant FTEs are required: each workforce indicator needs only its
/// own columns (data-formats.md, Workforce), and a team without one is left out of that indicator alone.</remarks>
/// <param name="AsAt">The day the snapshot describes.</param>
/// <param name="Team">The team's name.</param>
/// <param name="PermanentFte">Social workers employed by the council.</param>
/// <param name="AgencyFte">Agency social workers.</param>
/// <param name="VacantFte">Vacant social worker posts, whether or not covered by agency staff.</param>
/// <param name="FamilySupportFte">Family support workers (not social workers: no workforce indicator counts them); <see langword="null"/> when not given.</param>
/// <param name="AdminFte">Administrative staff (not social workers); <see langword="null"/> when not given.</param>
/// <param name="Establishment">The funded social worker establishment; <see langword="null"/> when not given (then permanent + agency + vacant).</param>
/// <param name="Caseloads">Open cases held by the team's social workers; <see langword="null"/> when not given.</param>
/// <param name="SupervisionsDue">Supervision sessions due in the month to the snapshot; <see langword="null"/> when not given.</param>
/// <param name="SupervisionsHeld">Those held on time; <see langword="null"/> when not given.</param>
public sealed record TeamWorkforce(
    LocalDate AsAt,
    string Team,
    decimal PermanentFte,
    decimal AgencyFte,
    decimal VacantFte,
    decimal? FamilySupportFte,
    decimal? AdminFte,
    decimal? Establishment,
    int? Caseloads,
    int? SupervisionsDue,
    int? SupervisionsHeld)
{
    /// <summary>
    /// FTE of directly employed social workers (the <see cref="PermanentFte"/> kind) who left the team's posts since the team's
    /// previous AsAt row (optional column <c>LeaversFte</c>); <see langword="null"/> when not given.
    /// </summary>
    public decimal? LeaversFte { get; init; }

    /// <summary>
    /// Working days those social workers lost to sickness absence since the team's previous AsAt row (optional column
    /// <c>SickDaysLost</c>); <see langword="null"/> when not given.
    /// </summary>
    public decimal? SickDaysLost { get; init; }

    /// <summary>Social workers in post: permanent + agency.</summary>
    public decimal InPostFte => PermanentFte + AgencyFte;

    /// <summary>The funded establishment: <see cref="Establishment"/> when given, else permanent + agency + vacant.</summary>
    public decimal FundedFte => Establishment ?? PermanentFte + AgencyFte + VacantFte;
}
