using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>
/// One record as merged from its copies in several files (an episode open at one year's end is in both years'
/// returns), by <see cref="MergedRecords{TKey}"/>: the values used, the return year behind each (the latest return that
/// gave it, <see cref="ReturnPrecedence"/>), and where the first copy was read. What the merge needs to report the values
/// not used is kept beside it, and grows only for a record whose copies differ.
/// </summary>
internal sealed class MergedCopy
{
    // The year of every value used while they share one (most records: a single copy, or copies of one return, or
    // copies whose every value the latest confirms), so that no array is made per record; each value's year once not.
    private byte _year;
    private byte[]? _years;

    /// <summary>The first copy read, of a return of <paramref name="year"/> (<see cref="ReturnPrecedence.Of(CollectionYear?)"/>).</summary>
    public MergedCopy(object?[] fields, string path, long line, byte year)
    {
        if (fields.Length > 32)
        {
            throw new ArgumentException("A merged record holds at most 32 fields (the fields each copy filled are a bit mask).", nameof(fields));
        }
        Fields = fields;
        Path = path;
        Line = line;
        FirstYear = _year = year;
        FirstFilled = Filled(fields);
    }

    /// <summary>The values used, null where no copy filled one.</summary>
    public object?[] Fields { get; }

    /// <summary>Where the first copy read is.</summary>
    public string Path { get; }

    /// <summary>The line of the first copy read.</summary>
    public long Line { get; }

    /// <summary>The return year of the first copy read.</summary>
    public byte FirstYear { get; }

    /// <summary>Which fields the first copy read filled (bit <c>i</c> for field <c>i</c>).</summary>
    public uint FirstFilled { get; }

    /// <summary>The return year behind the value used of <paramref name="field"/>.</summary>
    public byte YearOf(int field) => _years is null ? _year : _years[field];

    /// <summary>Sets each field's year; held as one byte when they are all the same.</summary>
    public void SetYears(ReadOnlySpan<byte> years)
    {
        bool same = true;
        for (int i = 1; i < years.Length; i++)
        {
            same &= years[i] == years[0];
        }
        if (same)
        {
            _year = years.Length > 0 ? years[0] : _year;
            _years = null;
            return;
        }
        _years ??= new byte[years.Length];
        years.CopyTo(_years);
    }

    /// <summary>The last later copy in the owner's log (-1: none), while the record's copies have not differed.</summary>
    public int LastCopy { get; set; } = -1;

    /// <summary>Every copy's own values, in the order read, once two copies differ on a filled value; null until then.</summary>
    public List<(object?[] Values, byte Year, string Path, long Line)>? Copies { get; set; }

    /// <summary>The fields <paramref name="fields"/> fills, as bits.</summary>
    public static uint Filled(object?[] fields)
    {
        uint filled = 0;
        for (int i = 0; i < fields.Length; i++)
        {
            filled |= fields[i] is null ? 0u : 1u << i;
        }
        return filled;
    }

    /// <summary>The rule a later copy breaks when it disagrees with the copy read at <paramref name="path"/> line <paramref name="line"/>, whose <paramref name="name"/> is <paramref name="value"/>.</summary>
    public static string ConflictRule(string path, long line, string name, string what, string value) =>
        $"conflicts with the copy of {what} in {path} line {line}, which has {name} {value}; the copy read first is used";

    /// <summary>A value as the SSDA903 rules quote it: a date dd/mm/yyyy, an empty value "(empty)".</summary>
    public static string Display(object? value) => value switch
    {
        LocalDate date => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "(empty)",
    };
}
