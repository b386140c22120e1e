namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// The DfE's SSDA903 validation rules over a return given as files (CSV tables recognised by their header, the XML
/// return, workbooks; see <see cref="Ssda903CsvTables"/>):
/// every rule of the collection year's list ran, not run (what it needs was not given) or not implemented.
/// </summary>
public static class Ssda903DfeRules
{
    /// <summary>The codes ChildrensKpi implements (each a DfE code, e.g. <c>408</c>).</summary>
    public static IReadOnlyCollection<string> Implemented { get; } = [.. Ssda903Validator.Checks.Select(c => c.Code)];

    /// <summary>Reads the files and runs the rules of the return's collection year.</summary>
    /// <param name="files">This year's return: the CSV of each table, the XML return, or workbooks (a sheet per table).</param>
    /// <param name="previous">Last year's return, for the rules that compare with it; null when not given (those rules are reported not run).</param>
    /// <param name="collectionYear">
    /// The collection year; null to take it from the data: the year containing the latest episode start (DECOM). The
    /// rule list run is that year's, or the nearest earlier year's when the year has none (<see cref="DfeRuleList.Nearest"/>).
    /// </param>
    /// <param name="localAuthorityCode">The council's code (e.g. <c>E09000027</c>), for the rules that need it.</param>
    /// <param name="cancellationToken">Checked between files and between rules.</param>
    /// <exception cref="InputFileException">A file cannot be read.</exception>
    /// <exception cref="ArgumentException">No year is given and no episode has a readable DECOM.</exception>
    // Kept as it was, so that callers passing the token by position still compile; the overload with the postcode
    // lookup takes every argument.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027", Justification = "The overload with the postcode lookup has no optional parameter; this one keeps existing calls compiling.")]
    public static DfeValidation Validate(IEnumerable<InputFile> files, IEnumerable<InputFile>? previous = null, CollectionYear? collectionYear = null,
        string? localAuthorityCode = null, CancellationToken cancellationToken = default) =>
        Validate(files, previous, collectionYear, localAuthorityCode, (DfePostcodeLookup?)null, cancellationToken);

    /// <summary>Reads the files and runs the rules of the return's collection year, with a postcode lookup for the rules that read values derived from postcodes.</summary>
    /// <param name="files">This year's return: the CSV of each table, the XML return, or workbooks (a sheet per table).</param>
    /// <param name="previous">Last year's return, for the rules that compare with it; null when not given (those rules are reported not run).</param>
    /// <param name="collectionYear">The collection year; null to take it from the data, as the other overload does.</param>
    /// <param name="localAuthorityCode">The council's code (e.g. <c>E09000027</c>), for the rules that need it.</param>
    /// <param name="postcodes">The postcode lookup (PL_LA, PL_LOCATION and PL_DISTANCE are derived from it); null when not given (those rules are reported not run).</param>
    /// <param name="cancellationToken">Checked between files and between rules.</param>
    /// <exception cref="InputFileException">A file cannot be read.</exception>
    /// <exception cref="ArgumentException">No year is given and no episode has a readable DECOM.</exception>
    public static DfeValidation Validate(IEnumerable<InputFile> files, IEnumerable<InputFile>? previous, CollectionYear? collectionYear,
        string? localAuthorityCode, DfePostcodeLookup? postcodes, CancellationToken cancellationToken) =>
        Validate(files, previous, collectionYear, localAuthorityCode, new DfeReferenceData { Postcodes = postcodes }, cancellationToken);

    /// <summary>Reads the files and runs the rules of the return's collection year, with the reference data given (postcodes, Ofsted lists, local authority numbers).</summary>
    /// <param name="files">This year's return: the CSV of each table, the XML return, or workbooks (a sheet per table).</param>
    /// <param name="previous">Last year's return, for the rules that compare with it; null when not given (those rules are reported not run).</param>
    /// <param name="collectionYear">The collection year; null to take it from the data, as the first overload does.</param>
    /// <param name="localAuthorityCode">The council's code (e.g. <c>E09000027</c>), for the rules that need it.</param>
    /// <param name="reference">The reference data given; a rule whose data is missing from it is reported not run.</param>
    /// <param name="cancellationToken">Checked between files and between rules.</param>
    /// <exception cref="InputFileException">A file cannot be read.</exception>
    /// <exception cref="ArgumentException">No year is given and no episode has a readable DECOM.</exception>
    public static DfeValidation Validate(IEnumerable<InputFile> files, IEnumerable<InputFile>? previous, CollectionYear? collectionYear,
        string? localAuthorityCode, DfeReferenceData reference, CancellationToken cancellationToken) =>
        Validate(files, previous, collectionYear, localAuthorityCode, reference, null, cancellationToken);

    /// <summary>
    /// Runs the rules of the return's collection year on one authority's rows of pooled SSDA903 files (an <c>LA</c>
    /// column naming each row's council, as regional consortia keep them), as that council's own return: its rows alone,
    /// CHILD ids as written, split as the indicator readers split them (<see cref="KpiInputFiles.Ssda903Authority"/>), so
    /// that two councils' children sharing an id are never compared with each other.
    /// </summary>
    /// <param name="files">The pooled return: CSV tables with an LA column; files without one are no one authority's and are not read.</param>
    /// <param name="previous">Last year's return, split by the same authority; null when not given (the rules comparing with it are reported not run).</param>
    /// <param name="collectionYear">The collection year; null to take it from the authority's rows, as the first overload does.</param>
    /// <param name="localAuthorityCode">The council's code (e.g. <c>E09000027</c>), for the rules that need it; the LA column is not read for it.</param>
    /// <param name="reference">The reference data given; a rule whose data is missing from it is reported not run.</param>
    /// <param name="authority">The authority's code as its rows' LA column writes it (e.g. <c>201</c>); null to read every file as it is, as the other overloads do.</param>
    /// <param name="cancellationToken">Checked between files and between rules.</param>
    /// <exception cref="InputFileException">A file cannot be read.</exception>
    /// <exception cref="ArgumentException">No year is given and no episode of the authority has a readable DECOM.</exception>
    public static DfeValidation Validate(IEnumerable<InputFile> files, IEnumerable<InputFile>? previous, CollectionYear? collectionYear,
        string? localAuthorityCode, DfeReferenceData reference, string? authority, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(files);
        var current = Ssda903CsvTables.Read(files, authority, cancellationToken);
        var last = previous is null ? null : Ssda903CsvTables.Read(previous, authority, cancellationToken);
        var year = collectionYear ?? YearOf(current)
            ?? throw new ArgumentException("The return's collection year cannot be told: no episode has a DECOM; give the collection year.", nameof(collectionYear));
        var listYear = DfeRuleList.Nearest(DfeReturn.Ssda903, year);
        return Ssda903Validator.Run(listYear, current, last, DfeReference.None, localAuthorityCode, null, reference, cancellationToken);
    }

    private static CollectionYear? YearOf(Ssda903ReturnTables tables)
    {
        int latest = int.MinValue;
        foreach (int day in tables.Episodes.Column("DECOM").Days)
        {
            latest = Math.Max(latest, Ssda903Dates.IsDate(day) ? day : int.MinValue);
        }
        if (latest == int.MinValue)
        {
            return null;
        }
        var date = DateOnly.FromDayNumber(latest);
        return CollectionYear.Containing(new NodaTime.LocalDate(date.Year, date.Month, date.Day));
    }
}
