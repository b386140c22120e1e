namespace ChildrensKpi;

/// <summary>The kinds of input an indicator may need.</summary>
[Flags]
public enum IndicatorInputKinds
{
    /// <summary>No input.</summary>
    None = 0,

    /// <summary>SSDA903 records (<see cref="IndicatorInputs.LookedAfter"/>).</summary>
    LookedAfter = 1,

    /// <summary>Population estimates (<see cref="IndicatorInputs.Population"/>).</summary>
    Population = 2,

    /// <summary>Children in need census records (<see cref="IndicatorInputs.ChildrenInNeed"/>).</summary>
    ChildrenInNeed = 4,

    /// <summary>Gross expenditure on placements (<see cref="IndicatorInputs.Finance"/>).</summary>
    Finance = 8,

    /// <summary>Social work staffing snapshots (<see cref="IndicatorInputs.Workforce"/>).</summary>
    Workforce = 16,
}
