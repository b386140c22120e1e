using System.Collections.Frozen;

namespace ChildrensKpi.Readers;

/// <summary>
/// One census item as the schemas of the years describe it: the years it is collected in and, for a coded item, the
/// years each code is valid in. Built from <c>cin-census-years.json</c> by <see cref="CinCensusYears"/>.
/// </summary>
internal sealed class CinItemYears
{
    private readonly FrozenDictionary<string, (string Code, CinYearRange[] Years)> _codes;
    private readonly string[] _order;

    public CinItemYears(string name, CinYearRange[] years, IReadOnlyList<(string Code, CinYearRange[] Years)> codes)
    {
        Name = name;
        Years = years;
        _order = [.. codes.Select(c => c.Code)];
        _codes = codes.ToFrozenDictionary(c => c.Code, c => c, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The item's name in the census (e.g. <c>ReferralSource</c>).</summary>
    public string Name { get; }

    /// <summary>The years the item is in the census.</summary>
    public IReadOnlyList<CinYearRange> Years { get; }

    public bool IsCoded => _order.Length > 0;

    /// <summary>Every code of the item in any year, as the list spells them, in the list's order.</summary>
    public IReadOnlyList<string> AllCodes => _order;

    public bool IsIn(CinCollectionYear year) => Years.Any(r => r.Contains(year));

    /// <summary>
    /// Whether <paramref name="text"/> is a code of <paramref name="year"/> (of any year when null), in the list's own
    /// spelling. A code followed by its label (<c>1A - Individual</c>, <c>NEG: Neglect</c>), as spreadsheet exports
    /// write them, is read as the code.
    /// </summary>
    /// <returns>Null when valid; else why not, in words, naming the years the code or item is valid in.</returns>
    public string? Check(string text, CinCollectionYear? year, out string? code)
    {
        code = null;
        if (year is { } y && !IsIn(y))
        {
            return $"{Name} is not in the {y} census: it is collected in {CinYearRange.Describe(Years)}";
        }
        if (!TryFind(text, out var found))
        {
            var valid = _order.Where(c => year is not { } inYear || _codes[c].Years.Any(r => r.Contains(inYear)));
            string years = year?.ToString() ?? CinYearRange.Describe(Years);
            return $"{Name} must be one of the {years} codes ({string.Join(", ", valid)}) or empty";
        }
        if (year is { } at && !found.Years.Any(r => r.Contains(at)))
        {
            return $"{Name} '{found.Code}' is not a code of the {at} census: it is valid in {CinYearRange.Describe(found.Years)}";
        }
        code = found.Code;
        return null;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is exactly a code of <paramref name="year"/> as the list spells it: the DfE's
    /// validation rules read the code as written, with no label and no change of case.
    /// </summary>
    public bool IsExactCode(string? text, CinCollectionYear year) =>
        text is not null && Array.IndexOf(_order, text) >= 0 && _codes[text].Years.Any(r => r.Contains(year));

    private bool TryFind(string text, out (string Code, CinYearRange[] Years) found)
    {
        if (_codes.TryGetValue(text, out found))
        {
            return true;
        }
        // The code is the text before the first separator; the label after it is the exporter's, never checked.
        int end = text.AsSpan().IndexOfAny(" -–:=");
        return end > 0 && _codes.TryGetValue(text[..end], out found);
    }
}
