using FsCheck.Xunit;
using NodaTime;
using static ChildrensKpi.ReasonForNewEpisode;

namespace ChildrensKpi.Tests.Engine;

/// <summary>
/// What must always hold of temporary placements (indicators.md, "Temporary placements"): breaks the child comes back from
/// to the same PLACE never add a placement nor move its start, whatever their number, codes, lengths and RNEs.
/// </summary>
public class TemporaryPlacementProperties
{
    private static readonly PlacementType[] Temporary = [PlacementType.T0, PlacementType.T1, PlacementType.T2, PlacementType.T3, PlacementType.T4];

    private static readonly ReasonForNewEpisode[] Returns = [P, B, L, T, U];

    /// <summary>One U4 placement from 01/03/2004 with <paramref name="breaks"/> (up to 6) temporary breaks, each followed by the return to U4.</summary>
    private static List<Episode> History(int seed, int breaks)
    {
        var random = new Random(seed);
        var child = new ChildId("A");
        var episodes = new List<Episode>();
        var start = new LocalDate(2004, 3, 1);
        var at = start;
        var rne = S;
        for (int i = 0; i < breaks; i++)
        {
            var away = at.PlusDays(random.Next(1, 200));
            var back = away.PlusDays(random.Next(1, 8));
            episodes.Add(new Episode(child, at, rne, LegalStatus.C2, PlacementType.U4, away, ReasonEpisodeCeased.X1));
            episodes.Add(new Episode(child, away, P, LegalStatus.C2, Temporary[random.Next(Temporary.Length)], back, ReasonEpisodeCeased.X1));
            at = back;
            rne = Returns[random.Next(Returns.Length)];
        }
        episodes.Add(new Episode(child, at, rne, LegalStatus.C2, PlacementType.U4));
        return episodes;
    }

    [Property(MaxTest = 200)]
    public bool Build_BreaksReturnedFromToTheSamePlace_OnePlacementFromTheStart(int seed, byte breaks)
    {
        var episodes = History(seed, breaks % 7);

        var period = Assert.Single(CareHistory.Build(episodes));
        var placement = Assert.Single(period.Placements);

        return placement.IsCounted && placement.Start == new LocalDate(2004, 3, 1) && placement.Episodes.Length == episodes.Count
            && episodes.All(e => placement.TypeOn(e.Start) == PlacementType.U4);
    }

    [Property(MaxTest = 100)]
    public bool Ni62AndNi63_BreaksReturnedFrom_DecideAsTheUnbrokenPlacement(int seed, byte breaks)
    {
        // The same child with and without the breaks: the same NI62 and NI63 decision for any year ending after them.
        var broken = History(seed, breaks % 7);
        var whole = new Episode(new ChildId("A"), new LocalDate(2004, 3, 1), S, LegalStatus.C2, PlacementType.U4);
        var end = broken[^1].Start.PlusDays(1 + (seed & 0xFF));
        var period = ReportingPeriod.YearEnding(end);
        // Born 2000: under 16 at every end the histories reach (before 2010).
        Child[] born = [new(new ChildId("A"), Sex.Female, new LocalDate(2000, 1, 1))];

        bool Same(Indicator indicator)
        {
            var a = indicator.Compute(new LookedAfterData(broken, born), period).Children.Single();
            var b = indicator.Compute(new LookedAfterData([whole], born), period).Children.Single();
            return (a.InDenominator, a.InNumerator) == (b.InDenominator, b.InNumerator);
        }

        return Same(ChildrensKpi.Indicators.NI62) && Same(ChildrensKpi.Indicators.NI63) && Same(ChildrensKpi.Indicators.PAFB7);
    }
}
