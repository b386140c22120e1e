namespace ChildrensKpi.Readers;

/// <summary>
/// The inputs of a computation by kind, as the command line's options and the server's form fields name them; each
/// null when not given. Read them with <see cref="KpiInputs.Read"/>.
/// </summary>
public sealed record KpiInputFiles
{
    /// <summary>SSDA903 files: CSV tables, XML returns, Excel workbooks (<c>--ssda903</c>: a folder).</summary>
    public InputSource? Ssda903 { get; init; }

    /// <summary>
    /// The collection year of every SSDA903 file (<c>--collection-year</c>); null to decide it per file from its name or
    /// dates (<see cref="Ssda903Reader"/>).
    /// </summary>
    public CollectionYear? Ssda903CollectionYear { get; init; }

    /// <summary>Children in need census files, XML or flat CSV (<c>--cin</c>: a file or a folder).</summary>
    public InputSource? ChildrenInNeed { get; init; }

    /// <summary>The Population CSV (<c>--population</c>): one file.</summary>
    public InputSource? Population { get; init; }

    /// <summary>The Finance CSV (<c>--finance</c>): one file.</summary>
    public InputSource? Finance { get; init; }

    /// <summary>The Workforce CSV (<c>--workforce</c>): one file.</summary>
    public InputSource? Workforce { get; init; }

    /// <summary>The Targets CSV (<c>--targets</c>): one file.</summary>
    public InputSource? Targets { get; init; }

    /// <summary>The Bands CSV (<c>--bands</c>): one file.</summary>
    public InputSource? Bands { get; init; }

    /// <summary>The Comparators CSV (<c>--comparators</c>): one file.</summary>
    public InputSource? Comparators { get; init; }

    /// <summary>Whether any input with records of children or staff is given (population, finance and the judging tables only qualify them).</summary>
    public bool HasRecords => Ssda903 is not null || ChildrenInNeed is not null || Workforce is not null;
}
