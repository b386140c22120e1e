using ChildrensKpi.Readers;
using static ChildrensKpi.Tests.Rules.Ssda903.Ssda903RuleFixture;

namespace ChildrensKpi.Tests.Rules.Ssda903;

/// <summary>
/// The DfE rules that a period does not end before it starts (903-356 Episodes, 903-567 Missing, 903-522 PlacedAdoption,
/// 903-702 DoLo) are one definition that the readers reject rows by and <c>validate --dfe</c> flags rows by, so both
/// judge each row the same. In each file line 2 ends the day before it starts (broken), line 3 ends on the day it started,
/// line 4 has no end (neither broken: the DfE's messages say "before", and an open period has not ended).
/// </summary>
public sealed class EndBeforeStartRuleTests
{
    [Theory]
    [InlineData("356", "Episodes", 2025, "episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,DEC,REC",
        "A,10/05/2025,S,C2,N1,U1,09/05/2025,E8", "B,10/05/2025,S,C2,N1,U1,10/05/2025,E8", "C,10/05/2025,S,C2,N1,U1,,")]
    [InlineData("567", "Missing", 2025, "missing.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END",
        "A,01/01/2015,M,10/05/2025,09/05/2025", "B,01/01/2015,M,10/05/2025,10/05/2025", "C,01/01/2015,M,10/05/2025,")]
    // The DfE's 522 in its own words: the decision that the child should no longer be placed for adoption must be on or
    // after the decision that they should.
    [InlineData("522", "PlacedAdoption", 2025, "placed_for_adoption.csv", "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
        "A,01/01/2015,10/05/2025,09/05/2025,RD1", "B,01/01/2015,10/05/2025,10/05/2025,RD1", "C,01/01/2015,10/05/2025,,")]
    // 702 is in the 2026-27 list only, with the DoLo table.
    [InlineData("702", "DoLo", 2026, "dolo.csv", "CHILD,DOB,DOLO_START,DOLO_END",
        "A,01/01/2015,10/05/2026,09/05/2026", "B,01/01/2015,10/05/2026,10/05/2026", "C,01/01/2015,10/05/2026,")]
    public void A_period_ending_the_day_before_it_started_is_flagged_and_rejected_alike(string code, string table, int year, string file,
        string columns, string broken, string sameDay, string open)
    {
        string text = string.Join("\n", columns, broken, sameDay, open) + "\n";

        var flagged = Flagged(code, year, (file, text));
        var read = Ssda903Reader.Read([InputFile.FromText(file, text)], collectionYear: new CollectionYear(year));

        Assert.Equal([$"{file}:2"], flagged);
        var rejected = read.Account.Rejections.Where(r => r.DfeRuleId == "903-" + code).Select(r => $"{r.Path}:{r.Line}");
        Assert.Equal([$"{file}:2"], rejected);
        Assert.DoesNotContain(read.Account.Rejections, r => r.Line is 3 or 4);
        Assert.True(read.Account.Rejections.Single(r => r.Line == 2).Column is { } column && columns.Split(',').Contains(column), table);
    }
}
