using ChildrensKpi.Readers;
using FsCheck.Xunit;
using static ChildrensKpi.Tests.Rules.Ssda903.Ssda903RuleFixture;

namespace ChildrensKpi.Tests.Rules.Ssda903;

/// <summary>What must hold of the rules comparing with last year for any return.</summary>
[Properties(MaxTest = 60)]
public class LastYearRuleProperties
{
    private static readonly string[] Sexes = ["M", "F", "U", ""];
    private static readonly string[] Dates = ["01/02/2010", "1/2/2010", "29/02/2012", "31/02/2012", ""];
    private static readonly string[] Ethnic = ["WBRI", "ABAN", "X", ""];
    private static readonly string[] Upns = ["A123456789012", "UN1", ""];
    private static readonly string[] Mothers = ["0", "1", ""];

    private static string Pick(string[] pool, int seed) => pool[Math.Abs(seed % pool.Length)];

    /// <summary>A Header compared with itself contradicts nothing: 202, 203, 204, 207, 208 and 624 flag no row, whatever the values.</summary>
    [Property]
    public bool Header_rules_never_flag_a_return_against_itself(int[] seeds)
    {
        var rows = (seeds ?? []).Take(12).Select((s, i) =>
            $"C{i},{Pick(Sexes, s)},{Pick(Dates, s / 4)},{Pick(Ethnic, s / 20)},{Pick(Upns, s / 80)},{Pick(Mothers, s / 240)},{Pick(Dates, s / 720)}").ToArray();
        var files = new[] { Rows("Header", rows), Episodes([.. rows.Select((_, i) => Ep($"C{i}", "01/05/2025", "S", "C2", "U1"))]) };
        return new[] { "202", "203", "204", "207", "208", "624" }.All(code => Flagged(code, 2025, Read(files), Read(files)).Length == 0);
    }

    /// <summary>
    /// 502 against the same episodes as last year flags at most one episode per child (its first), and never a child
    /// with one episode: a single episode, open at the end of the year, carries itself on.
    /// </summary>
    [Property]
    public bool Rule502_flags_at_most_each_childs_first_episode(int[] seeds)
    {
        var episodes = (seeds ?? []).Take(15).Select(s => (Child: $"C{Math.Abs(s % 4)}", Day: Math.Abs(s / 4 % 300), Open: s % 3 == 0)).ToList();
        var rows = episodes.Select(e =>
        {
            var start = new DateOnly(2024, 4, 1).AddDays(e.Day);
            return Ep(e.Child, start.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), "S", "C2", "U1",
                dec: e.Open ? "" : start.AddDays(10).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        }).ToArray();
        var file = Episodes(rows);
        var flagged = Flagged("502", 2025, Read(file), Read(file));
        var flaggedChildren = flagged.Select(l => episodes[int.Parse(l.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture) - 2].Child).ToList();
        return flaggedChildren.Distinct().Count() == flaggedChildren.Count
            && flaggedChildren.All(c => episodes.Count(e => e.Child == c) > 1);
    }
}
