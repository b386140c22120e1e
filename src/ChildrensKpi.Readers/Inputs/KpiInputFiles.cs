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

    /// <summary>
    /// The authority (its code as written in the <c>LA</c> column of pooled SSDA903 files, e.g. <c>201</c>) whose rows alone
    /// are read, CHILD ids as written, as that council's own return would be (<c>--authority</c>); SSDA903 files without an
    /// LA column are then not read. Null to read every row, the CHILD ids of pooled files scoped as <c>LA:CHILD</c>.
    /// </summary>
    public string? Ssda903Authority { get; init; }

    /// <summary>Children in need census files, XML or flat CSV (<c>--cin</c>: a file or a folder).</summary>
    public InputSource? ChildrenInNeed { get; init; }

    /// <summary>
    /// The collection year of the children in need files that name none (<c>--collection-year</c>): the flat CSV tables,
    /// and XML without a ReferenceDate; an XML census's own ReferenceDate still decides its year. Null to check those
    /// files against every year's code lists (<see cref="ChildrenInNeedReader.ReadForCollectionYear"/>).
    /// </summary>
    public CollectionYear? ChildrenInNeedCollectionYear { get; init; }

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

    /// <summary>
    /// The inputs of one authority's figures when pooled SSDA903 files are read for each authority: its SSDA903 rows
    /// (<see cref="Ssda903Authority"/>) and the judging tables. The children in need census, population, finance and
    /// workforce inputs are left out: they are not split by authority, and one council's figures must not take the
    /// consortium's.
    /// </summary>
    /// <param name="authority">The authority's code as written in the LA column.</param>
    /// <exception cref="ArgumentException"><paramref name="authority"/> is empty.</exception>
    /// <exception cref="InvalidOperationException">No SSDA903 input is given.</exception>
    public KpiInputFiles ForAuthority(string authority)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authority);
        return Ssda903 is null
            ? throw new InvalidOperationException("An authority's figures are those of its SSDA903 rows: give the SSDA903 files.")
            : this with { Ssda903Authority = authority, ChildrenInNeed = null, Population = null, Finance = null, Workforce = null };
    }

    /// <summary>Whether any input with records of children or staff is given (population, finance and the judging tables only qualify them).</summary>
    public bool HasRecords => Ssda903 is not null || ChildrenInNeed is not null || Workforce is not null;
}
