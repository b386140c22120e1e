using System.Collections.Frozen;

namespace ChildrensKpi.Readers;

/// <summary>A code list: looks up a code written in a cell (case-insensitively, without allocating) and names the rule when it is not there.</summary>
internal sealed class CodeList<T>
    where T : struct
{
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public CodeList(IEnumerable<KeyValuePair<string, T>> codes, string rule)
    {
        _lookup = codes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        Rule = rule;
    }

    /// <summary>The enum's own names as the codes (e.g. <c>C1</c> for <c>LegalStatus.C1</c>).</summary>
    public static CodeList<T> FromEnumNames(string rule, Func<T, bool>? include = null) =>
        new(Enum.GetValues(typeof(T)).Cast<T>().Where(v => include?.Invoke(v) ?? true).Select(v => KeyValuePair.Create(v.ToString()!, v)), rule);

    /// <summary>What a valid cell looks like, for the rejection message.</summary>
    public string Rule { get; }

    public bool TryParse(ReadOnlySpan<char> cell, out T value) => _lookup.TryGetValue(cell, out value);
}
