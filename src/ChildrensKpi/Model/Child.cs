using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// A looked-after child's details from the SSDA903 <c>Header</c> table.
/// </summary>
/// <param name="Id">The council's identifier (<c>CHILD</c>).</param>
/// <param name="Sex">Sex (<c>SEX</c>).</param>
/// <param name="DateOfBirth">Date of birth (<c>DOB</c>).</param>
/// <param name="Ethnicity">Ethnic origin code (<c>ETHNIC</c>, e.g. <c>WBRI</c>), when given.</param>
/// <param name="Upn">Unique pupil number (<c>UPN</c>), when given.</param>
public sealed record Child(ChildId Id, Sex Sex, LocalDate DateOfBirth, string? Ethnicity = null, string? Upn = null);
