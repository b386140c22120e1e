namespace ChildrensKpi.Server.Requests;

/// <summary>A child of the children in need census (<see cref="ChildInNeed"/>); <see cref="Sex"/> <c>1</c>/<c>2</c> or <c>M</c>/<c>F</c>.</summary>
internal sealed record CinChildRecord(string? Child, string? DateOfBirth = null, string? Sex = null, string? Ethnicity = null);
