namespace ChildrensKpi;

/// <summary>Classifications of <see cref="LegalStatus"/> used by the indicator definitions.</summary>
public static class LegalStatusExtensions
{
    /// <summary>
    /// Whether the status is an agreed series of short-term breaks (V3, V4): such episodes are neither
    /// placements nor time looked after for the looked-after indicators.
    /// </summary>
    public static bool IsShortBreak(this LegalStatus status) => status is LegalStatus.V3 or LegalStatus.V4;
}
