using ChildrensKpi.Readers;
using ChildrensKpi.Readers.Rules;
using Xunit;

namespace ChildrensKpi.Tests.Rules;

public sealed class DfeRuleListTests
{
    [Fact]
    public void Years_are_the_lists_embedded()
    {
        Assert.Equal(["2022-23", "2023-24", "2024-25", "2025-26", "2026-27"], DfeRuleList.Years(DfeReturn.Ssda903).Select(y => y.ToString()));
        Assert.Equal(["2022-23", "2023-24", "2024-25", "2025-26"], DfeRuleList.Years(DfeReturn.ChildrenInNeed).Select(y => y.ToString()));
    }

    [Fact]
    public void The_2025_26_lists_hold_the_counts_the_conformance_suite_states()
    {
        // ../shared/conformance/README.md: lac2025_26 has 311 rules, cin2025_26 109 (83 errors, 26 queries).
        var lac = DfeRuleList.For(DfeReturn.Ssda903, new CollectionYear(2025));
        var cin = DfeRuleList.For(DfeReturn.ChildrenInNeed, new CollectionYear(2025));
        Assert.Equal(311, lac.Length);
        Assert.Equal(109, cin.Length);
        Assert.Equal(26, cin.Count(r => r.Kind == DfeRuleKind.Query));
    }

    [Fact]
    public void A_rule_keeps_its_message_tables_and_fields()
    {
        var rule = Assert.Single(DfeRuleList.For(DfeReturn.Ssda903, new CollectionYear(2025)), r => r.Code == "134");
        Assert.Equal("903-134", rule.Id);
        Assert.Equal(["OC3", "AD1"], rule.Tables.ToArray());
        Assert.Contains("DATE_MATCH", rule.Fields);
        Assert.Equal("Data on adoption should not be entered for the OC3 cohort.", rule.Message);
    }

    [Fact]
    public void An_unknown_year_is_refused_naming_the_known_ones()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DfeRuleList.For(DfeReturn.ChildrenInNeed, new CollectionYear(2030)));
        Assert.Contains("2025-26", ex.Message, StringComparison.Ordinal);
        Assert.Equal(new CollectionYear(2025), DfeRuleList.Nearest(DfeReturn.ChildrenInNeed, new CollectionYear(2030)));
        Assert.Equal(new CollectionYear(2022), DfeRuleList.Nearest(DfeReturn.ChildrenInNeed, new CollectionYear(2010)));
    }
}
