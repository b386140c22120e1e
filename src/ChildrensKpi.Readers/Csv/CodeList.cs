using System.Collections.Frozen;

namespace ChildrensKpi.Readers;

/// <summary>A code list: looks up a code written in a cell (case-insensitively, without allocating) and names the rule when it is not there.</summary>
internal sealed class CodeList<T>
    where T : struct
{
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Codes of up to four ASCII characters (nearly all), upper-cased and packed into an int: the row loop's look-up.
    private readonly FrozenDictionary<uint, T> _short;

    private readonly CodeHistory? _history;
    private readonly CollectionYear _year;

    public CodeList(IEnumerable<KeyValuePair<string, T>> codes, string rule)
    {
        var all = codes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = all.GetAlternateLookup<ReadOnlySpan<char>>();
        _short = all.Where(c => Pack(c.Key, out _)).ToFrozenDictionary(c => { Pack(c.Key, out uint key); return key; }, c => c.Value);
        Rule = rule;
    }

    /// <summary>One collection year's list of a column whose codes change by year: a code of another year is named with its years.</summary>
    public CodeList(IEnumerable<KeyValuePair<string, T>> codes, string rule, CodeHistory history, CollectionYear year)
        : this(codes, rule)
    {
        _history = history;
        _year = year;
    }

    /// <summary>The enum's own names as the codes (e.g. <c>C1</c> for <c>LegalStatus.C1</c>).</summary>
    public static CodeList<T> FromEnumNames(string rule, Func<T, bool>? include = null) =>
        new(Enum.GetValues(typeof(T)).Cast<T>().Where(v => include?.Invoke(v) ?? true).Select(v => KeyValuePair.Create(v.ToString()!, v)), rule);

    /// <summary>What a valid cell looks like, for the rejection message.</summary>
    public string Rule { get; }

    public bool TryParse(ReadOnlySpan<char> cell, out T value) =>
        Pack(cell, out uint key) ? _short.TryGetValue(key, out value) : _lookup.TryGetValue(cell, out value);

    /// <summary>
    /// A cell of one to four ASCII characters as an int, upper-cased; false for any other cell, which the string look-up
    /// decides (a code of four characters or fewer is in <see cref="_short"/>, so an ASCII cell of that length needs no other).
    /// </summary>
    private static bool Pack(ReadOnlySpan<char> cell, out uint key)
    {
        key = 0;
        if (cell.IsEmpty || cell.Length > 4)
        {
            return false;
        }
        for (int i = 0; i < cell.Length; i++)
        {
            char c = cell[i];
            if (c > 127)
            {
                return false;
            }
            key |= (uint)char.ToUpperInvariant(c) << (8 * i);
        }
        return true;
    }

    /// <summary>
    /// The rule a rejected <paramref name="cell"/> of <paramref name="column"/> broke: the years it is valid in when it is
    /// another year's code, else what a valid cell looks like (and that it may be empty, when <paramref name="orEmpty"/>).
    /// </summary>
    public string RuleFor(string column, ReadOnlySpan<char> cell, bool orEmpty) =>
        _history?.ValidIn(cell) is { } years
            ? $"{column} {cell.ToString().ToUpperInvariant()} is valid in {years}, not in {_year}"
            : $"{column} must be {Rule}{(orEmpty ? " or empty" : "")}";
}
