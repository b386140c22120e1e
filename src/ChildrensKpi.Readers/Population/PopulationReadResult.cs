using System.Collections.Immutable;

namespace ChildrensKpi.Readers;

/// <summary>What a Population read produced: the estimates, and the account of every row read.</summary>
/// <param name="Estimates">The valid rows.</param>
/// <param name="Account">The file's row counts and rejections.</param>
public sealed record PopulationReadResult(ImmutableArray<PopulationEstimate> Estimates, InputAccount Account);
