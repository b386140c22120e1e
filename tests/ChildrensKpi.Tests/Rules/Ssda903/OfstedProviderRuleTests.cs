using ChildrensKpi.Readers;
using ChildrensKpi.Readers.Rules;
using ChildrensKpi.Readers.Rules.Ssda903;
using Xunit;
using static ChildrensKpi.Tests.Rules.Ssda903.Ssda903RuleFixture;

namespace ChildrensKpi.Tests.Rules.Ssda903;

/// <summary>
/// 219, 221, 224, 227, 228, 229 and 1008 (an episode's URN against the Ofsted provider lists) and 633 (LA_PERM against
/// the local authority numbers), hand-worked in 2025-26 (1 April 2025 to 31 March 2026) with the council E09000027.
/// Line 1 of each file is its header, so the first row is line 2.
/// </summary>
public sealed class OfstedProviderRuleTests
{
    // SC100001: registered for K2 and R1 placements by PR4 and PR5, at AB1 1AB, in the council's own area, still open.
    // SC100002: K2 by PR2, at AB2 2AA in E09000001, registration ended 01/06/2025.
    // SC100003: listed with nothing known of it.
    private const string Providers = "Urn,PlaceCodes,ProviderCodes,Postcode,LaCode,RegistrationEnd\n"
        + "SC100001,K2 R1,PR4;PR5,AB1 1AB,E09000027,\n"
        + "SC100002,K2,PR2,AB2 2AA,E09000001,01/06/2025\n"
        + "SC100003,,,,,\n";

    private static DfeOfstedProviders Lists() => DfeOfstedProviders.Read(InputFile.FromText("providers.csv", Providers));

    // An episode row with its URN (Ep leaves the URN, the last column, blank).
    private static string Row(string child, string decom, string dec, string place, string provider, string plPost, string urn) =>
        Ep(child, decom, "S", "C2", place, provider, dec, dec.Length == 0 ? "" : "E4A", plPost: plPost) + urn;

    // Lines, and what each breaks:
    //  2 A K2 PR4 AB1 1AB SC100001 from 01/05/2025, open            nothing
    //  3 B R2 PR5 ab11ab  sc100001                                  219 (R2 not registered); the postcode matches
    //  4 C K2 PR1 AB1 1AB SC100001                                  224 (PR1 not registered); 229 not (own area)
    //  5 D K2 PR2 AB1 1AA SC100002 from 01/06/2025, open            221, 227 (starts the day it closed), 228 (open at 31/03/2026)
    //  6 E K2 PR2 AB2 2AA SC100002 31/05/2025-01/06/2025            nothing (ends the day it closed)
    //  7 F K2 PR2 AB2 2AA SC100002 01/05/2025-02/06/2025            228 (ends the day after)
    //  8 G K2 PR1 AB2 2AA SC100002 01/04/2025-15/05/2025            224, 229 (own provision in E09000001)
    //  9 H K2 PR2 AB1 1AB SC100001                                  224, 229 (another LA's provision in the council's own area)
    // 10 I K2 PR4         SC999999                                  1008 (not listed)
    // 11 J K2 PR4         XXXXXXX                                   nothing (the placeholder)
    // 12 K K2 PR4 AB1 1AB SC100003                                  219, 221, 224 (registered for nothing, at no postcode)
    // 13 L K2 PR4 (blank) SC100001                                  nothing (no placement postcode to compare)
    private static Ssda903ReturnTables Return() => Read(Episodes(
        Row("A", "01/05/2025", "", "K2", "PR4", "AB1 1AB", "SC100001"),
        Row("B", "01/05/2025", "", "R2", "PR5", "ab11ab", "sc100001"),
        Row("C", "01/05/2025", "", "K2", "PR1", "AB1 1AB", "SC100001"),
        Row("D", "01/06/2025", "", "K2", "PR2", "AB1 1AA", "SC100002"),
        Row("E", "31/05/2025", "01/06/2025", "K2", "PR2", "AB2 2AA", "SC100002"),
        Row("F", "01/05/2025", "02/06/2025", "K2", "PR2", "AB2 2AA", "SC100002"),
        Row("G", "01/04/2025", "15/05/2025", "K2", "PR1", "AB2 2AA", "SC100002"),
        Row("H", "01/05/2025", "", "K2", "PR2", "AB1 1AB", "SC100001"),
        Row("I", "01/05/2025", "", "K2", "PR4", "", "SC999999"),
        Row("J", "01/05/2025", "", "K2", "PR4", "", "XXXXXXX"),
        Row("K", "01/05/2025", "", "K2", "PR4", "AB1 1AB", "SC100003"),
        Row("L", "01/05/2025", "", "K2", "PR4", "", "SC100001")));

    private static string[] Lines(params int[] lines) => [.. lines.Select(l => $"episodes.csv:{l}").Order(StringComparer.Ordinal)];

    public static TheoryData<string, string[]> Expected => new()
    {
        { "1008", Lines(10) },
        { "219", Lines(3, 12) },
        { "221", Lines(5, 12) },
        { "224", Lines(4, 8, 9, 12) },
        { "227", Lines(5) },
        { "228", Lines(5, 7) },
        { "229", Lines(8, 9) },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_rule_flags_the_hand_worked_rows(string code, string[] expected)
    {
        var validation = Ssda903Validator.Run(new CollectionYear(2025), Return(), null, DfeReference.None, "E09000027",
            reference: new DfeReferenceData { OfstedProviders = Lists() });

        Assert.Equal(DfeRuleStatus.Ran, validation.Outcomes.Single(o => o.Rule.Code == code).Status);
        Assert.Equal(expected, validation.Findings.Where(f => f.RuleId == "903-" + code).Select(f => f.Locator).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_the_lists_the_urn_rules_are_not_run_and_say_so()
    {
        var validation = Ssda903Validator.Run(new CollectionYear(2025), Return(), null, DfeReference.None, "E09000027");
        var withoutCouncil = Ssda903Validator.Run(new CollectionYear(2025), Return(), null, DfeReference.None, null,
            reference: new DfeReferenceData { OfstedProviders = Lists() });

        foreach (var code in new[] { "1008", "219", "221", "224", "227", "228", "229" })
        {
            var outcome = validation.Outcomes.Single(o => o.Rule.Code == code);
            Assert.Equal(DfeRuleStatus.NotRun, outcome.Status);
            Assert.Contains("the Ofsted provider lists", outcome.Reason, StringComparison.Ordinal);
        }
        Assert.Equal(DfeRuleStatus.NotRun, withoutCouncil.Outcomes.Single(o => o.Rule.Code == "229").Status);
        Assert.Equal(DfeRuleStatus.Ran, withoutCouncil.Outcomes.Single(o => o.Rule.Code == "224").Status);
    }

    // A URN given twice keeps its first row; a RegistrationEnd that is not a date, and a blank URN, are rejected.
    [Fact]
    public void The_lists_reject_what_they_cannot_use()
    {
        var lists = DfeOfstedProviders.Read(InputFile.FromText("providers.csv",
            Providers + "SC100001,K1,PR1,,,\nSC100004,K2,PR4,,,31/02/2025\n,K2,PR4,,,\n"));

        Assert.Equal(3, lists.Count);
        Assert.Equal(["a URN is given once (its first row is used)", "RegistrationEnd must be a valid date (dd/mm/yyyy or yyyy-mm-dd) or empty", "Urn must be given"],
            lists.Account.Rejections.Select(r => r.Rule));
    }

    // 633. The list holds 201, 204 and 212. LA_PERM values (lines 2-8): 201 (listed), 458 (not), SCO (another UK
    // nation), blank (not judged), 212, NUK (abroad), 20 (not three digits, not listed). Flagged: lines 3 and 8.
    [Fact]
    public void Rule633_la_perm_is_a_listed_authority_or_outside_england()
    {
        var numbers = DfeLocalAuthorityNumbers.Read(InputFile.FromText("la.csv", "LaNumber,Name\n201,City of London\n204,Hackney\n212,Wandsworth\n"));
        var current = Read(Column("PrevPerm", "LA_PERM", "201", "458", "SCO", "", "212", "NUK", "20"));

        var validation = Ssda903Validator.Run(new CollectionYear(2025), current, null, DfeReference.None, "E09000027",
            reference: new DfeReferenceData { LocalAuthorityNumbers = numbers });
        var without = Ssda903Validator.Run(new CollectionYear(2025), current, null, DfeReference.None, "E09000027");

        Assert.Equal(["previous_permanence.csv:3", "previous_permanence.csv:8"],
            validation.Findings.Where(f => f.RuleId == "903-633").Select(f => f.Locator).Order(StringComparer.Ordinal));
        var notRun = without.Outcomes.Single(o => o.Rule.Code == "633");
        Assert.Equal(DfeRuleStatus.NotRun, notRun.Status);
        Assert.Contains("the list of local authority numbers", notRun.Reason, StringComparison.Ordinal);
    }

    // A number is three digits, once: 0201 and "abc" are rejected, a second 201 too.
    [Fact]
    public void The_local_authority_numbers_reject_what_is_not_three_digits()
    {
        var numbers = DfeLocalAuthorityNumbers.Read(InputFile.FromText("la.csv", "LaNumber\n201\n0201\nabc\n201\n318\n"));

        Assert.Equal(["201", "318"], numbers.Numbers.ToArray());
        Assert.Equal(3, numbers.Account.Rejections.Length);
    }
}
