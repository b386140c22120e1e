namespace ChildrensKpi.Readers;

/// <summary>
/// One table taken out of a file that holds several (an SSDA903 XML return, a workbook's sheets), as the CSV the table
/// reader reads, so that its rows meet every rule a CSV file's rows meet, through the same sinks; with where each row came
/// from, so that the account names the source: the file, the element path or the sheet and cell, and the source line.
/// </summary>
/// <param name="Csv">The rows as CSV, named <c>source (table)</c> while read (the warnings keep that name).</param>
/// <param name="Source">The file the table was taken from, as the caller named it.</param>
/// <param name="Origins">Where each line of <see cref="Csv"/> came from.</param>
internal sealed record TablePart(InputFile Csv, string Source, IPartOrigins Origins);

/// <summary>Where the rows of a <see cref="TablePart"/> came from in their source file.</summary>
internal interface IPartOrigins
{
    /// <summary>The source line of the row on <paramref name="line"/> of the part's CSV (line 1 is its header).</summary>
    long Line(long line);

    /// <summary>Where the value of <paramref name="column"/> (as a rejection names it) of that row is in the source.</summary>
    string Column(long line, string column);

    /// <summary>The row on <paramref name="line"/> as a message names it after its file and line: its element path, or its sheet.</summary>
    string Row(long line);
}
