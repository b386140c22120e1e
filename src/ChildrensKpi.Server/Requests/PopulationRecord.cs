namespace ChildrensKpi.Server.Requests;

/// <summary>A population estimate (<see cref="PopulationEstimate"/>): <see cref="Year"/> the reporting year written <c>2006-07</c>.</summary>
internal sealed record PopulationRecord(string? Year, int? AgeFrom, int? AgeTo, long? Population);
