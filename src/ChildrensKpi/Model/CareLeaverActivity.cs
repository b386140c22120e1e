namespace ChildrensKpi;

/// <summary>A care leaver's main activity (OC3 <c>ACTIV</c>).</summary>
public enum CareLeaverActivity : byte
{
    /// <summary><c>0</c> or empty: no information.</summary>
    NoInformation = 0,

    /// <summary>Higher education, full time.</summary>
    F1,

    /// <summary>Higher education, part time.</summary>
    P1,

    /// <summary>Other education, full time.</summary>
    F2,

    /// <summary>Other education, part time.</summary>
    P2,

    /// <summary>Legacy: training or employment, full time.</summary>
    F3,

    /// <summary>Legacy: training or employment, part time.</summary>
    P3,

    /// <summary>Training or employment, full time.</summary>
    F4,

    /// <summary>Training or employment, part time.</summary>
    P4,

    /// <summary>Apprenticeship, full time (recent years).</summary>
    F5,

    /// <summary>Apprenticeship, part time (recent years).</summary>
    P5,

    /// <summary>Not in education, employment or training through illness or disability.</summary>
    G4,

    /// <summary>Not in education, employment or training for other reasons.</summary>
    G5,

    /// <summary>Not in education, employment or training through pregnancy or parenting.</summary>
    G6,
}
