namespace ChildrensKpi;

/// <summary>The legal status of a looked-after episode (SSDA903 <c>LS</c>).</summary>
public enum LegalStatus : byte
{
    /// <summary>Interim care order.</summary>
    C1 = 1,

    /// <summary>Full care order.</summary>
    C2,

    /// <summary>Freeing order.</summary>
    D1,

    /// <summary>Placement order.</summary>
    E1,

    /// <summary>Youth justice: remanded to local authority accommodation.</summary>
    J1,

    /// <summary>Youth justice: placed in local authority accommodation under PACE.</summary>
    J2,

    /// <summary>Youth justice: sentenced to a supervision order with a residence requirement.</summary>
    J3,

    /// <summary>Under police protection.</summary>
    L1,

    /// <summary>Emergency protection order.</summary>
    L2,

    /// <summary>Child assessment order.</summary>
    L3,

    /// <summary>Single period of accommodation under section 20.</summary>
    V2,

    /// <summary>Accommodated under an agreed series of short-term breaks (individual episodes): a short break.</summary>
    V3,

    /// <summary>Accommodated under an agreed series of short-term breaks (summary episodes): a short break.</summary>
    V4,
}
