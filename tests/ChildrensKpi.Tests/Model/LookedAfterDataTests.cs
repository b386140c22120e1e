using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Model;

public class LookedAfterDataTests
{
    [Fact]
    public void Constructor_WithoutTheOtherTables_LeavesThemEmpty()
    {
        var data = new LookedAfterData([Ep("A", "01/01/2006", S, U4)]);

        Assert.Empty(data.Reviews);
        Assert.Empty(data.Oc2Outcomes);
        Assert.Empty(data.AdoptionDecisions);
        Assert.Empty(data.PlacementsForAdoption);
        Assert.Empty(data.MissingEpisodes);
    }

    [Fact]
    public void Reviews_TwoForOneChildAndDate_ThrowsNamingTheDuplicate()
    {
        var review = new Review(new ChildId("A"), D("01/06/2006"), ReviewParticipation.PN1);

        var e = Assert.Throws<ArgumentException>(() => new LookedAfterData([]) { Reviews = [review, review with { Participation = ReviewParticipation.PN7 }] });

        Assert.StartsWith("Duplicate review (child and date) (A, Thursday, 01 June 2006): merge copies before building LookedAfterData (the readers do).", e.Message);
    }

    [Fact]
    public void Oc2Outcomes_TwoForOneChild_Throws()
    {
        var row = new Oc2Outcome(new ChildId("A"), D("01/01/1993"), true);

        var e = Assert.Throws<ArgumentException>(() => new LookedAfterData([]) { Oc2Outcomes = [row, row] });

        Assert.StartsWith("Duplicate OC2 row for child A:", e.Message);
    }
}
