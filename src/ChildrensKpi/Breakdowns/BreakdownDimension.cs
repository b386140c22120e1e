namespace ChildrensKpi;

/// <summary>What to break an indicator down by.</summary>
public enum BreakdownDimension
{
    /// <summary>Age at the end of the period: under 1, 1–4, 5–9, 10–15, 16 and over.</summary>
    AgeBand,

    /// <summary>Sex.</summary>
    Sex,

    /// <summary>Ethnicity code as recorded (e.g. <c>WBRI</c>).</summary>
    Ethnicity,
}
