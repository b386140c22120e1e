using System.Collections.Frozen;

namespace ChildrensKpi.Readers.Rules;

/// <summary>
/// A postcode lookup for the DfE rules that read values the DfE derives from an episode's postcodes: the local
/// authority of the placement (<c>PL_LA</c>, the placement postcode's authority), its location (<c>PL_LOCATION</c>,
/// <c>IN</c> the council's own area or <c>OUT</c>) and the distance from home (<c>PL_DISTANCE</c>, in miles between the
/// home and placement postcodes' grid references). Read from the Postcodes input of data-formats.md
/// (<c>Postcode, Easting, Northing, LaCode</c>, e.g. from the ONS postcode directory); a rule that needs it is reported
/// not run without it, never passed.
/// </summary>
public sealed class DfePostcodeLookup
{
    internal static CsvTableSchema Schema { get; } = new("Postcodes", ["POSTCODE", "EASTING", "NORTHING", "LACODE"], []);

    private static readonly TableRecognizer Recognizer = new([Schema]);

    private readonly FrozenDictionary<string, Place> _places;

    private DfePostcodeLookup(FrozenDictionary<string, Place> places, InputAccount account)
    {
        _places = places;
        Account = account;
    }

    /// <summary>The number of postcodes known.</summary>
    public int Count => _places.Count;

    /// <summary>Every row of the file, used or rejected with the rule it broke (a grid reference that is not a whole number of metres, a blank postcode or LaCode).</summary>
    public InputAccount Account { get; }

    /// <summary>Reads a Postcodes CSV file. A postcode given twice keeps its first row (the second is rejected).</summary>
    /// <exception cref="InputFileException">The file cannot be opened, or its header is not the Postcodes table's.</exception>
    public static DfePostcodeLookup Read(InputFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sink = new Sink();
        var account = new AccountBuilder();
        CsvFileReader.Read(file, Recognizer, _ => sink, account, null, cancellationToken);
        return new DfePostcodeLookup(sink.Places.ToFrozenDictionary(StringComparer.Ordinal), account.Build());
    }

    /// <summary>The grid reference (metres) and local authority of a postcode as a return writes it, spaces and case ignored; null when unknown or blank.</summary>
    internal Place? Find(string? postcode) =>
        postcode is not null && _places.TryGetValue(Key(postcode), out var place) ? place : null;

    /// <summary>The placement's distance from home in miles, to one decimal place as the DfE records PL_DISTANCE; null when either postcode is unknown.</summary>
    internal double? Miles(string? home, string? placement) =>
        Find(home) is { } from && Find(placement) is { } to
            ? Math.Round(Math.Sqrt(Square(from.Easting - to.Easting) + Square(from.Northing - to.Northing)) / MetresPerMile, 1, MidpointRounding.AwayFromZero)
            : null;

    private const double MetresPerMile = 1609.344;

    private static double Square(long metres) => (double)metres * metres;

    /// <summary>A postcode as the lookup keys it: without spaces, upper-case (one reading for every rule comparing postcodes).</summary>
    internal static string Key(string postcode) => string.Concat(postcode.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>A postcode's grid reference (easting and northing in metres) and the code of its local authority (e.g. <c>E09000027</c>).</summary>
    internal sealed record Place(long Easting, long Northing, string LocalAuthority);

    private sealed class Sink : ITableSink
    {
        private int _postcode, _easting, _northing, _la;

        public Dictionary<string, Place> Places { get; } = new(StringComparer.Ordinal);

        public void BeginFile(IReadOnlyDictionary<string, int> columns)
        {
            _postcode = columns["POSTCODE"];
            _easting = columns["EASTING"];
            _northing = columns["NORTHING"];
            _la = columns["LACODE"];
        }

        public RowVerdict Accept(in CsvRow row)
        {
            string key = Key(row.Cell(_postcode).ToString());
            if (key.Length == 0)
            {
                return RowVerdict.Rejected(row.Reject(_postcode, "Postcode must be given"));
            }
            if (!CellParser.TryCount(row.Cell(_easting), out long easting))
            {
                return RowVerdict.Rejected(row.Reject(_easting, "Easting must be a whole number of metres (digits only)"));
            }
            if (!CellParser.TryCount(row.Cell(_northing), out long northing))
            {
                return RowVerdict.Rejected(row.Reject(_northing, "Northing must be a whole number of metres (digits only)"));
            }
            string la = row.Cell(_la).Trim().ToString().ToUpperInvariant();
            if (la.Length == 0)
            {
                return RowVerdict.Rejected(row.Reject(_la, "LaCode must be given"));
            }
            if (!Places.TryAdd(key, new Place(easting, northing, la)))
            {
                return RowVerdict.Rejected(row.Reject(_postcode, "a postcode is given once (its first row is used)"));
            }
            return RowVerdict.Used;
        }
    }
}
