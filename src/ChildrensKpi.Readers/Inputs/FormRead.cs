using System.Collections.Immutable;

namespace ChildrensKpi.Readers;

/// <summary>
/// What a file holding several tables gave: its tables as <see cref="TablePart"/>s and the warnings about it; or, when it
/// is not a return at all (not well-formed, another kind of document, no rows), why, and the line where that was found.
/// </summary>
internal sealed record FormRead(ImmutableArray<TablePart> Parts, ImmutableArray<string> Warnings, string? Refusal, long RefusalLine)
{
    public static FormRead Refused(string reason, long line) => new([], [], reason, line);
}
