using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ChildrensKpi.Synthetic;
using ChildrensKpi.Cli.Output;
using Parquet.Serialization;

namespace ChildrensKpi.Tests.Publication;

/// <summary>
/// Generated returns (<see cref="SyntheticData"/>) with a mistake of every kind that makes a reader name a child (a
/// conflicting copy of an episode, of a Header row and of a CIN child, a bad date, a bad code, an overlap, an id
/// written in three forms...), and what must never appear in an output published under a key: every child id as
/// written, and every date of birth in every way an output writes a date.
/// </summary>
public sealed partial class PseudonymLeakFixture : IDisposable
{
    public const string Key = "leak-test-key";
    public const string YearEnding = "2016-03-31";

    public PseudonymLeakFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "childrens-kpi-tests", "leak-" + Guid.NewGuid().ToString("N"));
        SyntheticData.Write(new SyntheticOptions { Children = 60, Years = 2, Seed = 17 }, Root);
        Spoil();
        // The DfE rules read one return: this year's three files, and last year's for the rules that compare.
        foreach (var (year, folder) in new[] { ("2015-16", ThisReturn), ("2014-15", LastReturn) })
        {
            Directory.CreateDirectory(folder);
            foreach (var table in new[] { "episodes", "header", "oc3" })
            {
                File.Copy(Path.Combine(Ssda903, $"{table}_{year}.csv"), Path.Combine(folder, $"{table}.csv"));
            }
        }
        (Ids, BirthDates) = Secrets();
        Pseudonyms = [.. Ids.Select(id => Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(Key), Encoding.UTF8.GetBytes(id))))];
    }

    public string Root { get; }

    public string Ssda903 => Path.Combine(Root, "ssda903");

    public string CinFlat => Path.Combine(Root, "cin", "flat");

    public string CinXml => Path.Combine(Root, "cin", "xml", "census_2015-16.xml");

    public string ThisReturn => Path.Combine(Root, "return", "this");

    public string LastReturn => Path.Combine(Root, "return", "last");

    /// <summary>Every child id as the returns write it (all its forms), longest first.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>HMAC-SHA256(<see cref="Key"/>, id) in hex of each of <see cref="Ids"/>, worked out here with the framework.</summary>
    public IReadOnlyList<string> Pseudonyms { get; }

    /// <summary>Every date of birth, as each output may write it.</summary>
    public IReadOnlyList<string> BirthDates { get; }

    /// <summary>
    /// What of <see cref="Ids"/> and <see cref="BirthDates"/> <paramref name="text"/> holds, each with the text around
    /// it. An id counts where it stands alone: the pseudonyms are lower-case hex, so no id (upper-case letter first, or
    /// digits) is found inside one by chance unless it is all digits, hence the boundaries.
    /// </summary>
    public IEnumerable<string> Leaks(string where, string text)
    {
        // As a reader of the output sees it: JSON's \u0027 and HTML's &#39; are the quotes around an id's forms.
        text = System.Net.WebUtility.HtmlDecode(JsonEscape().Replace(text, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString()));
        foreach (var id in Ids)
        {
            foreach (Match m in Regex.Matches(text, $@"(?<![0-9A-Za-z]){Regex.Escape(id)}(?![0-9A-Za-z])"))
            {
                yield return $"{where}: child id '{id}' in …{Around(text, m.Index, id.Length)}…";
            }
        }
        foreach (var date in BirthDates)
        {
            for (int at = text.IndexOf(date, StringComparison.Ordinal); at >= 0; at = text.IndexOf(date, at + 1, StringComparison.Ordinal))
            {
                yield return $"{where}: date of birth '{date}' in …{Around(text, at, date.Length)}…";
            }
        }
    }

    /// <summary>Everything a file holds as text: a text file as read; a workbook's XML parts; a Parquet file's every value.</summary>
    public static async Task<string> TextOf(string path)
    {
        if (path.EndsWith(".xlsx", StringComparison.Ordinal))
        {
            using var zip = ZipFile.OpenRead(path);
            var text = new StringBuilder();
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                text.AppendLine(await reader.ReadToEndAsync());
            }
            return text.ToString();
        }
        if (path.EndsWith(".parquet", StringComparison.Ordinal))
        {
            // Parquet compresses its pages, so the bytes are no guide: every row read back, as JSON.
            await using var stream = File.OpenRead(path);
            return path.EndsWith(".children.parquet", StringComparison.Ordinal)
                ? System.Text.Json.JsonSerializer.Serialize((await ParquetSerializer.DeserializeAsync<ResultParquet.ChildRow>(stream)).Data)
                : System.Text.Json.JsonSerializer.Serialize((await ParquetSerializer.DeserializeAsync<ResultParquet.IndicatorRow>(stream)).Data);
        }
        return await File.ReadAllTextAsync(path);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static string Around(string text, int at, int length)
    {
        int from = Math.Max(0, at - 60), to = Math.Min(text.Length, at + length + 30);
        return text[from..to].ReplaceLineEndings(" ");
    }

    /// <summary>Appends to this year's files a row of each kind of mistake that makes a reader name the child.</summary>
    private void Spoil()
    {
        string episodes = Path.Combine(Ssda903, "episodes_2015-16.csv"), header = Path.Combine(Ssda903, "header_2015-16.csv");
        var episode = File.ReadLines(episodes).ElementAt(1).Split(',');
        var child = File.ReadLines(header).ElementAt(2).Split(',');
        // A copy of an episode with another PLACE (a conflict naming CHILD and DECOM); a day that does not exist; a code
        // that is not one; a child written 0566910, 566910.0 and 566910 (one child, a warning naming the forms), whose
        // second episode overlaps the first (E002); a copy of a Header row with another DOB (a conflict quoting both DOBs).
        string[] place = [.. episode];
        place[5] = place[5] == "U1" ? "U2" : "U1";
        string[] dob = [.. child];
        dob[2] = "01/01/2001";
        File.AppendAllLines(episodes,
        [
            string.Join(',', place),
            $"{child[0]},31/02/2015,S,C2,N1,U4,PR1,,,,,,",
            $"{child[0]},01/05/2015,Z,C2,N1,U4,PR1,,,,,,",
            "0566910,01/05/2015,S,C2,N1,U4,PR1,,,,,,",
            "566910.0,01/06/2015,P,C2,N1,U4,PR1,,,,,,",
        ]);
        File.AppendAllLines(header, ["566910,1,15/06/2005,WBRI,,,", string.Join(',', dob)]);
        // A care leaver whose OC3 DOB is not the Header's: the DfE rules compare the two and quote both.
        File.AppendAllLines(Path.Combine(Ssda903, "oc3_2015-16.csv"), [$"{child[0]},03/03/2003,Yes,F2,S"]);

        string referrals = Path.Combine(CinFlat, "referrals_2015-16.csv"), children = Path.Combine(CinFlat, "children_2015-16.csv");
        var referral = File.ReadLines(referrals).ElementAt(1).Split(',');
        var cinChild = File.ReadLines(children).ElementAt(1).Split(',');
        string[] source = [.. referral];
        source[2] = source[2] == "9" ? "8" : "9";
        string[] birth = [.. cinChild];
        birth[2] = "02/02/2002";
        File.AppendAllLines(referrals, [string.Join(',', source), $"{referral[0]},31/09/2015,8,N1,,,false"]);
        File.AppendAllLines(children, [string.Join(',', birth)]);
        File.AppendAllLines(Path.Combine(CinFlat, "assessments_2015-16.csv"), [$"{referral[0]},{referral[1]},Single,05/12/2015,01/12/2015"]);
    }

    /// <summary>The ids (every form written) and dates of birth in the returns, after <see cref="Spoil"/>.</summary>
    private (IReadOnlyList<string> Ids, IReadOnlyList<string> BirthDates) Secrets()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var births = new HashSet<LocalDate>();
        var otherDates = new HashSet<LocalDate>();
        foreach (var path in Directory.GetFiles(Ssda903, "*.csv").Concat(Directory.GetFiles(CinFlat, "*.csv")))
        {
            var lines = File.ReadAllLines(path);
            var columns = lines[0].Split(',');
            foreach (var cells in lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')))
            {
                for (int i = 0; i < columns.Length && i < cells.Length; i++)
                {
                    if (columns[i] is "CHILD" or "LAchildID")
                    {
                        ids.Add(cells[i]);
                    }
                    else if (Date(cells[i]) is { } date)
                    {
                        (columns[i] is "DOB" or "PersonBirthDate" or "MC_DOB" ? births : otherDates).Add(date);
                    }
                }
            }
        }
        foreach (Match m in XmlIdOrBirth().Matches(File.ReadAllText(CinXml)))
        {
            if (m.Groups["id"].Success)
            {
                ids.Add(m.Groups["id"].Value);
            }
            else
            {
                births.Add(LocalDate.FromDateTime(DateTime.ParseExact(m.Groups["dob"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }
        }
        // Dates that outputs publish for what they are, not as anyone's birth: the first and last days of months (periods,
        // month ends) and the dates of other events in the returns. A date of birth that is also one of these cannot be told
        // from it by searching; the others, almost every date of birth, must not appear at all.
        var checkedBirths = births.Where(d => d.Day != 1 && d.Day != d.Calendar.GetDaysInMonth(d.Year, d.Month) && !otherDates.Contains(d));
        string[] patterns = ["dd/MM/yyyy", "yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy"];
        return ([.. ids.OrderByDescending(i => i.Length)],
            [.. checkedBirths.SelectMany(d => patterns.Select(p => d.ToString(p, CultureInfo.InvariantCulture)))]);
    }

    private static LocalDate? Date(string cell) =>
        DateTime.TryParseExact(cell, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? LocalDate.FromDateTime(date) : null;

    [GeneratedRegex(@"\\u([0-9A-Fa-f]{4})")]
    private static partial Regex JsonEscape();

    [GeneratedRegex(@"<LAchildID>(?<id>[^<]+)</LAchildID>|<PersonBirthDate>(?<dob>[^<]+)</PersonBirthDate>")]
    private static partial Regex XmlIdOrBirth();
}
