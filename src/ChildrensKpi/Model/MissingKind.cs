namespace ChildrensKpi;

/// <summary>Whether a child was missing or away without authorisation (SSDA903 Missing <c>MISSING</c>).</summary>
public enum MissingKind : byte
{
    /// <summary><c>M</c>: missing from placement (whereabouts unknown).</summary>
    Missing = 1,

    /// <summary><c>A</c>: away from placement without authorisation (whereabouts known).</summary>
    AwayWithoutAuthorisation,
}
