using System.Collections.Frozen;

namespace ChildrensKpi.Readers;

/// <summary>
/// A CIN code list of text codes (e.g. referral sources <c>1A</c>…<c>10</c>), matched case-insensitively and kept in
/// the list's own spelling so copies from different files compare equal.
/// </summary>
internal sealed class CinCodes(IEnumerable<string> codes, string rule)
{
    private readonly FrozenDictionary<string, string> _codes = codes.ToFrozenDictionary(c => c, StringComparer.OrdinalIgnoreCase);

    /// <summary>What a valid value looks like, for the rejection message.</summary>
    public string Rule { get; } = rule;

    public bool TryParse(string text, out string? code)
    {
        bool found = _codes.TryGetValue(text, out var canonical);
        code = canonical;
        return found;
    }
}
