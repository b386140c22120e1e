using System.Collections.Immutable;

namespace ChildrensKpi.Server.Requests;

/// <summary>
/// A child of the children in need census (<see cref="ChildInNeed"/>); <see cref="Sex"/> <c>1</c>/<c>2</c> or <c>M</c>/<c>F</c>;
/// <see cref="Disabilities"/> the child's disability codes (the census's <c>Disabilities/Disability</c>: <c>NONE</c>,
/// <c>MOB</c>, <c>HAND</c>...), read as the flat Disabilities table's rows are.
/// </summary>
internal sealed record CinChildRecord(string? Child, string? DateOfBirth = null, string? Sex = null, string? Ethnicity = null,
    ImmutableArray<string>? Disabilities = null);
