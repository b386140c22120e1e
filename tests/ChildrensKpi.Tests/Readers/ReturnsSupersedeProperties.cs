using ChildrensKpi.Readers;
using ChildrensKpi.Synthetic;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChildrensKpi.Tests.Readers;

/// <summary>
/// Issue 17: copies of an episode in several years' returns are reconciled by the returns' years. Stated property: when
/// the earlier returns carry wrong PLACE values that the later returns correct, the episodes read are exactly those of
/// the uncorrupted returns (the later return is the truth), nothing more is rejected, each corrupted value (a copy's value not used) is
/// one warning where it was read, and the files' names (hence the order they are read in) change nothing.
/// </summary>
public sealed class ReturnsSupersedeProperties
{
    // Generated once: 150 children over 4 years, written as the generator writes a council's returns.
    private static readonly Lazy<(string Name, string Text)[]> Returns = new(() =>
    {
        string folder = Path.Combine(Path.GetTempPath(), "ckpi-supersede-" + Guid.NewGuid().ToString("N"));
        try
        {
            SyntheticData.Write(new SyntheticOptions { Children = 150, Years = 4, Seed = 5 }, folder);
            return [.. Directory.GetFiles(Path.Combine(folder, "ssda903")).Order(StringComparer.Ordinal)
                .Select(f => (Path.GetFileName(f), File.ReadAllText(f)))];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    });

    private static readonly string[] Places = ["U1", "U2", "U3", "U4", "U5", "U6"];

    [Property(MaxTest = 25)]
    public bool EarlierReturnsCorrectedByLaterOnes_ReadAsTheLaterReturnsSay(PositiveInt seed, bool reverseNames)
    {
        var clean = Returns.Value;
        var (corrupted, changed) = CorruptEarlierCopies(clean, new Random(seed.Get));
        var expected = Ssda903Reader.Read(clean.Select(f => InputFile.FromText(f.Name, f.Text)));
        var read = Ssda903Reader.Read(corrupted.Select(f => InputFile.FromText(reverseNames ? Reversed(f.Name) : f.Name, f.Text)));

        static string[] Episodes(Ssda903ReadResult r) =>
            [.. r.Data.Episodes.Select(e => $"{e.Child.Value} {e.Start} {e.End} {e.LegalStatus} {e.Placement} {e.ReasonCeased}").Order(StringComparer.Ordinal)];
        int warnings = read.Account.Findings.Count(f => f.RuleId == ValidationRules.SupersededByLaterReturn.Id);
        return Episodes(read).SequenceEqual(Episodes(expected))
            && read.Account.Rejections.Length == expected.Account.Rejections.Length
            && read.Account.Rows == expected.Account.Rows
            && warnings == changed;
    }

    // A name that sorts in the opposite order of the year in it (2016-17 before 2013-14), keeping the year.
    private static string Reversed(string name)
    {
        var year = ReturnYears.FromName(name)!.Value.StartYear;
        return $"{(char)('z' - (year % 20))}_{name}";
    }

    // In each return but the last, a copy of an episode that the next return has too (open at the year's end) gets a
    // wrong PLACE, with probability 1 in 5; returns the files and the number of copies changed.
    private static ((string Name, string Text)[] Files, int Changed) CorruptEarlierCopies((string Name, string Text)[] files, Random random)
    {
        var episodes = files.Where(f => f.Name.StartsWith("episodes_", StringComparison.Ordinal)).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        var result = files.ToDictionary(f => f.Name, f => f.Text);
        int changed = 0;
        for (int y = 0; y + 1 < episodes.Count; y++)
        {
            var next = new HashSet<string>(episodes[y + 1].Text.Split('\n').Skip(1).Select(Key));
            var lines = episodes[y].Text.Split('\n');
            for (int i = 1; i < lines.Length; i++)
            {
                if (lines[i].Length == 0 || !next.Contains(Key(lines[i])) || random.Next(5) != 0)
                {
                    continue;
                }
                var cells = lines[i].Split(',');
                string[] others = [.. Places.Where(p => p != cells[5])];
                cells[5] = others[random.Next(others.Length)];
                lines[i] = string.Join(',', cells);
                changed++;
            }
            result[episodes[y].Name] = string.Join('\n', lines);
        }
        return ([.. result.Select(kv => (kv.Key, kv.Value))], changed);
    }

    private static string Key(string line) => string.Join(',', line.Split(',').Take(2));
}
