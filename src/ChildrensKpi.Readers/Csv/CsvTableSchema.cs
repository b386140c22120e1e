using System.Collections.Immutable;

namespace ChildrensKpi.Readers;

/// <summary>A table recognisable by its header row: the columns it must have and the ones it may have.</summary>
internal sealed record CsvTableSchema(string Name, ImmutableArray<string> Required, ImmutableArray<string> Optional)
{
    public bool Knows(string column) => Required.Contains(column) || Optional.Contains(column);
}
