namespace ChildrensKpi.Readers;

/// <summary>
/// The collection year of the file being read: set by <see cref="Ssda903Reader"/> before each file, so that each table's
/// sink picks that year's code lists in <c>BeginFile</c> and checks every row against them.
/// </summary>
internal sealed class FileYear
{
    /// <summary>The year; null when nothing dates the file (see <see cref="ReturnYears"/>).</summary>
    public CollectionYear? Year { get; set; }

    /// <summary>
    /// The year the file's return states (the file name, its dates, or the caller's), before a year outside the years
    /// described is read as the nearest: which return supersedes which (<see cref="ReturnPrecedence"/>).
    /// </summary>
    public CollectionYear? Return { get; set; }

    /// <summary>The code lists of <see cref="Year"/>, or every year's codes together when it is not known.</summary>
    public Ssda903Codes Codes => Year is { } year ? Ssda903Codes.For(year) : Ssda903Codes.AnyYear;
}
