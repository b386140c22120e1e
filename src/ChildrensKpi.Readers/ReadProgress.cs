namespace ChildrensKpi.Readers;

/// <summary>How far a read has got, for a progress display.</summary>
/// <param name="File">The file being read.</param>
/// <param name="FileNumber">Its 1-based position among the files.</param>
/// <param name="FileCount">How many files are to be read.</param>
/// <param name="RowsRead">Rows of this file read so far.</param>
public readonly record struct ReadProgress(string File, int FileNumber, int FileCount, long RowsRead);
