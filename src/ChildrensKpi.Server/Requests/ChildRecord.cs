namespace ChildrensKpi.Server.Requests;

/// <summary>An SSDA903 Header row (<see cref="ChildrensKpi.Child"/>); <see cref="Sex"/> is <c>1</c> or <c>2</c> as in the return.</summary>
internal sealed record ChildRecord(string? Child, string? Sex, string? DateOfBirth, string? Ethnicity = null, string? Upn = null);
