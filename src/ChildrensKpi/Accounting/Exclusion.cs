namespace ChildrensKpi;

/// <summary>Valid rows of one file set aside for one reason, counted together.</summary>
/// <param name="Path">The file.</param>
/// <param name="Reason">The rule that set them aside (e.g. short breaks are not time looked after).</param>
/// <param name="Rows">How many rows.</param>
/// <param name="FirstLine">The line of the first such row, to find an example.</param>
public sealed record Exclusion(string Path, string Reason, long Rows, long FirstLine);
