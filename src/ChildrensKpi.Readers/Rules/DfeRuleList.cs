using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;

namespace ChildrensKpi.Readers.Rules;

/// <summary>
/// The DfE's validation rules of one return in one collection year, as its published rule list gives them (code,
/// message, tables, fields, and for the CIN census error or query). The lists are embedded data, one per return and
/// year (<c>Rules/Data/lac2025_26_rules.tsv</c>, <c>cin2025_26_rules.tsv</c>, from the councils' validators'
/// registries; see <c>../shared/reference/README.md</c>); a year is added by adding its list.
/// </summary>
public static class DfeRuleList
{
    private static readonly ConcurrentDictionary<(DfeReturn, int), ImmutableArray<DfeRule>> Loaded = new();

    /// <summary>The collection years whose rule list is known for <paramref name="return"/>, oldest first.</summary>
    public static ImmutableArray<CollectionYear> Years(DfeReturn @return)
    {
        string prefix = Prefix(@return);
        return [.. typeof(DfeRuleList).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix + prefix, StringComparison.Ordinal))
            .Select(n => new CollectionYear(int.Parse(n.AsSpan(ResourcePrefix.Length + prefix.Length, 4), CultureInfo.InvariantCulture)))
            .OrderBy(y => y.StartYear)];
    }

    /// <summary>The rules of <paramref name="return"/> in <paramref name="year"/>, in the list's order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No rule list is known for that year (see <see cref="Years"/>).</exception>
    public static ImmutableArray<DfeRule> For(DfeReturn @return, CollectionYear year) =>
        Loaded.GetOrAdd((@return, year.StartYear), key => Load(key.Item1, new CollectionYear(key.Item2)));

    /// <summary>The rule list of the latest known year not after <paramref name="year"/>, or of the earliest known year when <paramref name="year"/> is before them all.</summary>
    public static CollectionYear Nearest(DfeReturn @return, CollectionYear year)
    {
        var years = Years(@return);
        var nearest = years[0];
        foreach (var known in years)
        {
            if (known.StartYear <= year.StartYear)
            {
                nearest = known;
            }
        }
        return nearest;
    }

    private const string ResourcePrefix = "ChildrensKpi.Readers.Rules.";

    private static string Prefix(DfeReturn @return) => @return == DfeReturn.Ssda903 ? "lac" : "cin";

    private static ImmutableArray<DfeRule> Load(DfeReturn @return, CollectionYear year)
    {
        string name = string.Create(CultureInfo.InvariantCulture, $"{ResourcePrefix}{Prefix(@return)}{year.StartYear}_{(year.StartYear + 1) % 100:00}_rules.tsv");
        using var stream = typeof(DfeRuleList).Assembly.GetManifestResourceStream(name)
            ?? throw new ArgumentOutOfRangeException(nameof(year), year,
                $"No {@return} rule list is known for {year}; the known years are {string.Join(", ", Years(@return))}.");
        using var reader = new StreamReader(stream);
        var rules = ImmutableArray.CreateBuilder<DfeRule>();
        reader.ReadLine(); // code, message, tables, fields[, rule_type]
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }
            var cells = line.Split('\t');
            // The kind is the list's rule_type column. The reference's SSDA903 lists have none (code, message, tables,
            // fields: ../shared/reference/README.md), so every 903 rule is an error until a list gives its kind.
            var kind = cells.Length > 4 && cells[4] == "QUERY" ? DfeRuleKind.Query : DfeRuleKind.Error;
            rules.Add(new DfeRule(@return, cells[0], kind, cells[1], List(cells[2]), List(cells[3]), year));
        }
        return rules.ToImmutable();
    }

    private static ImmutableArray<string> List(string cell) =>
        [.. cell.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
