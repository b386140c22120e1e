namespace ChildrensKpi.Server.Requests;

/// <summary>
/// One year's adoption scorecard thresholds (<see cref="AdoptionThreshold"/>), a row of the thresholds file the command
/// line's <c>--adoption-thresholds</c> reads: <see cref="Year"/> the periods' last year, the thresholds in days.
/// </summary>
internal sealed record AdoptionThresholdRecord(int? Year, int? A1Days, int? A2Days);
