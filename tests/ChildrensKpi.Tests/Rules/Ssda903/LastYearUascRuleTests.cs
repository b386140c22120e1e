using Xunit;
using static ChildrensKpi.Tests.Rules.Ssda903.Ssda903RuleFixture;

namespace ChildrensKpi.Tests.Rules.Ssda903;

/// <summary>
/// 205A, 205B and 205D (UASC status and DUC against last year's), one hand-worked fixture each, in 2025-26: this year
/// is 1 April 2025 to 31 March 2026, last year 1 April 2024 to 31 March 2025. A child is UASC in a year when that year's
/// UASC table has its row. Line 1 of each file is its header, so the first row is line 2.
/// </summary>
public sealed class LastYearUascRuleTests
{
    private static (string, string) Uasc(params string[] rows) => Rows("UASC", rows);

    // 205A. A-E are in both years' Headers (lines 2-6 this year). Last year's DUCs: A 15/06/2024 (within last year:
    // the status ended then), B 01/04/2025 (the day after last year ended), C blank, D 31/03/2025 (last year's last
    // day), E 01/05/2030. None is UASC this year but E, so E is 205B's business. Flagged: B (line 3), C (line 4).
    [Fact]
    public void Rule205A_no_longer_uasc_needs_last_years_duc_within_last_year()
    {
        var children = new[] { ("A", "01/01/2009"), ("B", "01/01/2009"), ("C", "01/01/2009"), ("D", "01/01/2009"), ("E", "01/05/2012") };
        var last = Read(Header(children), Uasc("A,M,01/01/2009,15/06/2024", "B,M,01/01/2009,01/04/2025", "C,M,01/01/2009,",
            "D,M,01/01/2009,31/03/2025", "E,M,01/05/2012,01/05/2030"));
        var now = Read(Header(children), Uasc("E,M,01/05/2012,01/05/2030"));

        Assert.Equal(["header.csv:3", "header.csv:4"], Flagged("205A", 2025, now, last));
    }

    // 205B. P-S were born 10/05/2008, so their 18th birthday is 10/05/2026 (after this year's end). P: DUC 10/05/2026 in
    // both years (still UASC: not flagged). Q: last year 10/05/2026, this year 01/12/2025 (ceased within this year: not
    // flagged). R: last year 09/05/2026, the day before the 18th birthday (flagged). S: last year 10/05/2026, this year
    // 11/05/2026, neither within this year nor last year's date (flagged). Flagged rows: UASC and Header, lines 4 and 5.
    [Fact]
    public void Rule205B_uasc_both_years_needs_the_18th_birthday_last_year_and_a_duc_that_follows()
    {
        var children = new[] { ("P", "10/05/2008"), ("Q", "10/05/2008"), ("R", "10/05/2008"), ("S", "10/05/2008") };
        var last = Read(Header(children), Uasc("P,M,10/05/2008,10/05/2026", "Q,M,10/05/2008,10/05/2026", "R,M,10/05/2008,09/05/2026",
            "S,M,10/05/2008,10/05/2026"));
        var now = Read(Header(children), Uasc("P,M,10/05/2008,10/05/2026", "Q,M,10/05/2008,01/12/2025", "R,M,10/05/2008,09/05/2026",
            "S,M,10/05/2008,11/05/2026"));

        Assert.Equal(["header.csv:4", "header.csv:5", "uasc.csv:4", "uasc.csv:5"], Flagged("205B", 2025, now, last));
    }

    // 205D. This year A, B, C are UASC (Header lines 2-4). Last year A was UASC and B was in the Header without a UASC
    // row: B is flagged (line 3). C was not in last year's return at all, so there is no status to contradict.
    [Fact]
    public void Rule205D_uasc_this_year_was_uasc_last_year()
    {
        var last = Read(Header(("A", "01/01/2010"), ("B", "01/01/2010")), Uasc("A,M,01/01/2010,01/01/2028"));
        var now = Read(Header(("A", "01/01/2010"), ("B", "01/01/2010"), ("C", "01/01/2010")),
            Uasc("A,M,01/01/2010,01/01/2028", "B,M,01/01/2010,01/01/2028", "C,M,01/01/2010,01/01/2028"));

        Assert.Equal(["header.csv:3"], Flagged("205D", 2025, now, last));
    }
}
