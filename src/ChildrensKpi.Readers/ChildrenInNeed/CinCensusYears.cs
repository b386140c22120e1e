using System.Collections.Frozen;
using System.Text.Json;

namespace ChildrensKpi.Readers;

/// <summary>
/// The census items and code lists of every collection year, loaded from the embedded <c>cin-census-years.json</c>
/// (derived from the DfE's CIN census XSDs by <c>tools/derive_cin_census_years.py</c>). Adding a year is re-running
/// that script with the year's XSD: the reader has no year in its code.
/// </summary>
internal static class CinCensusYears
{
    private const string Resource = "ChildrensKpi.Readers.cin-census-years.json";

    private static readonly Lazy<(FrozenDictionary<string, CinItemYears> Items, CinYearRange All)> Data = new(Load);

    /// <summary>The first and last years described: a census outside them is checked against the nearest.</summary>
    public static CinYearRange Covered => Data.Value.All;

    /// <summary>The item named <paramref name="name"/> (e.g. <c>Sex</c>).</summary>
    /// <exception cref="KeyNotFoundException">The data file does not describe it: a build defect, caught by the tests.</exception>
    public static CinItemYears Item(string name) => Data.Value.Items[name];

    /// <summary>The year whose rules a census of <paramref name="year"/> is checked against: itself, or the nearest year described.</summary>
    public static CinCollectionYear Nearest(CinCollectionYear year) =>
        year < Covered.From ? Covered.From : year > Covered.To ? Covered.To : year;

    private static (FrozenDictionary<string, CinItemYears>, CinYearRange) Load()
    {
        using var stream = typeof(CinCensusYears).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Resource} is missing from the build.");
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        var all = new CinYearRange(Year(root.GetProperty("firstYear")), Year(root.GetProperty("lastYear")));
        var items = new Dictionary<string, CinItemYears>(StringComparer.Ordinal);
        foreach (var item in root.GetProperty("items").EnumerateObject())
        {
            var codes = new List<(string, CinYearRange[])>();
            if (item.Value.TryGetProperty("codes", out var list))
            {
                codes.AddRange(list.EnumerateObject().Select(c => (c.Name, Ranges(c.Value))));
            }
            items[item.Name] = new CinItemYears(item.Name, Ranges(item.Value.GetProperty("years")), codes);
        }
        return (items.ToFrozenDictionary(StringComparer.Ordinal), all);
    }

    private static CinYearRange[] Ranges(JsonElement ranges) =>
        [.. ranges.EnumerateArray().Select(r => new CinYearRange(Year(r[0]), Year(r[1])))];

    private static CinCollectionYear Year(JsonElement text) =>
        CinCollectionYear.TryParse(text.GetString(), out var year) ? year
        : throw new InvalidOperationException($"{Resource}: '{text}' is not a collection year (yyyy-yy).");
}
