using System.Collections.Frozen;

namespace ChildrensKpi.Readers;

/// <summary>
/// The years each code of one column is valid in, so that a code from another year's list is named with its years
/// (<c>PLACE Z11 is valid in 2025-26 onwards, not in 2023-24</c>) rather than reported as unknown.
/// </summary>
internal sealed class CodeHistory
{
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _validIn;

    /// <param name="years">Each year with its code list.</param>
    /// <param name="last">The last year described.</param>
    public CodeHistory(IEnumerable<(CollectionYear Year, IReadOnlyCollection<string> Codes)> years, CollectionYear last)
    {
        var byCode = new Dictionary<string, List<CollectionYear>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (year, codes) in years)
        {
            foreach (var code in codes)
            {
                if (!byCode.TryGetValue(code, out var list))
                {
                    byCode[code] = list = [];
                }
                list.Add(year);
            }
        }
        _validIn = byCode.ToFrozenDictionary(c => c.Key, c => YearSpans.Describe(c.Value, last), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The years <paramref name="code"/> is valid in, in words; null when no year has it.</summary>
    public string? ValidIn(ReadOnlySpan<char> code) => _validIn.TryGetValue(code, out var years) ? years : null;
}
