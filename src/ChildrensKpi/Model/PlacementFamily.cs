namespace ChildrensKpi;

/// <summary>The families of placement types that indicator definitions speak of.</summary>
public enum PlacementFamily : byte
{
    /// <summary>Foster placements: U1–U6, legacy F1–F6.</summary>
    Foster = 1,

    /// <summary>Placed for adoption: A3–A6, legacy A1–A2.</summary>
    PlacedForAdoption,

    /// <summary>Placed with parents (P1).</summary>
    PlacedWithParents,

    /// <summary>Children's homes, secure units and residential care: K1, K2, R1.</summary>
    Residential,

    /// <summary>Temporary placements T0–T4 (current codes: hospital, holiday, the carer's holiday, seven days or less), which are not placements.</summary>
    Temporary,

    /// <summary>Every other type (H5, K3, P2, P3, R2, R3, R5, S1, Z1, Z11–Z14).</summary>
    Other,
}
