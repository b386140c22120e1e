namespace ChildrensKpi.Web.Run;

/// <summary>What a dropped file is given to the library as: one of <see cref="ChildrensKpi.Readers.KpiInputFiles"/>'s inputs, or nothing.</summary>
internal enum InputKind
{
    /// <summary>Not read (a README, a script, a file of another kind).</summary>
    NotUsed,

    /// <summary>An SSDA903 table, XML return or workbook.</summary>
    Ssda903,

    /// <summary>A children in need census file, XML or flat CSV.</summary>
    ChildrenInNeed,

    /// <summary>The Population CSV.</summary>
    Population,

    /// <summary>The Finance CSV.</summary>
    Finance,

    /// <summary>The Workforce CSV.</summary>
    Workforce,

    /// <summary>The Targets CSV.</summary>
    Targets,

    /// <summary>The Bands CSV.</summary>
    Bands,

    /// <summary>The Comparators CSV.</summary>
    Comparators,
}
