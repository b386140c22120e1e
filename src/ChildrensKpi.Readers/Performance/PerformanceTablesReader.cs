using System.Collections.Immutable;

namespace ChildrensKpi.Readers;

/// <summary>
/// Reads the tables indicators are judged against: Targets (<c>Indicator, Year, Target</c>), Bands
/// (<c>Indicator, Year, Band, Lower, Upper</c>) and Comparators (<c>Indicator, Year, Authority, Value</c>).
/// <c>Year</c> is the reporting year written <c>2006-07</c>; values are in the indicator's unit (15 for 15%).
/// </summary>
public static class PerformanceTablesReader
{
    internal static CsvTableSchema Targets { get; } = new("Targets", ["INDICATOR", "YEAR", "TARGET"], []);

    internal static CsvTableSchema Bands { get; } = new("Bands", ["INDICATOR", "YEAR", "BAND", "LOWER", "UPPER"], []);

    internal static CsvTableSchema Comparators { get; } = new("Comparators", ["INDICATOR", "YEAR", "AUTHORITY", "VALUE"], []);

    /// <summary>Reads a Targets, Bands or Comparators file (recognised by its header) and adds its rows to <paramref name="into"/>.</summary>
    /// <param name="file">The file.</param>
    /// <param name="into">The tables read so far; <see cref="PerformanceInputs.None"/> to start.</param>
    /// <param name="cancellationToken">Stops a long read.</param>
    /// <exception cref="InputFileException">The file cannot be opened or is none of the three tables.</exception>
    public static PerformanceTablesReadResult Read(InputFile file, PerformanceInputs into, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(into);
        var sink = new Sink();
        var account = new AccountBuilder();
        CsvFileReader.Read(file, new TableRecognizer([Targets, Bands, Comparators]), schema => sink.For(schema), account, null, cancellationToken);
        return new PerformanceTablesReadResult(into with
        {
            Targets = [.. into.Targets, .. sink.Targets],
            Bands = [.. into.Bands, .. sink.Bands],
            Comparators = [.. into.Comparators, .. sink.Comparators],
        }, account.Build());
    }

    /// <summary>Reads a file from disk, named in messages by its file name.</summary>
    /// <exception cref="InputFileException">The file does not exist, cannot be opened, or is none of the three tables.</exception>
    public static PerformanceTablesReadResult ReadFile(string path, PerformanceInputs into, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new InputFileException(path, $"The file '{path}' does not exist.");
        }
        return Read(InputFile.FromPath(path, Path.GetFileName(path)), into, cancellationToken);
    }

    private sealed class Sink : ITableSink
    {
        private CsvTableSchema _schema = PerformanceTablesReader.Targets;
        private IReadOnlyDictionary<string, int> _columns = new Dictionary<string, int>();

        public List<IndicatorTarget> Targets { get; } = [];

        public List<BandThreshold> Bands { get; } = [];

        public List<ComparatorValue> Comparators { get; } = [];

        public Sink For(CsvTableSchema schema)
        {
            _schema = schema;
            return this;
        }

        public void BeginFile(IReadOnlyDictionary<string, int> columns) => _columns = columns;

        public RowVerdict Accept(in CsvRow row)
        {
            int indicator = _columns["INDICATOR"], year = _columns["YEAR"];
            if (row.Cell(indicator).IsEmpty)
            {
                return RowVerdict.Rejected(row.Reject(indicator, "Indicator must not be empty"));
            }
            if (!PopulationReader.IsReportingYear(row.Cell(year)))
            {
                return RowVerdict.Rejected(row.Reject(year, "Year must be a reporting year written yyyy-yy, e.g. 2006-07"));
            }
            string id = row.Cell(indicator).ToString(), reportingYear = row.Cell(year).ToString();
            if (_schema == PerformanceTablesReader.Targets)
            {
                if (!TryNumber(row, "TARGET", "Target", out var target, out var rejection))
                {
                    return RowVerdict.Rejected(rejection!);
                }
                Targets.Add(new IndicatorTarget(id, reportingYear, target));
            }
            else if (_schema == PerformanceTablesReader.Bands)
            {
                int bandColumn = _columns["BAND"];
                if (!CellParser.TryDigits(row.Cell(bandColumn), out int band) || band is < 1 or > 5)
                {
                    return RowVerdict.Rejected(row.Reject(bandColumn, "Band must be a whole number from 1 to 5"));
                }
                if (!TryNumber(row, "LOWER", "Lower", out var lower, out var rejection) || !TryNumber(row, "UPPER", "Upper", out var upper, out rejection))
                {
                    return RowVerdict.Rejected(rejection!);
                }
                if (upper < lower)
                {
                    return RowVerdict.Rejected(row.Reject(_columns["UPPER"], "Upper must not be below Lower"));
                }
                Bands.Add(new BandThreshold(id, reportingYear, band, lower, upper));
            }
            else
            {
                int authority = _columns["AUTHORITY"];
                if (row.Cell(authority).IsEmpty)
                {
                    return RowVerdict.Rejected(row.Reject(authority, "Authority must not be empty"));
                }
                if (!TryNumber(row, "VALUE", "Value", out var value, out var rejection))
                {
                    return RowVerdict.Rejected(rejection!);
                }
                Comparators.Add(new ComparatorValue(id, reportingYear, row.Cell(authority).ToString(), value));
            }
            return RowVerdict.Used;
        }

        private bool TryNumber(in CsvRow row, string column, string name, out decimal value, out Rejection? rejection)
        {
            int index = _columns[column];
            rejection = null;
            var cell = row.Cell(index).TrimEnd('%');
            if (decimal.TryParse(cell, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out value))
            {
                return true;
            }
            rejection = row.Reject(index, $"{name} must be a number (e.g. 15 or 15.5; a trailing % is allowed)");
            return false;
        }
    }
}
