using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ChildrensKpi.Readers;

/// <summary>A table recognisable by its header row: the columns it must have and the ones it may have.</summary>
internal sealed record CsvTableSchema(string Name, ImmutableArray<string> Required, ImmutableArray<string> Optional)
{
    /// <summary>
    /// The rule, with its id, that rejects a real date outside <see cref="SupportedDates"/> in this table; null for tables
    /// outside the statutory returns (finance, workforce), whose rejection says the same without an id.
    /// </summary>
    public ValidationRule? DateRangeRule { get; init; }

    /// <summary>
    /// By column, the DfE rule that a value the table's reader cannot use breaks (<see cref="Rules.DfeValueRules"/>); empty
    /// for tables outside the statutory returns.
    /// </summary>
    public FrozenDictionary<string, string> DfeValueRules { get; init; } = FrozenDictionary<string, string>.Empty;

    public bool Knows(string column) => Required.Contains(column) || Optional.Contains(column);
}
