namespace ChildrensKpi.Server.Requests;

/// <summary>An SSDA903 episode (<see cref="Episode"/>): <c>CHILD</c>, <c>DECOM</c>, <c>RNE</c>, <c>LS</c>, <c>PLACE</c>, <c>DEC</c>, <c>REC</c>.</summary>
internal sealed record EpisodeRecord(
    string? Child,
    string? Start,
    string? ReasonForNewEpisode,
    string? LegalStatus,
    string? Placement,
    string? End = null,
    string? ReasonCeased = null);
