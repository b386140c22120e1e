using ChildrensKpi.Readers;
using ChildrensKpi.Readers.Rules;
using ChildrensKpi.Readers.Rules.Ssda903;
using Xunit;
using static ChildrensKpi.Tests.Rules.Ssda903.Ssda903RuleFixture;

namespace ChildrensKpi.Tests.Rules.Ssda903;

/// <summary>
/// The rules comparing this year's return with last year's (the DfE's "_last" tables), one hand-worked fixture each:
/// rows that break the rule and the boundary rows that do not. Collection year 2025-26 (1 April 2025 to 31 March 2026)
/// unless stated; line 1 of each file is its header, so the first row is line 2.
/// </summary>
public sealed class LastYearRuleTests
{
    private static string[] FlaggedAgainst(string code, int year, (string, string)[] current, (string, string)[] previous) =>
        Flagged(code, year, Read(current), Read(previous));

    private const string Columns = EpisodesHeader;

    // One episode row, CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN.
    private static string Row(string child, string decom, string dec = "", string rne = "S", string ls = "C2", string cin = "N1",
        string place = "U1", string provider = "PR1", string urn = "1234567") =>
        $"{child},{decom},{rne},{ls},{cin},{place},{provider},{dec},{(dec.Length == 0 ? "" : "X1")},,,,{urn}";

    private static (string, string) Episodes(params string[] rows) => ("episodes.csv", Columns + "\n" + string.Join("\n", rows) + "\n");

    [Fact]
    public void Every_last_year_rule_is_not_run_without_last_years_return()
    {
        var validation = Ssda903Validator.Run(new CollectionYear(2025), Read(Episodes(Row("A", "01/05/2025"))));

        var codes = new[] { "202", "203", "204", "207", "208", "502", "503A", "503B", "503C", "503D", "503E", "503F", "559", "560", "561", "562", "576",
            "584", "624", "626", "1002", "1010", "NoE", "348", "205A", "205B", "205D", "1001" };
        foreach (var code in codes)
        {
            var outcome = validation.Outcomes.Single(o => o.Rule.Code == code);
            Assert.Equal(DfeRuleStatus.NotRun, outcome.Status);
            Assert.Contains("previous year's return", outcome.Reason, StringComparison.Ordinal);
        }
    }

    // 502. Last year: A's last episode (01/05/2024) is open and this year's first A episode starts 01/05/2024: the same
    // episode carried on, not flagged. B's last episode (01/06/2024) is open but this year's first starts 02/06/2024:
    // line 3 flagged. C left 01/01/2024 open but its last episode (01/02/2024, ended 01/03/2024) is closed: the record
    // ended closed, so this year's first C episode (line 4) is not flagged (the councils' validator flags it: any open
    // episode of last year counts there; the open earlier episode is rule 142's finding, in last year's return).
    [Fact]
    public void Rule502_first_episode_starts_as_last_years_open_episode()
    {
        var last = Episodes(Row("A", "01/05/2024"), Row("B", "01/06/2024"), Row("C", "01/01/2024"), Row("C", "01/02/2024", "01/03/2024"));
        var now = Episodes(Row("A", "01/05/2024"), Row("B", "02/06/2024"), Row("C", "01/05/2025"), Row("A", "01/06/2025"));

        Assert.Equal(["episodes.csv:3"], FlaggedAgainst("502", 2025, [now], [last]));
    }

    // 503A-503F. A's open episode at the end of last year is carried on with one field changed (line 2: flagged); B's is
    // carried on unchanged (line 3: not flagged); C's later episode this year (line 4) has the changed value but is not
    // the first (line 5 is, unchanged): not flagged.
    [Theory]
    [InlineData("503A", "RNE")]
    [InlineData("503B", "LS")]
    [InlineData("503C", "CIN")]
    [InlineData("503D", "PLACE")]
    [InlineData("503E", "PLACE_PROVIDER")]
    [InlineData("503F", "URN")]
    public void Rule503_first_episode_carries_on_last_years_open_episode(string code, string field)
    {
        string Changed(string child, string decom) => field switch
        {
            "RNE" => Row(child, decom, rne: "P"),
            "LS" => Row(child, decom, ls: "E1"),
            "CIN" => Row(child, decom, cin: "N2"),
            "PLACE" => Row(child, decom, place: "U2"),
            "PLACE_PROVIDER" => Row(child, decom, provider: "PR2"),
            _ => Row(child, decom, urn: "7654321"),
        };
        var last = Episodes(Row("A", "01/05/2024"), Row("B", "01/05/2024"), Row("C", "01/05/2024"));
        var now = Episodes(Changed("A", "01/05/2024"), Row("B", "01/05/2024"), Changed("C", "01/06/2025"), Row("C", "01/05/2024"));

        Assert.Equal(["episodes.csv:2"], FlaggedAgainst(code, 2025, [now], [last]));
    }

    // 503D's exception: in 2024-25 (the first year without H5) an H5 placement open at the end of 2023-24 may go on as
    // K3. In 2025-26 the same pair is a change of placement type.
    [Theory]
    [InlineData(2024, false)]
    [InlineData(2025, true)]
    public void Rule503D_H5_becoming_K3_is_no_change_in_2024_25_only(int year, bool flagged)
    {
        var last = Episodes(Row("A", "01/05/2023", place: "H5"));
        var now = Episodes(Row("A", "01/05/2023", place: "K3"));

        Assert.Equal(flagged ? ["episodes.csv:2"] : [], FlaggedAgainst("503D", year, [now], [last]));
    }

    // 562 and NoE, year starting 01/04/2025. A's first episode (01/02/2025) is last year's last: fine. B's first
    // (01/03/2025, line 3) is not last year's last (01/01/2025): 562. D's first (31/03/2025, line 4, the day before the
    // year) has no episode last year at all: 562 and NoE. C's first starts 01/04/2025, within the year: neither.
    [Theory]
    [InlineData("562", new[] { "episodes.csv:3", "episodes.csv:4" })]
    [InlineData("NoE", new[] { "episodes.csv:4" })]
    public void Rule562_and_NoE_an_episode_from_before_the_year_is_in_last_years_return(string code, string[] expected)
    {
        var last = Episodes(Row("A", "01/02/2025"), Row("B", "01/01/2025"));
        var now = Episodes(Row("A", "01/02/2025"), Row("B", "01/03/2025"), Row("D", "31/03/2025"), Row("C", "01/04/2025"));

        Assert.Equal(expected, FlaggedAgainst(code, 2025, [now], [last]));
    }

    // 1002 and 1010, OC3 rows E (line 2), F (3), G (4), H (5). E has an episode this year: neither. F has none in
    // either year: 1002. G has none this year, and last year's last episode is open: 1010. H has none this year and
    // last year's last episode ended: neither.
    [Theory]
    [InlineData("1002", "oc3.csv:3")]
    [InlineData("1010", "oc3.csv:4")]
    public void Rule1002_and_1010_care_leavers_and_their_episodes(string code, string expected)
    {
        var oc3 = Rows("OC3", "E,01/01/2006,YES,F1,S", "F,01/01/2006,YES,F1,S", "G,01/01/2006,YES,F1,S", "H,01/01/2006,YES,F1,S");
        var last = Episodes(Row("G", "01/01/2025"), Row("H", "01/01/2024", "01/03/2025"));
        var now = Episodes(Row("E", "01/05/2025"));

        Assert.Equal([expected], FlaggedAgainst(code, 2025, [now, oc3], [last]));
    }

    // The Header compared with last year's, C1-C4 on lines 2-5: C1's value differs (flagged); C2's is the same; C3 had
    // none recorded last year (no contradiction); C4 has none this year (no contradiction here either). DOBs written
    // 1/2/2010 and 01/02/2010 are one date.
    [Theory]
    [InlineData("202", "SEX", "M", "F", "M")]
    [InlineData("203", "DOB", "01/02/2010", "02/02/2010", "1/2/2010")]
    [InlineData("204", "ETHNIC", "WBRI", "ABAN", "WBRI")]
    [InlineData("208", "UPN", "A123456789012", "A123456789013", "A123456789012")]
    [InlineData("624", "MC_DOB", "01/02/2024", "01/03/2024", "1/2/2024")]
    public void Header_values_agree_with_last_year(string code, string field, string lastValue, string differs, string same)
    {
        var last = Column("Header", field, lastValue, lastValue, "", lastValue);
        var now = Column("Header", field, differs, same, differs, "");

        Assert.Equal(["header.csv:2"], FlaggedAgainst(code, 2025, [now], [last]));
    }

    // 207: C1 was a mother last year (MOTHER 1) and is recorded 0 this year, with an episode: flagged. C2 is 1 in both;
    // C3 was 0 and is 1 (became a mother); C4 was 1 and is 0 but has no episode this year (a care leaver): none flagged.
    [Fact]
    public void Rule207_a_mother_last_year_is_one_this_year()
    {
        var last = Column("Header", "MOTHER", "1", "1", "0", "1");
        var now = Column("Header", "MOTHER", "0", "1", "1", "0");
        var episodes = Episodes(Row("C1", "01/05/2025"), Row("C2", "01/05/2025"), Row("C3", "01/05/2025"));

        Assert.Equal(["header.csv:2"], FlaggedAgainst("207", 2025, [now, episodes], [last]));
    }

    // 626, the year starting 01/04/2025: C1 is a mother (1) whose first child was born 31/03/2025, before the year, yet
    // was recorded 0 last year: flagged. C2's child was born 01/04/2025, in the year (a mother since): not. C3 was
    // recorded 1 last year: not. C4 had no status recorded last year: not.
    [Fact]
    public void Rule626_a_mother_of_a_child_born_before_the_year_was_a_mother_last_year()
    {
        var last = Rows("Header", "C1,F,01/01/2008,WBRI,,0,", "C2,F,01/01/2008,WBRI,,0,", "C3,F,01/01/2008,WBRI,,1,31/03/2025",
            "C4,F,01/01/2008,WBRI,,,");
        var now = Rows("Header", "C1,F,01/01/2008,WBRI,,1,31/03/2025", "C2,F,01/01/2008,WBRI,,1,01/04/2025", "C3,F,01/01/2008,WBRI,,1,31/03/2025",
            "C4,F,01/01/2008,WBRI,,1,31/03/2025");

        Assert.Equal(["header.csv:2"], FlaggedAgainst("626", 2025, [now], [last]));
    }

    // 348 (from 2025-26): C1 was reported DIED last year and is reported YES this year: flagged. C2 is DIED in both
    // years: not. C3 was YES last year and is DIED this year: not.
    [Fact]
    public void Rule348_a_care_leaver_reported_dead_last_year_is_not_reported_otherwise()
    {
        var last = Column("OC3", "IN_TOUCH", "DIED", "DIED", "YES");
        var now = Column("OC3", "IN_TOUCH", "YES", "DIED", "DIED");

        Assert.Equal(["oc3.csv:2"], FlaggedAgainst("348", 2025, [now], [last]));
    }

    // PlacedAdoption: CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED; the year starts 01/04/2025.
    // 559: C1 decided 31/03/2025 (before the year) with no record last year: flagged; C2 decided 01/04/2025 (in the
    // year): not; C3 decided 01/01/2025 and recorded last year: not.
    [Fact]
    public void Rule559_a_decision_before_the_year_was_in_last_years_return()
    {
        var last = Rows("PlacedAdoption", "C3,,01/01/2025,,");
        var now = Rows("PlacedAdoption", "C1,,31/03/2025,,", "C2,,01/04/2025,,", "C3,,01/01/2025,,");

        Assert.Equal(["placed_for_adoption.csv:2"], FlaggedAgainst("559", 2025, [now], [last]));
    }

    // 560: last year's decision stands for C1 (01/01/2025, not ceased) but this year's is 02/01/2025: flagged. C2 is
    // written 1/1/2025, the same date: not. C3's decision ceased last year, so a new date is expected: not.
    [Fact]
    public void Rule560_a_decision_that_stands_keeps_its_date()
    {
        var last = Rows("PlacedAdoption", "C1,,01/01/2025,,", "C2,,01/01/2025,,", "C3,,01/01/2025,01/03/2025,RD1");
        var now = Rows("PlacedAdoption", "C1,,02/01/2025,,", "C2,,1/1/2025,,", "C3,,02/01/2025,,");

        Assert.Equal(["placed_for_adoption.csv:2"], FlaggedAgainst("560", 2025, [now], [last]));
    }

    // 561 and 584: C1's decision of 01/01/2025 ceased last year, yet this year gives 01/01/2025 again: 561 and 584 (not
    // after last year's). C2 gives 02/05/2025 after the cessation (a new decision, later): neither. C3 gives no date
    // after a ceased decision: 584 only (561 needs a date to be the same). C4's decision did not cease and keeps its
    // date: neither.
    [Theory]
    [InlineData("561", new[] { "placed_for_adoption.csv:2" })]
    [InlineData("584", new[] { "placed_for_adoption.csv:2", "placed_for_adoption.csv:4" })]
    public void Rule561_and_584_after_a_decision_changed_a_new_decision_is_later(string code, string[] expected)
    {
        var last = Rows("PlacedAdoption", "C1,,01/01/2025,01/03/2025,RD1", "C2,,01/01/2025,01/03/2025,RD1", "C3,,01/01/2025,,RD1",
            "C4,,01/01/2025,,");
        var now = Rows("PlacedAdoption", "C1,,01/01/2025,,", "C2,,02/05/2025,,", "C3,,,,", "C4,,01/01/2025,,");

        Assert.Equal(expected, FlaggedAgainst(code, 2025, [now], [last]));
    }

    // 576, Missing (CHILD,DOB,MISSING,MIS_START,MIS_END). C1's period open at the end of last year (from 01/03/2025)
    // goes on as this year's first (line 2): fine. C2's open period started 01/03/2025 but this year's first starts
    // 02/03/2025 (line 3): flagged. C3's period last year ended: its later start (line 4) is fine. C4's open period has
    // no period this year at all: last year's row (line 5 of last year's file) is flagged.
    [Fact]
    public void Rule576_a_missing_period_open_last_year_goes_on_this_year()
    {
        var last = Rows("Missing", "C1,,M,01/03/2025,", "C2,,M,01/03/2025,", "C3,,M,01/03/2025,05/03/2025", "C4,,M,01/03/2025,");
        var now = Rows("Missing", "C1,,M,01/03/2025,10/04/2025", "C2,,M,02/03/2025,", "C3,,M,10/04/2025,");

        Assert.Equal(["missing.csv:3", "prev:missing.csv:5"], FlaggedAgainst("576", 2025, [now], [last]));
    }
}
