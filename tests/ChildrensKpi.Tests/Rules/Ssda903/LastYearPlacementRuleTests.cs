using ChildrensKpi.Readers;
using ChildrensKpi.Readers.Rules;
using ChildrensKpi.Readers.Rules.Ssda903;
using Xunit;
using static ChildrensKpi.Tests.Rules.Ssda903.Ssda903RuleFixture;

namespace ChildrensKpi.Tests.Rules.Ssda903;

/// <summary>
/// 452, 453, 503G, 503H and 503J (the open episode carried on keeps its distance, LA and location, all derived from postcodes)
/// and the postcode lookup they read, hand-worked in 2025-26 with the council E09000027.
/// </summary>
public sealed class LastYearPlacementRuleTests
{
    // AB1 1AB is 3,000 m east and 4,000 m north of AB1 1AA: 5,000 m = 3.107 miles, recorded 3.1. AB2 2AA is 10,000 m
    // north of AB1 1AA: 6.214 miles, 6.2, and in another authority.
    private const string Lookup = "Postcode,Easting,Northing,LaCode\nAB1 1AA,530000,180000,E09000027\nAB1 1AB,533000,184000,E09000027\nAB2 2AA,530000,190000,E09000001\n";

    private static DfePostcodeLookup Postcodes() => DfePostcodeLookup.Read(InputFile.FromText("postcodes.csv", Lookup));

    // Every child's home is AB1 1AA. Last year each has an open episode from 01/05/2024 (RNE S); this year's first
    // episode is the same one (lines 2-5). A moved from AB1 1AA (E09000027, IN, 0.0 miles) to AB2 2AA (E09000001, OUT,
    // 6.2): flagged by all five. B moved from AB1 1AA to AB1 1AB (same LA, IN; 0.0 to 3.1 miles): the distance rules
    // only. C was placed at ZZ9 9ZZ, which the lookup does not know, so nothing is known to differ: not judged. D moved as
    // A did but this year's first episode has RNE P, another start: 503G-503J flag it, 452 and 453 do not.
    [Theory]
    [InlineData("452", new[] { "episodes.csv:2" })]
    [InlineData("453", new[] { "episodes.csv:2", "episodes.csv:3" })]
    [InlineData("503G", new[] { "episodes.csv:2", "episodes.csv:3", "episodes.csv:5" })]
    [InlineData("503H", new[] { "episodes.csv:2", "episodes.csv:5" })]
    [InlineData("503J", new[] { "episodes.csv:2", "episodes.csv:5" })]
    public void Rule503G_H_J_carried_over_episode_keeps_its_placement_geography(string code, string[] expected)
    {
        var last = Read(Episodes(Ep("A", "01/05/2024", "S", "C2", "U1", homePost: "AB1 1AA", plPost: "AB1 1AA"),
            Ep("B", "01/05/2024", "S", "C2", "U1", homePost: "AB1 1AA", plPost: "AB1 1AA"),
            Ep("C", "01/05/2024", "S", "C2", "U1", homePost: "AB1 1AA", plPost: "ZZ9 9ZZ"),
            Ep("D", "01/05/2024", "S", "C2", "U1", homePost: "AB1 1AA", plPost: "AB1 1AA")));
        var now = Read(Episodes(Ep("A", "01/05/2024", "S", "C2", "U1", homePost: "AB1 1AA", plPost: "AB2 2AA"),
            Ep("B", "01/05/2024", "S", "C2", "U1", homePost: "AB1 1AA", plPost: "AB1 1AB"),
            Ep("C", "01/05/2024", "S", "C2", "U1", homePost: "AB1 1AA", plPost: "AB2 2AA"),
            Ep("D", "01/05/2024", "P", "C2", "U1", homePost: "AB1 1AA", plPost: "AB2 2AA")));

        var validation = Ssda903Validator.Run(new CollectionYear(2025), now, last, DfeReference.None, "E09000027", postcodes: Postcodes());

        Assert.Equal(DfeRuleStatus.Ran, validation.Outcomes.Single(o => o.Rule.Code == code).Status);
        Assert.Equal(expected, validation.Findings.Where(f => f.RuleId == "903-" + code).Select(f => f.Locator).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_a_postcode_lookup_the_rules_are_not_run_and_say_so()
    {
        var episodes = Read(Episodes(Ep("A", "01/05/2024", "S", "C2", "U1", homePost: "AB1 1AA", plPost: "AB1 1AA")));

        var validation = Ssda903Validator.Run(new CollectionYear(2025), episodes, episodes, DfeReference.None, "E09000027");
        var withoutCouncil = Ssda903Validator.Run(new CollectionYear(2025), episodes, episodes, DfeReference.None, null, postcodes: Postcodes());

        foreach (var code in new[] { "452", "453", "503G", "503H", "503J" })
        {
            var outcome = validation.Outcomes.Single(o => o.Rule.Code == code);
            Assert.Equal(DfeRuleStatus.NotRun, outcome.Status);
            Assert.Contains("a postcode lookup", outcome.Reason, StringComparison.Ordinal);
        }
        var location = withoutCouncil.Outcomes.Single(o => o.Rule.Code == "503J");
        Assert.Equal(DfeRuleStatus.NotRun, location.Status);
        Assert.Contains("local authority code", location.Reason, StringComparison.Ordinal);
        Assert.Equal(DfeRuleStatus.Ran, withoutCouncil.Outcomes.Single(o => o.Rule.Code == "503H").Status);
    }

    // Spaces and case in a postcode are ignored; a grid reference that is not digits and a repeated postcode are
    // rejected with the rule, the first row of a postcode kept. Distances: 3,000 m and 4,000 m make 5,000 m, 3.1 miles.
    [Fact]
    public void The_lookup_reads_postcodes_as_written_and_rejects_what_it_cannot_use()
    {
        var lookup = DfePostcodeLookup.Read(InputFile.FromText("postcodes.csv",
            Lookup + "AB3 3AA,five,180000,E09000027\nAB11AA,1,1,E09000099\n"));

        Assert.Equal(3, lookup.Count);
        Assert.Equal(["Easting must be a whole number of metres (digits only)", "a postcode is given once (its first row is used)"],
            lookup.Account.Rejections.Select(r => r.Rule));
        Assert.Equal("E09000027", lookup.Find("ab1 1aa")?.LocalAuthority);
        Assert.Equal(3.1, lookup.Miles("AB11AA", "AB1 1AB"));
        Assert.Null(lookup.Miles("AB1 1AA", "ZZ9 9ZZ"));
    }
}
