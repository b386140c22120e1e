using System.Collections.Immutable;

namespace ChildrensKpi.Readers;

/// <summary>What a Workforce read produced: the team snapshots, and the account of every row read.</summary>
/// <param name="Teams">The valid rows, one per team and AsAt date.</param>
/// <param name="Account">The file's row counts and rejections.</param>
public sealed record WorkforceReadResult(ImmutableArray<TeamWorkforce> Teams, InputAccount Account);
