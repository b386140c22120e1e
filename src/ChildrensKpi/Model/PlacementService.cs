namespace ChildrensKpi;

/// <summary>The placement services whose cost BVPI 51 measures (Finance input <c>Service</c>).</summary>
public enum PlacementService : byte
{
    /// <summary>Foster placements (U1–U6, legacy F1–F6).</summary>
    Foster = 1,

    /// <summary>Children's homes, secure units and residential care (K1, K2, R1).</summary>
    Residential,
}
