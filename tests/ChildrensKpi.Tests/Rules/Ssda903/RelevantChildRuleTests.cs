using Xunit;
using static ChildrensKpi.Tests.Rules.Ssda903.Ssda903RuleFixture;

namespace ChildrensKpi.Tests.Rules.Ssda903;

/// <summary>
/// 1001, care leaver information for a young person whose episodes (this year's and last year's returns) do not show a
/// relevant or former relevant child, hand-worked in 2025-26 (31 March 2026 the end). Every young person was born
/// 01/06/2008 (the OC3 row's DOB; there is no Header): 14th birthday 01/06/2022, 16th 01/06/2024. Days of care are
/// DEC − max(DECOM, birthday). OC3 lines: J 2, K 3, L 4, M 5, N 6, O 7, P 8, Q 9.
/// </summary>
public sealed class RelevantChildRuleTests
{
    private static string Oc3Row(string child) => $"{child},01/06/2008,YES,F1,U1";

    [Fact]
    public void Rule1001_care_leaver_was_looked_after_13_weeks_after_14_and_after_16()
    {
        // J: 01/01/2024-02/06/2024, 153 days after 14 and 1 after 16: relevant.
        // K: 01/01/2024-01/06/2024, ends on the 16th birthday: 0 days after 16, flagged.
        // L: 04/03/2024-03/06/2024, 28+30+31+2 = 91 days (13 weeks exactly), 2 after 16: relevant.
        // M: 05/03/2024-03/06/2024, 90 days, in both returns (counted once, not 180): flagged.
        // N: 01/01/2024-01/09/2024 ended E11 (adopted): flagged.
        // O: no episode in either return, so none shows the 13 weeks: flagged (and by 1002).
        // P: 01/01/2024-01/09/2024 on short breaks (V3), which do not count: flagged.
        // Q: 01/01/2024-02/03/2024 (31+29+1 = 61 days) and an open episode from 01/03/2026 counted to 31/03/2026 (30):
        //    91 days, 30 after 16: relevant.
        var oc3 = Rows("OC3", [.. new[] { "J", "K", "L", "M", "N", "O", "P", "Q" }.Select(Oc3Row)]);
        var last = Episodes(
            Ep("J", "01/01/2024", "S", "C2", "U1", dec: "02/06/2024", rec: "E4A"),
            Ep("K", "01/01/2024", "S", "C2", "U1", dec: "01/06/2024", rec: "E4A"),
            Ep("L", "04/03/2024", "S", "C2", "U1", dec: "03/06/2024", rec: "E4A"),
            Ep("M", "05/03/2024", "S", "C2", "U1", dec: "03/06/2024", rec: "E4A"),
            Ep("N", "01/01/2024", "S", "E1", "A5", dec: "01/09/2024", rec: "E11"),
            Ep("P", "01/01/2024", "S", "V3", "U1", dec: "01/09/2024", rec: "E4A"),
            Ep("Q", "01/01/2024", "S", "C2", "U1", dec: "02/03/2024", rec: "E4A"));
        var now = Episodes(
            Ep("M", "05/03/2024", "S", "C2", "U1", dec: "03/06/2024", rec: "E4A"),
            Ep("Q", "01/03/2026", "S", "C2", "U1"));

        Assert.Equal(["oc3.csv:3", "oc3.csv:5", "oc3.csv:6", "oc3.csv:7", "oc3.csv:8"], Flagged("1001", 2025, Read(now, oc3), Read(last)));
    }

    // A young person aged 20 or over at 31 March is judged on their episodes like anyone else (the councils' validator
    // flags every one: docs/conformance.md). Born 30/03/2001 (aged 24 at 31/03/2026; 14th birthday 30/03/2015, 16th
    // 30/03/2017), as in the suite's fake data: W 01/01/2017-01/06/2017 is 151 days after 14 and 63 after 16: relevant;
    // Y 01/01/2017-29/03/2017 is 87 days, all before 16: flagged. OC3 lines W 2, Y 3.
    [Fact]
    public void Rule1001_judges_a_young_person_over_20_on_their_episodes()
    {
        var oc3 = Rows("OC3", "W,30/03/2001,YES,F1,U1", "Y,30/03/2001,YES,F1,U1");
        var last = Episodes(
            Ep("W", "01/01/2017", "S", "C2", "U1", dec: "01/06/2017", rec: "E4A"),
            Ep("Y", "01/01/2017", "S", "C2", "U1", dec: "29/03/2017", rec: "E4A"));

        Assert.Equal(["oc3.csv:3"], Flagged("1001", 2025, Read(oc3), Read(last)));
    }
}
