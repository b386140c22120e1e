namespace ChildrensKpi;

/// <summary>Classifications of <see cref="PlacementType"/> used by the indicator definitions.</summary>
public static class PlacementTypeExtensions
{
    /// <summary>
    /// The family of a placement type, mapping legacy codes to the current families
    /// (F1–F6 → <see cref="PlacementFamily.Foster"/>, A1–A2 → <see cref="PlacementFamily.PlacedForAdoption"/>).
    /// </summary>
    public static PlacementFamily Family(this PlacementType type) => type switch
    {
        >= PlacementType.A1 and <= PlacementType.A6 => PlacementFamily.PlacedForAdoption,
        >= PlacementType.F1 and <= PlacementType.F6 => PlacementFamily.Foster,
        >= PlacementType.U1 and <= PlacementType.U6 => PlacementFamily.Foster,
        >= PlacementType.T0 and <= PlacementType.T4 => PlacementFamily.Temporary,
        PlacementType.P1 => PlacementFamily.PlacedWithParents,
        PlacementType.K1 or PlacementType.K2 or PlacementType.R1 => PlacementFamily.Residential,
        _ => PlacementFamily.Other,
    };

    /// <summary>Whether the type is a placement for adoption (A3–A6, legacy A1–A2).</summary>
    public static bool IsPlacedForAdoption(this PlacementType type) => type.Family() == PlacementFamily.PlacedForAdoption;

    /// <summary>Whether the type is a temporary placement (T0–T4: hospital, holiday, the carer's holiday, seven days or less), not a placement.</summary>
    public static bool IsTemporary(this PlacementType type) => type.Family() == PlacementFamily.Temporary;
}
