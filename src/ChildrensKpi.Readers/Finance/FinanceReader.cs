namespace ChildrensKpi.Readers;

/// <summary>
/// Reads the Finance input (<c>PeriodStart, PeriodEnd, Service, GrossExpenditure</c>): gross expenditure on foster and
/// residential placements, for BVPI 51. Dates are ISO <c>yyyy-mm-dd</c> or <c>dd/mm/yyyy</c>; <c>Service</c> is
/// <c>Foster</c> or <c>Residential</c> (any case); <c>GrossExpenditure</c> is pounds, digits and an optional decimal point.
/// </summary>
public static class FinanceReader
{
    internal static CsvTableSchema Schema { get; } = new("Finance", ["PERIODSTART", "PERIODEND", "SERVICE", "GROSSEXPENDITURE"], []);

    private static readonly TableRecognizer Recognizer = new([Schema]);

    private static readonly CodeList<PlacementService> Services = new(
        [KeyValuePair.Create("Foster", PlacementService.Foster), KeyValuePair.Create("Residential", PlacementService.Residential)],
        "Foster or Residential");

    /// <summary>Reads a Finance CSV file.</summary>
    /// <exception cref="InputFileException">The file cannot be opened or its header is not the Finance table's.</exception>
    public static FinanceReadResult Read(InputFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sink = new FinanceSink();
        var account = new AccountBuilder();
        CsvFileReader.Read(file, Recognizer, _ => sink, account, null, cancellationToken);
        return new FinanceReadResult([.. sink.Rows], account.Build());
    }

    /// <summary>Reads a Finance CSV file from disk, named in messages by its file name.</summary>
    /// <exception cref="InputFileException">The file does not exist, cannot be opened, or is not the Finance table.</exception>
    public static FinanceReadResult ReadFile(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new InputFileException(path, $"The finance file '{path}' does not exist.");
        }
        return Read(InputFile.FromPath(path, Path.GetFileName(path)), cancellationToken);
    }

    private sealed class FinanceSink : ITableSink
    {
        private int _start, _end, _service, _expenditure;

        public List<ServiceExpenditure> Rows { get; } = [];

        public void BeginFile(IReadOnlyDictionary<string, int> columns)
        {
            _start = columns["PERIODSTART"];
            _end = columns["PERIODEND"];
            _service = columns["SERVICE"];
            _expenditure = columns["GROSSEXPENDITURE"];
        }

        public RowVerdict Accept(in CsvRow row)
        {
            Rejection? rejection;
            if (!row.TryDate(_start, out var start, out rejection)
                || !row.TryDate(_end, out var end, out rejection)
                || !row.TryCode(_service, Services, out var service, out rejection))
            {
                return RowVerdict.Rejected(rejection!);
            }
            if (end < start)
            {
                return RowVerdict.Rejected(row.Reject(_end, "PeriodEnd must not be before PeriodStart"));
            }
            if (!CellParser.TryAmount(row.Cell(_expenditure), out decimal amount))
            {
                return RowVerdict.Rejected(row.Reject(_expenditure, "GrossExpenditure must be an amount in pounds, digits with an optional decimal point (e.g. 1250000.00)"));
            }
            Rows.Add(new ServiceExpenditure(start, end, service, amount));
            return RowVerdict.Used;
        }
    }
}
