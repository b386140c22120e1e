using NodaTime;

namespace ChildrensKpi;

/// <summary>A child in the children in need census (<c>Child/ChildIdentifiers</c> and <c>ChildCharacteristics</c>).</summary>
/// <param name="Id">The council's identifier (<c>LAchildID</c>).</param>
/// <param name="DateOfBirth">Date of birth (<c>PersonBirthDate</c>); null for an unborn child.</param>
/// <param name="Sex">Sex (<c>GenderCurrent</c> 1/2 or, from 2024–25, <c>Sex</c> M/F); null when not known or not stated.</param>
/// <param name="Ethnicity">Ethnicity code (e.g. <c>WBRI</c>), when given.</param>
public sealed record ChildInNeed(ChildId Id, LocalDate? DateOfBirth = null, Sex? Sex = null, string? Ethnicity = null);
