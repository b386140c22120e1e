using ChildrensKpi.Readers.Rules.Cin;

namespace ChildrensKpi.Readers.Rules;

/// <summary>
/// Runs the DfE's validation rules of the CIN census over one census file (each file is one return): every rule of the
/// collection year's list, as ran (with its findings), not run, or not implemented. The census period is the one the
/// file's Header/CollectionDetails/ReferenceDate ends; the rule list is the collection year's given, or else the one of
/// the year that reference date closes (the nearest known list, <see cref="DfeRuleList.Nearest"/>).
/// </summary>
public static class CinReturnValidator
{
    /// <summary>Validates one census file.</summary>
    /// <param name="file">The CIN census XML file, by name and how to open it.</param>
    /// <param name="year">The collection year whose rule list is run; <see langword="null"/> to take it from the file's reference date.</param>
    /// <param name="localAuthorityNumbers">
    /// The DfE's local authority numbers (three digits, e.g. <c>201</c>), for rule 1530 (a UPN's characters 2–4); the
    /// list is not in the return, so without it 1530 is reported as not run.
    /// </param>
    /// <param name="cancellationToken">Checked between children and between rules.</param>
    /// <exception cref="InputFileException">The file cannot be read, is not well-formed XML, or is not a CIN census.</exception>
    /// <exception cref="ArgumentException">No year is given and the file's reference date is missing or not a date.</exception>
    public static DfeValidation Validate(InputFile file, CollectionYear? year = null, IEnumerable<string>? localAuthorityNumbers = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        CinReturnTables tables;
        using (var stream = ChildrenInNeedReader.Open(file))
        {
            tables = CinReturnReader.Read(file.Name, stream, cancellationToken);
        }
        var given = DfeReference.None;
        if (localAuthorityNumbers is not null)
        {
            tables = tables.WithLocalAuthorityNumbers(localAuthorityNumbers);
            given |= DfeReference.LocalAuthorityNumbers;
        }
        var ruleYear = year ?? (tables.HasPeriod
            ? CollectionYear.Containing(DayNumbers.ToDate(tables.PeriodEnd))
            : throw new ArgumentException(
                $"'{file.Name}' has no usable Header/CollectionDetails/ReferenceDate, so its collection year is not known; give the collection year.", nameof(year)));
        return CinChecks.Runner.Run(DfeRuleList.Nearest(DfeReturn.ChildrenInNeed, ruleYear), tables, null, given, null, cancellationToken: cancellationToken);
    }
}
