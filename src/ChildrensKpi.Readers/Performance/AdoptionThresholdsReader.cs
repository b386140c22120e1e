namespace ChildrensKpi.Readers;

/// <summary>
/// Reads the adoption scorecard's thresholds from a CSV file (<c>Year, A1Days, A2Days</c>; <see cref="AdoptionThreshold"/>):
/// one row per year, <c>Year</c> the year the three-year periods end in (2016 for 1 April 2013 to 31 March 2016), the
/// thresholds whole numbers of days, 0 or more. A file of no rows is <see cref="AdoptionThresholds.None"/>.
/// </summary>
/// <remarks>
/// The file is an option (<see cref="ComputeOptions.AdoptionThresholds"/>), not a return: a bad row is not rejected and
/// the rest used, as a return's would be, but refuses the whole file, since leaving out a year would silently leave that
/// year's periods without a target or give them an earlier year's.
/// </remarks>
public static class AdoptionThresholdsReader
{
    internal static CsvTableSchema Schema { get; } = new("AdoptionThresholds", ["YEAR", "A1DAYS", "A2DAYS"], []);

    private static readonly TableRecognizer Recognizer = new([Schema]);

    /// <summary>Reads the thresholds of <paramref name="file"/>.</summary>
    /// <param name="file">The file.</param>
    /// <param name="cancellationToken">Stops a long read.</param>
    /// <exception cref="InputFileException">
    /// The file cannot be opened, its header is not <c>Year, A1Days, A2Days</c>, a row is invalid or two rows give one year
    /// (the message names the file, and the line of the first bad row).
    /// </exception>
    public static AdoptionThresholds Read(InputFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sink = new Sink();
        var account = new AccountBuilder();
        CsvFileReader.Read(file, Recognizer, _ => sink, account, null, cancellationToken);
        if (account.Build().Rejections is [var first, ..])
        {
            throw new InputFileException(file.Name, $"'{file.Name}' line {first.Line}: {first.Rule}.");
        }
        try
        {
            return new AdoptionThresholds(sink.Rows);
        }
        catch (ArgumentException e)
        {
            // Two rows of one year: the constructor's own check, worded once there.
            string reason = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
            throw new InputFileException(file.Name, $"'{file.Name}': {reason}");
        }
    }

    /// <summary>Reads the thresholds of a file on disk, named in messages by its path.</summary>
    /// <exception cref="InputFileException">The file does not exist, or as <see cref="Read"/>.</exception>
    public static AdoptionThresholds ReadFile(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new InputFileException(path, $"The adoption thresholds file '{path}' does not exist.");
        }
        return Read(InputFile.FromPath(path), cancellationToken);
    }

    private sealed class Sink : ITableSink
    {
        private IReadOnlyDictionary<string, int> _columns = new Dictionary<string, int>();

        public List<AdoptionThreshold> Rows { get; } = [];

        public void BeginFile(IReadOnlyDictionary<string, int> columns) => _columns = columns;

        public RowVerdict Accept(in CsvRow row)
        {
            int year = _columns["YEAR"], a1 = _columns["A1DAYS"], a2 = _columns["A2DAYS"];
            if (!CellParser.TryDigits(row.Cell(year), out int yearValue) || !SupportedDates.ContainsYear(yearValue))
            {
                return RowVerdict.Rejected(row.Reject(year, $"Year must be a year written yyyy in {SupportedDates.Description}, e.g. 2016"));
            }
            if (!CellParser.TryDigits(row.Cell(a1), out int a1Days))
            {
                return RowVerdict.Rejected(row.Reject(a1, "A1Days must be a whole number of days, 0 or more"));
            }
            if (!CellParser.TryDigits(row.Cell(a2), out int a2Days))
            {
                return RowVerdict.Rejected(row.Reject(a2, "A2Days must be a whole number of days, 0 or more"));
            }
            Rows.Add(new AdoptionThreshold(yearValue, a1Days, a2Days));
            return RowVerdict.Used;
        }
    }
}
