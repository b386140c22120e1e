using ChildrensKpi.Readers;
using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Model;

/// <summary>
/// Issue 12: records another system gives <see cref="LookedAfterData"/> meet the rules the SSDA903 readers reject rows
/// by (E001, E002, E003, E008), written once (<c>EpisodeSequence</c>, <c>PeriodDates</c>), so the same records cannot
/// give one figure as typed records and another as files. Each case is worked by hand beside it.
/// </summary>
public class LookedAfterDataRecordRulesTests
{
    [Fact]
    public void Constructor_EpisodeStartingBeforeThePreviousEnded_IsRefusedAsE002()
    {
        // A's first episode runs 01/01/2006 to 01/06/2006; the second starts 01/05/2006, a month before that ended.
        var e = Assert.Throws<ArgumentException>(() => new LookedAfterData(
            [Ep("A", "01/05/2006", P, U4, "01/09/2006"), Ep("A", "01/01/2006", S, U1, "01/06/2006")]));

        Assert.Equal("episodes", e.ParamName);
        Assert.StartsWith("SSDA903-E002: the episode of child A beginning 2006-05-01 begins before the episode that began 2006-01-01 ended 2006-06-01;", e.Message);
    }

    [Fact]
    public void Constructor_EpisodeAfterAnOpenOne_IsRefusedAsE002()
    {
        var e = Assert.Throws<ArgumentException>(() => new LookedAfterData([Ep("A", "01/01/2006", S, U1), Ep("A", "01/05/2006", P, U4)]));

        Assert.StartsWith("SSDA903-E002: the episode of child A beginning 2006-05-01 begins before the episode that began 2006-01-01 is still open;", e.Message);
    }

    [Fact]
    public void Constructor_EpisodeBeforeTheHeadersBirth_IsRefusedAsE003()
    {
        // Born 01/03/2006 by the Header row, looked after from 01/01/2006.
        var e = Assert.Throws<ArgumentException>(() => new LookedAfterData([Ep("A", "01/01/2006", S, U1)], [Born("A", "01/03/2006")]));

        Assert.StartsWith("SSDA903-E003: the episode of child A beginning 2006-01-01 begins before the child's date of birth 2006-03-01 (Header);", e.Message);
    }

    [Fact]
    public void Constructor_EpisodeEndingBeforeItBegan_IsRefusedAsE001()
    {
        var e = Assert.Throws<ArgumentException>(() => new LookedAfterData([Ep("A", "01/05/2006", S, U1, "30/04/2006")]));

        Assert.StartsWith("SSDA903-E001: the episode of child A beginning 2006-05-01 ends 2006-04-30;", e.Message);
    }

    [Fact]
    public void Constructor_BirthBeyondTheSupportedYears_IsRefusedAsE008()
    {
        var e = Assert.Throws<ArgumentException>(() => new LookedAfterData([Ep("A", "01/05/2006", S, U1)],
            [new Child(new ChildId("A"), Sex.Female, new LocalDate(9999, 12, 31))]));

        Assert.Equal("children", e.ParamName);
        Assert.StartsWith("SSDA903-E008: the Header row of child A has DOB 9999-12-31;", e.Message);
    }

    [Fact]
    public void Constructor_WhatTheRulesAllow_IsAccepted()
    {
        // B: the second episode starts on the day the first ended (allowed); a short break (V3) overlapping both, and one
        // before the birth, are not compared. C: an episode that starts and ends on one day. D: no Header row, so no birth.
        var data = new LookedAfterData(
        [
            Ep("B", "01/01/2006", S, U1, "01/06/2006"), Ep("B", "01/06/2006", P, U4),
            new Episode(new ChildId("B"), D("01/03/2006"), S, LegalStatus.V3, U1, D("05/03/2006"), ReasonEpisodeCeased.E8),
            new Episode(new ChildId("B"), D("01/01/2005"), S, LegalStatus.V3, U1, D("05/01/2005"), ReasonEpisodeCeased.E8),
            Ep("C", "01/02/2006", S, U1, "01/02/2006"),
            Ep("D", "01/02/1990", S, U1),
        ], [Born("B", "01/12/2005"), Born("C", "01/01/2000")]);

        Assert.Equal(6, data.Episodes.Length);
    }

    [Fact]
    public void Constructor_AndTheReaders_JudgeTheSameRecordsByTheSameRule()
    {
        // The overlapping pair of the first case as an Episodes table: the reader rejects the later episode (line 3) by
        // the rule the constructor names.
        var file = InputFile.FromRows("episodes", ["CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC", "REC"],
            [["A", "01/01/2006", "S", "C2", "U1", "01/06/2006", "X1"], ["A", "01/05/2006", "P", "C2", "U4", "01/09/2006", "E8"]]);

        var read = Ssda903Reader.Read([file]);
        var refused = Assert.Throws<ArgumentException>(() => new LookedAfterData(
            [Ep("A", "01/01/2006", S, U1, "01/06/2006"), Ep("A", "01/05/2006", P, U4, "01/09/2006")]));

        var rejection = Assert.Single(read.Account.Rejections);
        Assert.Equal(("SSDA903-E002", 3L), (rejection.RuleId, rejection.Line));
        Assert.StartsWith(rejection.RuleId + ":", refused.Message);
    }
}
