using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Model;

/// <summary>
/// Periods of care (consecutive episodes, each starting the day the previous ended; a gap or RNE S starts a new one)
/// and placements (new at S, P, B; continued by L, T, U), worked by hand.
/// </summary>
public class CareHistoryTests
{
    [Fact]
    public void Build_GapOfOneDay_StartsANewPeriodOfCare()
    {
        // Episode 1 ends 01/03/2006 (not looked after on 01/03); episode 2 starts 02/03/2006: 01/03 is a day out of
        // care -> two periods, even though episode 2's RNE is P.
        var periods = CareHistory.Build(
        [
            Ep("A", "01/01/2006", S, U4, "01/03/2006"),
            Ep("A", "02/03/2006", P, K2),
        ]);

        Assert.Equal(2, periods.Length);
        Assert.Equal(D("01/01/2006"), periods[0].Start);
        Assert.Equal(D("01/03/2006"), periods[0].End);
        Assert.Equal(D("02/03/2006"), periods[1].Start);
        Assert.Null(periods[1].End);
        Assert.Single(periods[0].Placements);
        Assert.Single(periods[1].Placements);
    }

    [Fact]
    public void Build_RneSOnTheDayThePreviousEnded_StartsANewPeriodOfCare()
    {
        // Episode 2 starts 01/03/2006, the day episode 1 ended, but its RNE is S (started to be looked after) -> new period.
        var periods = CareHistory.Build(
        [
            Ep("A", "01/01/2006", S, U4, "01/03/2006", rec: ReasonEpisodeCeased.E4A),
            Ep("A", "01/03/2006", S, U4),
        ]);

        Assert.Equal(2, periods.Length);
        Assert.Equal(D("01/03/2006"), periods[1].Start);
    }

    [Fact]
    public void Build_X1Continuation_OnePeriodOfCare()
    {
        // Episode 1 ends 01/03/2006 with REC X1, episode 2 (RNE P) starts 01/03/2006 -> the same period, 2 placements.
        var periods = CareHistory.Build(
        [
            Ep("A", "01/01/2006", S, U4, "01/03/2006", rec: ReasonEpisodeCeased.X1),
            Ep("A", "01/03/2006", P, K2),
        ]);

        var period = Assert.Single(periods);
        Assert.Equal(2, period.Episodes.Length);
        Assert.Equal(2, period.Placements.Length);
        Assert.False(period.StartsBeforeData);
        Assert.Null(period.End);
    }

    [Fact]
    public void Build_PlacementsSplitAtPAndB_ContinuedByLTU()
    {
        // Six consecutive episodes: S | L | P | T | B | U.
        // New placements begin at S (1), P (2), B (3); L, T, U continue the one before -> [S, L], [P, T], [B, U].
        var periods = CareHistory.Build(
        [
            Ep("A", "01/01/2006", S, K2, "01/02/2006", ls: LegalStatus.V2),
            Ep("A", "01/02/2006", L, K2, "01/03/2006", ls: LegalStatus.C1),
            Ep("A", "01/03/2006", P, U4, "01/04/2006", ls: LegalStatus.C1),
            Ep("A", "01/04/2006", T, U1, "01/05/2006", ls: LegalStatus.C2),
            Ep("A", "01/05/2006", B, F3, "01/06/2006", ls: LegalStatus.E1),
            Ep("A", "01/06/2006", U, A1, ls: LegalStatus.E1),
        ]);

        var period = Assert.Single(periods);
        Assert.Equal(3, period.Placements.Length);
        Assert.Equal([D("01/01/2006"), D("01/03/2006"), D("01/05/2006")], period.Placements.Select(p => p.Start));
        Assert.Equal([D("01/03/2006"), D("01/05/2006"), (LocalDate?)null], period.Placements.Select(p => p.End));
        Assert.Equal([2, 2, 2], period.Placements.Select(p => p.Episodes.Length));
        Assert.Equal([K2, U4, F3], period.Placements.Select(p => p.Type));
        // The third placement changed type from F3 to A1 on 01/06/2006 (RNE U, same carer).
        Assert.Equal(A1, period.Placements[2].TypeOn(D("31/03/2007")));
        Assert.Equal(F3, period.Placements[2].TypeOn(D("31/05/2006")));
    }

    [Fact]
    public void Build_TemporaryPlacement_IsAPlacementButNotCounted()
    {
        // U4, then T2 by P, then K2 by P: three placements, the middle one temporary (IsCounted false).
        var period = Assert.Single(CareHistory.Build(
        [
            Ep("A", "01/01/2006", S, U4, "01/02/2006"),
            Ep("A", "01/02/2006", P, T2, "10/02/2006"),
            Ep("A", "10/02/2006", P, K2),
        ]));

        Assert.Equal([true, false, true], period.Placements.Select(p => p.IsCounted));
    }

    [Fact]
    public void Build_ShortBreaks_Dropped()
    {
        // A: a V3 and a V4 episode among an open U4 placement -> they vanish; one period, one placement, one episode.
        // B: only short breaks -> no period of care at all.
        var a = CareHistory.Build(
        [
            Ep("A", "01/01/2006", S, U4),
            Ep("A", "10/02/2006", S, U6, "12/02/2006", ls: LegalStatus.V3, rec: ReasonEpisodeCeased.E13),
            Ep("A", "10/03/2006", S, U6, "12/03/2006", ls: LegalStatus.V4, rec: ReasonEpisodeCeased.E13),
        ]);
        var b = CareHistory.Build(
        [
            Ep("B", "10/02/2006", S, U6, "12/02/2006", ls: LegalStatus.V3, rec: ReasonEpisodeCeased.E13),
        ]);

        var period = Assert.Single(a);
        Assert.Single(period.Episodes);
        Assert.Single(period.Placements);
        Assert.Empty(b);
    }

    [Fact]
    public void Build_EpisodesOutOfOrder_AreSorted()
    {
        // Given third, first, second: sorted by start to 01/01, 01/02, 01/03 -> one period, placements by P at 01/02 and
        // L continuing at 01/03 -> two placements.
        var period = Assert.Single(CareHistory.Build(
        [
            Ep("A", "01/03/2006", L, K2, ls: LegalStatus.C2),
            Ep("A", "01/01/2006", S, U4, "01/02/2006", ls: LegalStatus.C1),
            Ep("A", "01/02/2006", P, K2, "01/03/2006", ls: LegalStatus.C1),
        ]));

        Assert.Equal([D("01/01/2006"), D("01/02/2006"), D("01/03/2006")], period.Episodes.Select(e => e.Start));
        Assert.Equal([D("01/01/2006"), D("01/02/2006")], period.Placements.Select(p => p.Start));
    }

    [Fact]
    public void Build_FirstEpisodeNotS_StartsBeforeData()
    {
        // The data begins with RNE L: the period of care began before the first episode read.
        var period = Assert.Single(CareHistory.Build([Ep("A", "01/04/2006", L, U4)]));

        Assert.True(period.StartsBeforeData);
        Assert.Single(period.Placements);
    }

    [Fact]
    public void Build_EpisodesOfTwoChildren_Throws() =>
        Assert.Throws<ArgumentException>(() => CareHistory.Build(
        [
            Ep("A", "01/01/2006", S, U4),
            Ep("B", "01/01/2006", S, U4),
        ]));

    [Fact]
    public void Build_NoEpisodes_Empty() => Assert.Empty(CareHistory.Build([]));

    [Fact]
    public void Build_ReturnFromATemporaryPlacement_ContinuesThePlacement()
    {
        // U4, the carer's holiday T3 (RNE P), back to U4 (RNE P): the break and the return belong to the U4 placement, one
        // counted placement of three episodes; during the holiday its type is still U4, the PLACE the child is away from.
        var period = Assert.Single(CareHistory.Build(
        [
            Ep("A", "01/01/2006", S, U4, "01/08/2006"),
            Ep("A", "01/08/2006", P, T3, "15/08/2006"),
            Ep("A", "15/08/2006", P, U4),
        ]));

        var placement = Assert.Single(period.Placements);
        Assert.True(placement.IsCounted);
        Assert.Equal(3, placement.Episodes.Length);
        Assert.Equal(U4, placement.TypeOn(D("10/08/2006")));
    }
}
