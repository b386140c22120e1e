using System.Text;
using ChildrensKpi.Readers;

namespace ChildrensKpi.Fuzz;

/// <summary>Which reader a fuzz case is for.</summary>
public enum FuzzTarget
{
    Ssda903,
    CinXml,
    CinCsv,

    /// <summary>The SSDA903 return in the DfE's XML form, mutated as bytes (so as XML text).</summary>
    Ssda903Xml,

    /// <summary>The SSDA903 return as a workbook: its tables mutated as CSV text before they are written as sheets, or the workbook's bytes.</summary>
    Ssda903Workbook,
}

/// <summary>
/// One fuzz case: valid files from a seed, then one to three mutations of chosen files, and the year ending to compute
/// the indicators for (one case in five at or past the ends of the supported years or of the calendar).
/// </summary>
/// <param name="Number">The case's number in its run; with the run's seed it rebuilds the case.</param>
public sealed record FuzzCase(int Number, FuzzTarget Target, IReadOnlyList<FuzzFile> Files, IReadOnlyList<string> Mutations, LocalDate YearEnding)
{
    private static readonly LocalDate[] OrdinaryYearEndings =
        [new(2005, 3, 31), new(2006, 3, 31), new(2007, 3, 31), new(2023, 3, 31), new(2024, 3, 31)];

    /// <summary>
    /// The ends of <see cref="SupportedDates"/> and of <see cref="ReportingPeriod"/>, either side, and of NodaTime's
    /// calendar: a period the library accepts must compute, and one it refuses must be refused by <see cref="ReportingPeriod.YearEnding"/>.
    /// </summary>
    private static readonly LocalDate[] ExtremeYearEndings =
    [
        new(-9998, 1, 1), new(0, 12, 31), new(1, 1, 1), new(1, 12, 31), new(1799, 12, 31), new(1800, 1, 1),
        new(2999, 12, 31), new(3000, 1, 1), new(9999, 12, 31), new(2996, 2, 29),
    ];

    /// <summary>The case <paramref name="number"/> of the run seeded <paramref name="seed"/>: the same bytes every time.</summary>
    public static FuzzCase Create(int seed, int number)
    {
        // Not HashCode.Combine: it is salted per process, and a case must be the same bytes in every run.
        var random = new Random((int)((((uint)seed * 2654435761u) ^ ((uint)number * 40503u + 0x9E3779B9u)) & int.MaxValue));
        var target = (FuzzTarget)random.Next(5);
        var files = target switch
        {
            FuzzTarget.Ssda903 or FuzzTarget.Ssda903Xml or FuzzTarget.Ssda903Workbook => ValidInputs.Ssda903(random),
            FuzzTarget.CinXml => ValidInputs.CinXml(random),
            _ => ValidInputs.CinCsv(random),
        };
        var mutations = new List<string>();
        if (target == FuzzTarget.Ssda903Xml)
        {
            files = [new("return.xml", Ssda903Forms.ToXml(Tables(files)))];
        }
        // One case in twenty stays valid, so that the property is also checked on clean input.
        int count = random.Next(20) == 0 ? 0 : random.Next(1, 4);
        // A workbook's tables are spoilt as CSV text, so that the spoilt values reach its cells; one case in four its bytes.
        bool workbookBytes = target == FuzzTarget.Ssda903Workbook && random.Next(4) == 0;
        if (target == FuzzTarget.Ssda903Workbook && workbookBytes)
        {
            files = [new("return.xlsx", Workbook(files))];
        }
        for (int i = 0; i < count; i++)
        {
            int which = random.Next(files.Count);
            var (bytes, name) = ChildrensKpi.Fuzz.Mutations.Apply(files[which].Bytes, random, files[which].Name);
            files[which] = files[which] with { Bytes = bytes };
            mutations.Add($"{name} in {files[which].Name}");
        }
        if (target == FuzzTarget.Ssda903Workbook && !workbookBytes)
        {
            files = [new("return.xlsx", Workbook(files))];
        }
        var yearEnding = random.Next(5) == 0 ? ExtremeYearEndings[random.Next(ExtremeYearEndings.Length)] : OrdinaryYearEndings[random.Next(OrdinaryYearEndings.Length)];
        return new FuzzCase(number, target, files, mutations, yearEnding);
    }

    /// <summary>Reads the files with the case's reader: the records and their account, or the <see cref="InputFileException"/> that refused them.</summary>
    public (IndicatorInputs Records, InputAccount Account) Read()
    {
        var inputs = Files.Select(f => new InputFile(f.Name, () => new MemoryStream(f.Bytes, writable: false)));
        if (Target is FuzzTarget.Ssda903 or FuzzTarget.Ssda903Xml or FuzzTarget.Ssda903Workbook)
        {
            var read = Ssda903Reader.Read(inputs);
            return (new IndicatorInputs { LookedAfter = read.Data }, read.Account);
        }
        var census = ChildrenInNeedReader.Read(inputs);
        return (new IndicatorInputs { ChildrenInNeed = census.Data }, census.Account);
    }

    /// <summary>The SSDA903 CSV files as tables by the start of their names (both Episodes files as one table), for the XML form.</summary>
    private static Dictionary<string, Ssda903Forms.CsvTable> Tables(List<FuzzFile> files) =>
        files.GroupBy(f => f.Name.Split('_', '.')[0]).ToDictionary(g => g.Key, g =>
        {
            var tables = g.Select(f => Ssda903Forms.CsvTable.Parse(Encoding.UTF8.GetString(f.Bytes))).ToList();
            return tables[0] with { Rows = [.. tables.SelectMany(t => t.Rows)] };
        });

    /// <summary>
    /// The CSV files as a workbook's sheets, one per file. A spoilt file may no longer be a table (emptied, or past
    /// Excel's cell): such a file is a sheet of its text, one cell per line, as pasting it into Excel gives.
    /// </summary>
    private static byte[] Workbook(List<FuzzFile> files) => Ssda903Forms.ToWorkbook(files.Select(f =>
    {
        string text = XmlText(Encoding.UTF8.GetString(f.Bytes));
        string sheet = Path.GetFileNameWithoutExtension(f.Name);
        return text.Split('\n').Any(l => l.Length > 32_767) || text.Trim().Length == 0
            ? (sheet, new Ssda903Forms.CsvTable([text.Length > 32_767 ? text[..32_767] : text], []))
            : (sheet, Ssda903Forms.CsvTable.Parse(text));
    }));

    /// <summary>The text with each character a workbook cannot hold (XML 1.0's: most control characters, a lone surrogate) as U+FFFD.</summary>
    private static string XmlText(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(text, i++, 2);
            }
            else
            {
                kept.Append(System.Xml.XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }
        return kept.ToString();
    }

    public override string ToString() =>
        $"case {Number} ({Target}, year ending {NodaTime.Text.LocalDatePattern.Iso.Format(YearEnding)}): {(Mutations.Count == 0 ? "valid" : string.Join("; ", Mutations))}";
}
