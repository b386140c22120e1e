using System.Collections.Immutable;

namespace ChildrensKpi.Readers;

/// <summary>
/// SSDA903 files of several councils read together (<see cref="Ssda903Reader.ReadPooled"/>): the consortium's read, each
/// child's id scoped by its authority, and each authority's rows read alone, as that council's own return.
/// </summary>
/// <param name="Total">Every row of every file; CHILD ids of pooled files are <c>LA:CHILD</c>.</param>
/// <param name="Authorities">Each authority named in an <c>LA</c> column, by its code as written: its rows alone, ids as written.</param>
public sealed record Ssda903PooledReadResult(Ssda903ReadResult Total, ImmutableSortedDictionary<string, Ssda903ReadResult> Authorities);
