namespace ChildrensKpi;

/// <summary>
/// The groups of placement type at 31 March that the current measures report (indicators-current.md, "Placement at 31
/// March"). Reading: these groups; [S1]'s finer ones are a breakdown.
/// </summary>
internal enum PlacementGroup
{
    /// <summary>Foster placements: U1–U6, legacy F1–F6.</summary>
    Foster,

    /// <summary>Placed for adoption: A3–A6, legacy A1, A2.</summary>
    PlacedForAdoption,

    /// <summary>Placed with parents: P1.</summary>
    WithParents,

    /// <summary>Independent or semi-independent living: P2, H5 (to the 2024 schema), K3 (2025 on).</summary>
    IndependentLiving,

    /// <summary>Residential: K1, K2, R1, R2, R3, R5, S1.</summary>
    Residential,

    /// <summary>Other: P3, Z1, Z11–Z14, and a temporary placement with no placement before it.</summary>
    Other,
}
