using System.Collections.Immutable;

namespace ChildrensKpi.Readers;

/// <summary>
/// Reads the Population input (<c>Year, AgeFrom, AgeTo, Population</c>): ONS mid-year estimates of children by age,
/// for rates per 10,000 children. <c>Year</c> is the reporting year whose rates use the estimate, written <c>2006-07</c>.
/// </summary>
public static class PopulationReader
{
    internal static CsvTableSchema Schema { get; } = new("Population", ["YEAR", "AGEFROM", "AGETO", "POPULATION"], []);

    private static readonly TableRecognizer Recognizer = new([Schema]);

    /// <summary>Reads a Population CSV file.</summary>
    /// <exception cref="InputFileException">The file cannot be opened or its header is not the Population table's.</exception>
    public static PopulationReadResult Read(InputFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sink = new PopulationSink();
        var account = new AccountBuilder();
        CsvFileReader.Read(file, Recognizer, _ => sink, account, null, cancellationToken);
        return new PopulationReadResult([.. sink.Estimates], account.Build());
    }

    /// <summary>Reads a Population CSV file from disk, named in messages by its file name.</summary>
    /// <exception cref="InputFileException">The file does not exist, cannot be opened, or is not the Population table.</exception>
    public static PopulationReadResult ReadFile(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new InputFileException(path, $"The population file '{path}' does not exist.");
        }
        return Read(InputFile.FromPath(path, Path.GetFileName(path)), cancellationToken);
    }

    private sealed class PopulationSink : ITableSink
    {
        private int _year, _from, _to, _population;

        public List<PopulationEstimate> Estimates { get; } = [];

        public void BeginFile(IReadOnlyDictionary<string, int> columns)
        {
            _year = columns["YEAR"];
            _from = columns["AGEFROM"];
            _to = columns["AGETO"];
            _population = columns["POPULATION"];
        }

        public RowVerdict Accept(in CsvRow row)
        {
            var year = row.Cell(_year);
            if (!IsReportingYear(year))
            {
                return RowVerdict.Rejected(row.Reject(_year, "Year must be a reporting year written yyyy-yy, e.g. 2006-07"));
            }
            if (!CellParser.TryDigits(row.Cell(_from), out int from) || from > 120)
            {
                return RowVerdict.Rejected(row.Reject(_from, "AgeFrom must be a whole number of years from 0 to 120"));
            }
            if (!CellParser.TryDigits(row.Cell(_to), out int to) || to > 120 || to < from)
            {
                return RowVerdict.Rejected(row.Reject(_to, "AgeTo must be a whole number of years from AgeFrom to 120"));
            }
            if (!CellParser.TryCount(row.Cell(_population), out long population))
            {
                return RowVerdict.Rejected(row.Reject(_population, "Population must be a whole number of children (digits only)"));
            }
            Estimates.Add(new PopulationEstimate(year.ToString(), from, to, population));
            return RowVerdict.Used;
        }

    }

    /// <summary>A reporting year written <c>2006-07</c>: four digits, a hyphen, and the next year's last two digits.</summary>
    internal static bool IsReportingYear(ReadOnlySpan<char> year) =>
        year.Length == 7 && year[4] == '-'
        && CellParser.TryDigits(year[..4], out int first) && CellParser.TryDigits(year[5..], out int second)
        && (first + 1) % 100 == second;
}
