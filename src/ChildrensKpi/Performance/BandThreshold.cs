namespace ChildrensKpi;

/// <summary>One row of a PAF-style banding table (Bands input): values from <paramref name="Lower"/> to <paramref name="Upper"/> are in <paramref name="Band"/>.</summary>
/// <param name="Indicator">The indicator id or alias.</param>
/// <param name="Year">The reporting year, written <c>2006-07</c>.</param>
/// <param name="Band">The band, 1 to 5, 5 being best.</param>
/// <param name="Lower">The lowest value in the band, inclusive.</param>
/// <param name="Upper">The highest value in the band, inclusive.</param>
public sealed record BandThreshold(string Indicator, string Year, int Band, decimal Lower, decimal Upper);
