using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonEpisodeCeased;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.Current;

/// <summary>The care leavers aged 17–18 and 19–21 on the worked example of indicators-current.md (2023-24).</summary>
public class CareLeavers2016Tests
{
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.YearEnding(new LocalDate(2024, 3, 31));

    private static CareLeaverOutcome Oc3(string child, string dob, InTouch inTouch, CareLeaverActivity activity, string? accommodation) =>
        new(new ChildId(child), D(dob), inTouch, activity, accommodation);

    // L: born 10/06/2006 (17 on 31/03/2024; 17th birthday 10/06/2023), in care 20/01/2021–20/01/2023: YES F2 D1.
    // M: born 05/02/2006 (18), in care 01/03/2020 to the 18th birthday 05/02/2024 (ceasing on it: in): YES G5 Z1.
    // N: born 01/09/2005 (18), in care 01/03/2020 to 02/09/2023, so looked after on the 18th birthday: excluded (rule 1016).
    // P: born 15/12/2003 (20): NO 0 0. Q: born 01/01/2003 (21): DIED, excluded. R: born 03/03/2004 (20): YES F1 U1.
    // CL1718 = L, M: in touch 2/2, EET 1/2 (L), suitable 2/2. CL1921 = P, R: in touch 1/2, EET 1/2, suitable 1/2.
    private static LookedAfterData Example() => new(
        [
            Ep("L", "20/01/2021", S, U4, "20/01/2023", rec: E8),
            Ep("M", "01/03/2020", S, U4, "05/02/2024", rec: E17),
            Ep("N", "01/03/2020", S, U4, "02/09/2023", rec: E8),
        ],
        [Born("L", "10/06/2006"), Born("M", "05/02/2006"), Born("N", "01/09/2005")],
        [
            Oc3("L", "10/06/2006", InTouch.Yes, CareLeaverActivity.F2, "D1"),
            Oc3("M", "05/02/2006", InTouch.Yes, CareLeaverActivity.G5, "Z1"),
            Oc3("N", "01/09/2005", InTouch.Yes, CareLeaverActivity.F1, "D1"),
            Oc3("P", "15/12/2003", InTouch.No, CareLeaverActivity.NoInformation, "0"),
            Oc3("Q", "01/01/2003", InTouch.Died, CareLeaverActivity.NoInformation, null),
            Oc3("R", "03/03/2004", InTouch.Yes, CareLeaverActivity.F1, "U1"),
        ]);

    [Theory]
    [InlineData("CL1718_INTOUCH", 2, 2)]
    [InlineData("CL1718_EET", 1, 2)]
    [InlineData("CL1718_ACCOM", 2, 2)]
    [InlineData("CL1921_INTOUCH", 1, 2)]
    [InlineData("CL1921_EET", 1, 2)]
    [InlineData("CL1921_ACCOM", 1, 2)]
    public void Compute_WorkedExample_AsTheSpecificationWorksIt(string id, int numerator, int denominator)
    {
        var result = ChildrensKpi.Indicators.Find(id)!.Compute(Example(), Year2024);

        Assert.Equal((numerator, denominator), ((int)result.Numerator, (int)result.Denominator));
    }

    [Fact]
    public void Compute_WorkedExample_ExclusionsGiveTheirRule()
    {
        var result = ChildrensKpi.Indicators.CL1718INTOUCH.Compute(Example(), Year2024);

        Assert.Equal("looked after on the birthday 2023-09-01 (rules 1007, 1016)", Explain(result, "N").Reason);
        Assert.Equal("aged 18; OC3 row; IN_TOUCH YES", Explain(result, "M").Reason);
        Assert.Equal("OC3 IN_TOUCH DIED: excluded", Explain(ChildrensKpi.Indicators.CL1921INTOUCH.Compute(Example(), Year2024), "Q").Reason);
        Assert.StartsWith("aged 20; OC3 row (the episodes read do not show 13 weeks",
            Explain(ChildrensKpi.Indicators.CL1921INTOUCH.Compute(Example(), Year2024), "R").Reason);
    }
}
