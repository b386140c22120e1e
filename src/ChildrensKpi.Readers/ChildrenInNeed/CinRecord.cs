namespace ChildrensKpi.Readers;

/// <summary>One CIN record as found in a file (a CSV row or an XML element such as <c>CINdetails</c>), with its items by name.</summary>
/// <param name="Path">The file.</param>
/// <param name="Line">The line where the record starts; a merged copy is named by it.</param>
/// <param name="Year">The collection year of the return it came from, whose code lists it is checked against; null when the return does not say.</param>
/// <param name="Field">The item of the given name (e.g. <c>CINreferralDate</c>); its text is null when missing.</param>
/// <param name="Return">
/// The year of the census it came from as packed by <see cref="ReturnPrecedence.Of(CinCollectionYear?)"/>, by which its
/// copies in other censuses give way to or supersede it; <see cref="ReturnPrecedence.Unknown"/> when nothing dates it.
/// </param>
internal sealed record CinRecord(string Path, long Line, CinCollectionYear? Year, Func<string, CinField> Field, byte Return = ReturnPrecedence.Unknown);
