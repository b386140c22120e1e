using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;

namespace ChildrensKpi.Readers;

/// <summary>
/// The SSDA903 tables, columns and code lists of every collection year, read once from the embedded
/// <c>ssda903-years.json</c> (derived from the reference schemas by <c>tools/derive_ssda903_years.py</c>): data, so that
/// adding a year is adding a block to that file.
/// </summary>
/// <remarks>
/// A block holds from its <c>from</c> year until the next block's; the last holds to <see cref="Last"/>. A column with no
/// code list (ids, dates, postcodes) has a null list.
/// </remarks>
internal sealed class Ssda903Schedule
{
    private const string Resource = "ChildrensKpi.Readers.ssda903-years.json";

    private readonly ImmutableArray<(CollectionYear From, FrozenDictionary<string, FrozenDictionary<string, ImmutableArray<string>?>> Tables)> _blocks;
    private readonly FrozenDictionary<string, ImmutableArray<string>> _required;
    private readonly FrozenDictionary<string, ImmutableArray<string>> _yearDates;
    private readonly Dictionary<(string, string), CodeHistory> _histories = [];

    private Ssda903Schedule(JsonElement root)
    {
        Last = CollectionYear.Parse(root.GetProperty("last").GetString()!);
        _required = Lists(root.GetProperty("required"));
        _yearDates = Lists(root.GetProperty("yearDates"));
        _blocks = [.. root.GetProperty("blocks").EnumerateArray().Select(b => (
            CollectionYear.Parse(b.GetProperty("from").GetString()!),
            b.GetProperty("tables").EnumerateObject().ToFrozenDictionary(t => t.Name, t => t.Value.EnumerateObject().ToFrozenDictionary(
                c => c.Name,
                c => c.Value.ValueKind == JsonValueKind.Null ? (ImmutableArray<string>?)null : [.. c.Value.EnumerateArray().Select(v => v.GetString()!)])))),
        ];
        First = _blocks[0].From;
        TableNames = [.. _required.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The schedule the library ships.</summary>
    public static Ssda903Schedule Current { get; } = Load();

    /// <summary>The first collection year described (2006-07).</summary>
    public CollectionYear First { get; }

    /// <summary>The last collection year described.</summary>
    public CollectionYear Last { get; }

    /// <summary>Every table any year has.</summary>
    public ImmutableArray<string> TableNames { get; }

    /// <summary>Every collection year from <see cref="First"/> to <see cref="Last"/>.</summary>
    public IEnumerable<CollectionYear> Years =>
        Enumerable.Range(First.StartYear, Last.StartYear - First.StartYear + 1).Select(y => new CollectionYear(y));

    public bool Knows(CollectionYear year) => year.StartYear >= First.StartYear && year.StartYear <= Last.StartYear;

    /// <summary>The columns a file of <paramref name="table"/> must have for its rows to be read.</summary>
    public ImmutableArray<string> Required(string table) => _required[table];

    /// <summary>Every column <paramref name="table"/> has in any year, in the order first described.</summary>
    public ImmutableArray<string> Columns(string table) =>
        [.. _blocks.Where(b => b.Tables.ContainsKey(table)).SelectMany(b => b.Tables[table].Keys).Distinct()];

    /// <summary>The columns whose latest date gives the collection year of a file of <paramref name="table"/>; empty when it has none.</summary>
    public ImmutableArray<string> YearDates(string table) => _yearDates.GetValueOrDefault(table, []);

    /// <summary>Whether the return of <paramref name="year"/> has the table.</summary>
    public bool Collects(string table, CollectionYear year) => BlockOf(year).ContainsKey(table);

    /// <summary>The years whose return has <paramref name="table"/>, in words (e.g. <c>2023-24 onwards</c>).</summary>
    public string YearsCollecting(string table) => YearSpans.Describe(Years.Where(y => Collects(table, y)), Last);

    /// <summary>The code list of a column in a year; null when the column has none (or the table is not collected that year).</summary>
    public ImmutableArray<string>? Codes(string table, string column, CollectionYear year) =>
        BlockOf(year).TryGetValue(table, out var columns) && columns.TryGetValue(column, out var codes) ? codes : null;

    /// <summary>In which years each code of a column is valid.</summary>
    public CodeHistory History(string table, string column)
    {
        lock (_histories)
        {
            if (!_histories.TryGetValue((table, column), out var history))
            {
                history = new CodeHistory(Years.Select(y => (y, (IReadOnlyCollection<string>)(Codes(table, column, y) ?? []))), Last);
                _histories.Add((table, column), history);
            }
            return history;
        }
    }

    private FrozenDictionary<string, FrozenDictionary<string, ImmutableArray<string>?>> BlockOf(CollectionYear year)
    {
        if (!Knows(year))
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"The SSDA903 collection years known are {First} to {Last}.");
        }
        for (int i = _blocks.Length - 1; ; i--)
        {
            if (_blocks[i].From.StartYear <= year.StartYear)
            {
                return _blocks[i].Tables;
            }
        }
    }

    private static FrozenDictionary<string, ImmutableArray<string>> Lists(JsonElement element) =>
        element.EnumerateObject().ToFrozenDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToImmutableArray());

    private static Ssda903Schedule Load()
    {
        using var stream = typeof(Ssda903Schedule).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Resource} is missing from the build.");
        using var document = JsonDocument.Parse(stream);
        return new Ssda903Schedule(document.RootElement);
    }
}
