using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ChildrensKpi.Readers;

/// <summary>
/// Decides the collection year of each SSDA903 file, whose code lists its rows are checked against: the year the caller
/// gives; else the year in the file's name (<c>episodes_2015-16.csv</c>, <c>header_2024_25.csv</c>); else the year
/// containing the latest date of the table's event columns (<see cref="Ssda903Schedule.YearDates"/>: DECOM for
/// Episodes, REVIEW for Reviews...). A table with no such column (Header, UASC, OC2, OC3, PrevPerm) takes the latest year
/// found for the Episodes files, which say best which return the folder is (a stray date in another table does not), else
/// for the other files; alone, no year (its codes are checked against every year's lists), with a warning. A year outside the years described is
/// read as the nearest described one, with a warning.
/// </summary>
internal static partial class ReturnYears
{
    /// <summary>Each file's year, in the order of <paramref name="files"/>: the year whose code lists its rows are checked against.</summary>
    /// <param name="files">The files and their tables.</param>
    /// <param name="given">The year the caller gives for every file, if any.</param>
    /// <param name="account">Told of each file whose year is guessed or outside the years described.</param>
    /// <param name="returned">
    /// Each file's year as its return states it, before a year outside the years described is read as the nearest: the
    /// order of the returns, in which a later one supersedes an earlier (<see cref="ReturnPrecedence"/>).
    /// </param>
    public static ImmutableArray<CollectionYear?> Decide(
        IReadOnlyList<(InputFile File, CsvTableSchema Schema)> files, CollectionYear? given, AccountBuilder account,
        out ImmutableArray<CollectionYear?> returned)
    {
        var schedule = Ssda903Schedule.Current;
        var found = new CollectionYear?[files.Count];
        for (int i = 0; i < files.Count; i++)
        {
            var (file, schema) = files[i];
            var dates = schedule.YearDates(schema.Name);
            found[i] = given ?? FromName(file.Name)
                ?? (dates.IsEmpty ? null : CsvDateScan.Latest(file, dates) is { } latest ? CollectionYear.Containing(latest) : null);
        }
        var episodes = found.Where((y, i) => y is not null && files[i].Schema == Ssda903Tables.Episodes).Select(y => y!.Value).ToList();
        var known = episodes.Count > 0 ? episodes : [.. found.Where(y => y is not null).Select(y => y!.Value)];
        var years = ImmutableArray.CreateBuilder<CollectionYear?>(files.Count);
        var stated = ImmutableArray.CreateBuilder<CollectionYear?>(files.Count);
        for (int i = 0; i < files.Count; i++)
        {
            var name = files[i].File.Name;
            if (found[i] is null && known.Count == 0)
            {
                account.Warn($"{name}: no collection year from --collection-year, the file name, dates in the file or the files read with it; " +
                    $"its codes are checked against the lists of every year ({schedule.First} to {schedule.Last}).");
                years.Add(null);
                stated.Add(null);
                continue;
            }
            var year = found[i] ?? known.MaxBy(y => y.StartYear);
            stated.Add(year);
            if (!schedule.Knows(year))
            {
                var nearest = year.StartYear < schedule.First.StartYear ? schedule.First : schedule.Last;
                account.Warn($"{name}: collection year {year} is outside the years described ({schedule.First} to {schedule.Last}); read as {nearest}.");
                year = nearest;
            }
            years.Add(year);
        }
        returned = stated.MoveToImmutable();
        return years.MoveToImmutable();
    }

    /// <summary>The last <c>yyyy-yy</c> or <c>yyyy_yy</c> of consecutive years in <paramref name="name"/>; null when there is none.</summary>
    public static CollectionYear? FromName(string name)
    {
        CollectionYear? year = null;
        foreach (Match match in YearInName().Matches(Path.GetFileName(name)))
        {
            int start = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            int next = int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
            year = (start + 1) % 100 == next ? new CollectionYear(start) : year;
        }
        return year;
    }

    [GeneratedRegex(@"(?<!\d)((?:19|20)\d\d)[-_](\d\d)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearInName();
}
