using System.Collections.Immutable;

namespace ChildrensKpi.Readers;

/// <summary>
/// Recognises a table by its header row (column names, case- and order-insensitive), never by its file name.
/// </summary>
internal sealed class TableRecognizer
{
    private readonly ImmutableArray<CsvTableSchema> _schemas;
    private readonly ImmutableDictionary<CsvTableSchema, ImmutableArray<string>> _distinctive;

    public TableRecognizer(ImmutableArray<CsvTableSchema> schemas)
    {
        _schemas = schemas;
        // A column only one table has identifies that table even when others of its columns are missing.
        var owners = schemas.SelectMany(s => s.Required.Concat(s.Optional).Distinct().Select(c => (Column: c, Schema: s)))
            .GroupBy(x => x.Column).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Schema);
        _distinctive = schemas.ToImmutableDictionary(s => s, s => owners.Where(o => o.Value == s).Select(o => o.Key).ToImmutableArray());
    }

    public ImmutableArray<CsvTableSchema> Schemas => _schemas;

    /// <summary>The table the header belongs to and the required columns it lacks; null when it matches none.</summary>
    public (CsvTableSchema Schema, ImmutableArray<string> Missing)? Recognise(IReadOnlyCollection<string> header)
    {
        var complete = _schemas.Where(s => s.Required.All(header.Contains))
            .OrderByDescending(s => s.Required.Length)
            .ThenByDescending(s => s.Optional.Count(header.Contains))
            .FirstOrDefault();
        if (complete is not null)
        {
            return (complete, []);
        }
        var partial = _schemas
            .Where(s => _distinctive[s].Any(header.Contains) && s.Required.Count(header.Contains) >= Math.Max(2, (s.Required.Length + 1) / 2))
            .OrderByDescending(s => (double)s.Required.Count(header.Contains) / s.Required.Length)
            .FirstOrDefault();
        return partial is null ? null : (partial, [.. partial.Required.Where(c => !header.Contains(c))]);
    }

    /// <summary>The tables this recogniser knows, with their required columns, for an error message.</summary>
    public string Describe() => string.Join("; ", _schemas.Select(s => $"{s.Name} ({string.Join(", ", s.Required)})"));
}
