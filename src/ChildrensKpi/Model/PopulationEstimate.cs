namespace ChildrensKpi;

/// <summary>
/// One row of the Population input: the estimated number of children of some ages living in the area
/// (ONS mid-year estimate), for the reporting year whose rates use it.
/// </summary>
/// <param name="Year">The reporting year whose rates use the estimate, written <c>2006-07</c>.</param>
/// <param name="AgeFrom">The youngest age covered, in completed years.</param>
/// <param name="AgeTo">The oldest age covered, inclusive.</param>
/// <param name="Population">The number of children of those ages.</param>
public sealed record PopulationEstimate(string Year, int AgeFrom, int AgeTo, long Population);
