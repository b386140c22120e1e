using FsCheck.Xunit;
using static ChildrensKpi.LegalStatus;
using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonEpisodeCeased;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.Current;

/// <summary>
/// ADOPT_A2 over every match date, which the generated histories seldom put before the placement order: the days from
/// the order to the match, never fewer than 0 (a match before the order counts 0, as the scorecard counts it).
/// </summary>
public class AdoptionA2Properties
{
    private static readonly ReportingPeriod ThreeYears = new(D("01/04/2021"), D("31/03/2024"));

    // Child S of AdoptionScorecardTests.Example: placement order (L, E1) 10/12/2021, placed for adoption 01/04/2022,
    // adopted 30/11/2022; only the AD1 DATE_MATCH moves.
    private static LookedAfterData WithMatch(LocalDate match) => new(
    [
        Ep("S", "01/03/2021", S, U4, "10/12/2021", ls: C1),
        Ep("S", "10/12/2021", L, U4, "01/04/2022", ls: E1),
        Ep("S", "01/04/2022", P, A6, "30/11/2022", ls: E1, rec: E11),
    ])
    {
        AdoptionDecisions = [new AdoptionDecision(new ChildId("S"), null, match) { ByFosterCarers = false }],
    };

    [Property]
    public bool DaysFromOrderToMatch_AreTheCalendarDaysOrZeroWhenMatchedFirst(int offset)
    {
        // Matches from about 21 months before the order to 21 months after it, the order's day included.
        int days = offset % 640;
        var order = D("10/12/2021");
        var result = ChildrensKpi.Indicators.ADOPTA2.Compute(WithMatch(order.PlusDays(days)), ThreeYears);
        return result.Denominator == 1 && result.Numerator == Math.Max(0, days) && result.Value == Math.Max(0, days);
    }
}
