using System.Collections.Frozen;

namespace ChildrensKpi.Readers.Rules;

/// <summary>
/// The Ofsted lists of children's homes and social care providers, as the DfE's URN rules read them (219, 221, 224,
/// 227, 228, 229, 1008): for each provider's unique reference number (URN), the placement types (PLACE codes) and
/// placement provider codes (PLACE_PROVIDER) it is registered for, its postcode, the local authority its postcode lies in
/// and the day its registration ended (blank while registered). The lists are not in the return; they are taken as an
/// optional input (a CSV file <c>Urn, PlaceCodes, ProviderCodes, Postcode, LaCode, RegistrationEnd</c>, one row per URN,
/// codes separated by spaces or semicolons), and a rule that needs them is reported not run without them, never passed.
/// </summary>
public sealed class DfeOfstedProviders
{
    internal static CsvTableSchema Schema { get; } =
        new("OfstedProviders", ["URN", "PLACECODES", "PROVIDERCODES", "POSTCODE", "LACODE", "REGISTRATIONEND"], []);

    private static readonly TableRecognizer Recognizer = new([Schema]);

    private readonly FrozenDictionary<string, Provider> _providers;

    private DfeOfstedProviders(FrozenDictionary<string, Provider> providers, InputAccount account)
    {
        _providers = providers;
        Account = account;
    }

    /// <summary>The number of providers known.</summary>
    public int Count => _providers.Count;

    /// <summary>Every row of the file, used or rejected with the rule it broke (a blank URN, a RegistrationEnd that is not a date, a URN given twice).</summary>
    public InputAccount Account { get; }

    /// <summary>Reads an Ofsted providers CSV file. A URN given twice keeps its first row (the second is rejected).</summary>
    /// <exception cref="InputFileException">The file cannot be opened, or its header is not the providers table's.</exception>
    public static DfeOfstedProviders Read(InputFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sink = new Sink();
        var account = new AccountBuilder();
        CsvFileReader.Read(file, Recognizer, _ => sink, account, null, cancellationToken);
        return new DfeOfstedProviders(sink.Providers.ToFrozenDictionary(StringComparer.Ordinal), account.Build());
    }

    /// <summary>The provider of a URN as a return writes it (case and surrounding spaces ignored); null when unknown.</summary>
    internal Provider? Find(string? urn) =>
        urn is not null && _providers.TryGetValue(urn.Trim().ToUpperInvariant(), out var provider) ? provider : null;

    /// <summary>
    /// One provider: the PLACE and PLACE_PROVIDER codes it is registered for (upper-case), its postcode without spaces
    /// (null when not given), its local authority's code (null when not given), and the day number
    /// (<see cref="DateOnly.DayNumber"/>) its registration ended (null while registered).
    /// </summary>
    internal sealed record Provider(FrozenSet<string> PlaceCodes, FrozenSet<string> ProviderCodes, string? Postcode, string? LocalAuthority,
        int? RegistrationEnd);

    private static FrozenSet<string> Codes(ReadOnlySpan<char> cell) =>
        cell.ToString().Split([' ', ';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToUpperInvariant()).ToFrozenSet(StringComparer.Ordinal);

    private sealed class Sink : ITableSink
    {
        private int _urn, _place, _provider, _postcode, _la, _end;

        public Dictionary<string, Provider> Providers { get; } = new(StringComparer.Ordinal);

        public void BeginFile(IReadOnlyDictionary<string, int> columns)
        {
            _urn = columns["URN"];
            _place = columns["PLACECODES"];
            _provider = columns["PROVIDERCODES"];
            _postcode = columns["POSTCODE"];
            _la = columns["LACODE"];
            _end = columns["REGISTRATIONEND"];
        }

        public RowVerdict Accept(in CsvRow row)
        {
            string urn = row.Cell(_urn).Trim().ToString().ToUpperInvariant();
            if (urn.Length == 0)
            {
                return RowVerdict.Rejected(row.Reject(_urn, "Urn must be given"));
            }
            int? end = null;
            var endCell = row.Cell(_end).Trim();
            if (!endCell.IsEmpty)
            {
                if (CellParser.ReadDayNumber(endCell, out int day) != DateCell.Valid)
                {
                    return RowVerdict.Rejected(row.Reject(_end, $"RegistrationEnd must be a valid date ({CellParser.DateFormats}) or empty"));
                }
                end = day;
            }
            string postcode = DfePostcodeLookup.Key(row.Cell(_postcode).ToString());
            string la = row.Cell(_la).Trim().ToString().ToUpperInvariant();
            var provider = new Provider(Codes(row.Cell(_place)), Codes(row.Cell(_provider)), postcode.Length == 0 ? null : postcode,
                la.Length == 0 ? null : la, end);
            if (!Providers.TryAdd(urn, provider))
            {
                return RowVerdict.Rejected(row.Reject(_urn, "a URN is given once (its first row is used)"));
            }
            return RowVerdict.Used;
        }
    }
}
