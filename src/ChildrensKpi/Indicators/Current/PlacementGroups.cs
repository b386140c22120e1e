namespace ChildrensKpi;

/// <summary>The one mapping of placement types to <see cref="PlacementGroup"/>.</summary>
internal static class PlacementGroups
{
    /// <summary>The group of a placement type that is not temporary (a temporary one reads as the placement before it).</summary>
    public static PlacementGroup Of(PlacementType type) => type.Family() switch
    {
        PlacementFamily.Foster => PlacementGroup.Foster,
        PlacementFamily.PlacedForAdoption => PlacementGroup.PlacedForAdoption,
        PlacementFamily.PlacedWithParents => PlacementGroup.WithParents,
        _ => type switch
        {
            PlacementType.P2 or PlacementType.H5 or PlacementType.K3 => PlacementGroup.IndependentLiving,
            PlacementType.K1 or PlacementType.K2 or PlacementType.R1 or PlacementType.R2 or PlacementType.R3 or PlacementType.R5 or PlacementType.S1
                => PlacementGroup.Residential,
            _ => PlacementGroup.Other,
        },
    };
}
