using ChildrensKpi.Readers;
using ChildrensKpi.Readers.Rules;
using ChildrensKpi.Readers.Rules.Ssda903;
using Xunit;
using static ChildrensKpi.Tests.Rules.Ssda903.Ssda903RuleFixture;

namespace ChildrensKpi.Tests.Rules.Ssda903;

/// <summary>
/// 164, 169, 179, 392a-392d, 406, 420, 454 and 1015 (the placement's postcodes and what the DfE derives from them),
/// hand-worked in 2025-26 with the council E09000027. Line 1 of each file is its header, so the first row is line 2.
/// </summary>
public sealed class PlacementLocationRuleTests
{
    // Grid references in metres; a mile is 1,609.344 m and distances are recorded to 0.1 mile (half away from zero).
    // AB1 1AB is 3,000 m east and 4,000 m north of AB1 1AA: 5,000 m = 3.1 miles, same LA. AB2 2AA is 10,000 m north of
    // AB1 1AA, in E09000001. The FAR postcodes are due north of AB1 1AA (530000, 180000) by:
    //   FAR 1AA   563,270 m = 349.9998 mi -> 350.0 (not over 350)
    //   FAR 2AA   563,432 m = 350.1004 mi -> 350.1 (over 350)
    //   FAR 4AA 1,609,183 m = 999.8999 mi -> 999.9 (a distance PL_DISTANCE can hold)
    //   FAR 3AA 1,609,344 m = 1000.0 mi            (one it cannot)
    private const string Lookup = "Postcode,Easting,Northing,LaCode\n"
        + "AB1 1AA,530000,180000,E09000027\nAB1 1AB,533000,184000,E09000027\nAB2 2AA,530000,190000,E09000001\n"
        + "FAR 1AA,530000,743270,E06000057\nFAR 2AA,530000,743432,E06000057\nFAR 3AA,530000,1789344,E06000057\nFAR 4AA,530000,1789183,E06000057\n";

    private static DfePostcodeLookup Postcodes() => DfePostcodeLookup.Read(InputFile.FromText("postcodes.csv", Lookup));

    // Lines, and what each breaks:
    //  2 A  C2 U1 PR1 AB1 1AA -> AB1 1AB   own LA, 3.1 mi: nothing
    //  3 B  C2 R1 PR1 AB1 1AA -> AB2 2AA   own provision in E09000001, not foster or adoption: 1015
    //  4 C  C2 U1 PR1 AB1 1AA -> AB2 2AA   the same, but a foster placement: nothing
    //  5 D  C2 U1 PR4 AB1 1AA -> ZZ9 9ZZ   a placement postcode the lookup lacks: 169, 179, 392a, 392c
    //  6 E  C2 U1 PR4 (blank) -> AB1 1AB   no home postcode: 392a, 392b
    //  7 F  V3 U1     (blank) -> (blank)   a short break, no postcodes: nothing
    //  8 G  V4 U1     (blank) -> AB2 2AA   a short break with a placement LA: 420
    //  9 H  C2 U1 PR4 AB1 1AA -> AB1 1AB   UASC with a distance: 406
    // 10 I  C2 U1 PR4 (blank) -> (blank)   UASC without postcodes: 169, 179 (no LA), not 392a, 392b
    // 11 J  C2 R1 PR4 AB1 1AA -> AB1 1AA   the same postcode, not placed with parents: 392d
    // 12 K  C2 P1 PR0 AB1 1AA -> ab11aa    the same postcode (spaces and case ignored), placed with parents: nothing
    // 13 L  C2 U1 PR4 AB1 1AA -> FAR 2AA   350.1 mi: 454
    // 14 M  C2 U1 PR4 AB1 1AA -> FAR 1AA   350.0 mi: nothing
    // 15 N  C2 U1 PR4 AB1 1AA -> FAR 3AA   1000.0 mi: 164, 454
    // 16 O  C2 U1 PR4 AB1 1AA -> FAR 4AA   999.9 mi: 454
    // 17 P  C2 R1 PR1 AB1 1AA -> (blank)   no placement postcode: 169, 179, 392a, 392b (1015 cannot tell the LA)
    private static Ssda903ReturnTables Return() => Read(
        Episodes(
            Ep("A", "01/05/2025", "S", "C2", "U1", "PR1", homePost: "AB1 1AA", plPost: "AB1 1AB"),
            Ep("B", "01/05/2025", "S", "C2", "R1", "PR1", homePost: "AB1 1AA", plPost: "AB2 2AA"),
            Ep("C", "01/05/2025", "S", "C2", "U1", "PR1", homePost: "AB1 1AA", plPost: "AB2 2AA"),
            Ep("D", "01/05/2025", "S", "C2", "U1", "PR4", homePost: "AB1 1AA", plPost: "ZZ9 9ZZ"),
            Ep("E", "01/05/2025", "S", "C2", "U1", "PR4", plPost: "AB1 1AB"),
            Ep("F", "01/05/2025", "S", "V3", "U1"),
            Ep("G", "01/05/2025", "S", "V4", "U1", plPost: "AB2 2AA"),
            Ep("H", "01/05/2025", "S", "C2", "U1", "PR4", homePost: "AB1 1AA", plPost: "AB1 1AB"),
            Ep("I", "01/05/2025", "S", "C2", "U1", "PR4"),
            Ep("J", "01/05/2025", "S", "C2", "R1", "PR4", homePost: "AB1 1AA", plPost: "AB1 1AA"),
            Ep("K", "01/05/2025", "S", "C2", "P1", "PR0", homePost: "AB1 1AA", plPost: "ab11aa"),
            Ep("L", "01/05/2025", "S", "C2", "U1", "PR4", homePost: "AB1 1AA", plPost: "FAR 2AA"),
            Ep("M", "01/05/2025", "S", "C2", "U1", "PR4", homePost: "AB1 1AA", plPost: "FAR 1AA"),
            Ep("N", "01/05/2025", "S", "C2", "U1", "PR4", homePost: "AB1 1AA", plPost: "FAR 3AA"),
            Ep("O", "01/05/2025", "S", "C2", "U1", "PR4", homePost: "AB1 1AA", plPost: "FAR 4AA"),
            Ep("P", "01/05/2025", "S", "C2", "R1", "PR1", homePost: "AB1 1AA")),
        Rows("UASC", "H,M,01/01/2009,01/01/2027", "I,M,01/01/2009,01/01/2027"));

    private static string[] Lines(params int[] lines) => [.. lines.Select(l => $"episodes.csv:{l}").Order(StringComparer.Ordinal)];

    public static TheoryData<string, string[]> Expected => new()
    {
        { "164", Lines(15) },
        { "169", Lines(5, 10, 17) },
        { "179", Lines(5, 10, 17) },
        { "392a", Lines(5, 6, 17) },
        { "392b", Lines(6, 17) },
        { "392c", Lines(5) },
        { "392d", Lines(11) },
        { "406", Lines(9) },
        { "420", Lines(8) },
        { "454", Lines(13, 15, 16) },
        { "1015", Lines(3) },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_rule_flags_the_hand_worked_rows(string code, string[] expected)
    {
        var validation = Ssda903Validator.Run(new CollectionYear(2025), Return(), null, DfeReference.None, "E09000027", postcodes: Postcodes());

        Assert.Equal(DfeRuleStatus.Ran, validation.Outcomes.Single(o => o.Rule.Code == code).Status);
        Assert.Equal(expected, validation.Findings.Where(f => f.RuleId == "903-" + code).Select(f => f.Locator).Order(StringComparer.Ordinal));
    }

    // The rules reading derived values are not run without the lookup (179 and 1015 also not without the council's
    // code), with the reason; 392b and 392d read the return alone and run.
    [Fact]
    public void Without_the_lookup_or_the_council_the_rules_that_need_them_are_not_run()
    {
        var withoutLookup = Ssda903Validator.Run(new CollectionYear(2025), Return(), null, DfeReference.None, "E09000027");
        var withoutCouncil = Ssda903Validator.Run(new CollectionYear(2025), Return(), null, DfeReference.None, null, postcodes: Postcodes());

        foreach (var code in new[] { "164", "169", "179", "392a", "392c", "406", "420", "454", "1015" })
        {
            var outcome = withoutLookup.Outcomes.Single(o => o.Rule.Code == code);
            Assert.Equal(DfeRuleStatus.NotRun, outcome.Status);
            Assert.Contains("a postcode lookup", outcome.Reason, StringComparison.Ordinal);
            Assert.DoesNotContain(withoutLookup.Findings, f => f.RuleId == "903-" + code);
        }
        foreach (var code in new[] { "179", "1015" })
        {
            var outcome = withoutCouncil.Outcomes.Single(o => o.Rule.Code == code);
            Assert.Equal(DfeRuleStatus.NotRun, outcome.Status);
            Assert.Contains("local authority code", outcome.Reason, StringComparison.Ordinal);
        }
        Assert.Equal(DfeRuleStatus.Ran, withoutLookup.Outcomes.Single(o => o.Rule.Code == "392b").Status);
        Assert.Equal(DfeRuleStatus.Ran, withoutLookup.Outcomes.Single(o => o.Rule.Code == "392d").Status);
        Assert.Equal(DfeRuleStatus.Ran, withoutCouncil.Outcomes.Single(o => o.Rule.Code == "169").Status);
    }

    // Q was UASC last year (a row in last year's UASC table) and not this year. This year Q has no home postcode
    // (line 2), and R, also UASC last year, has a distance of 3.1 miles (line 3). Without last year's return neither is
    // known to be formerly UASC: 392a and 392b flag Q, 406 nothing. With it, Q is passed over and R is flagged by 406.
    [Fact]
    public void Formerly_uasc_is_read_from_last_years_return_when_given()
    {
        var now = Read(Episodes(Ep("Q", "01/05/2025", "S", "C2", "U1", "PR4", plPost: "AB1 1AB"),
            Ep("R", "01/05/2025", "S", "C2", "U1", "PR4", homePost: "AB1 1AA", plPost: "AB1 1AB")));
        var last = Read(Episodes(Ep("Q", "01/05/2024", "S", "C2", "U1", "PR4")),
            Rows("UASC", "Q,M,01/01/2009,01/01/2027", "R,M,01/01/2009,01/01/2027"));

        string[] Flags(Ssda903ReturnTables? previous, string code) =>
            [.. Ssda903Validator.Run(new CollectionYear(2025), now, previous, DfeReference.None, "E09000027", postcodes: Postcodes())
                .Findings.Where(f => f.RuleId == "903-" + code).Select(f => f.Locator)];

        Assert.Equal(["episodes.csv:2"], Flags(null, "392a"));
        Assert.Equal(["episodes.csv:2"], Flags(null, "392b"));
        Assert.Empty(Flags(null, "406"));
        Assert.Empty(Flags(last, "392a"));
        Assert.Empty(Flags(last, "392b"));
        Assert.Equal(["episodes.csv:3"], Flags(last, "406"));
    }
}
