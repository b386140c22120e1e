using FsCheck.Xunit;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.Current;

/// <summary>ICPC10K on the worked example of indicators-current.md (2023-24, population 50,000) and hand-worked cases.</summary>
public class Icpc10kInitialConferenceRateTests
{
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.YearEnding(new LocalDate(2024, 3, 31));

    private static ChildId Id(string child) => new(child);

    private static IndicatorResult Compute(ChildrenInNeedData data) =>
        ChildrensKpi.Indicators.ICPC10K.Compute(
            new IndicatorInputs { ChildrenInNeed = data, Population = [new PopulationEstimate("2023-24", 0, 17, 50_000)] }, Year2024);

    [Fact]
    public void Compute_WorkedExample_TwoConferencesPerFiftyThousand()
    {
        // ChildrenInNeedCurrentTests.Example: child 1's enquiry led to an ICPC on 28/09/2023, child 5's on 05/03/2024; no
        // other child has one. 2 conferences / (50,000 / 10,000) = 0.4 per 10,000.
        var result = Compute(ChildrenInNeedCurrentTests.Example());

        Assert.Equal((2m, 5m, 0.4m), (result.Numerator, result.Denominator, result.Value!.Value));
        Assert.Equal("initial conference held 2024-03-05", result.Children.Single(c => c.ChildId == Id("5")).Reason);
        Assert.DoesNotContain(result.Children, c => c.ChildId == Id("3"));
        Assert.Equal(IndicatorGroup.Current, result.Definition.Group);
    }

    [Fact]
    public void Compute_EachLevelAndTheYearsBounds_DistinctConferencesHeldInTheYear()
    {
        // A: an older census's conference on the referral (CINdetails/DateOfInitialCPC 01/04/2023, the first day) and,
        //    on its enquiry, the same conference again (01/04/2023) and a second one (31/03/2024, the last day): 2.
        // B: enquiry started 20/03/2024, its conference held 02/04/2024, after the year: 0.
        // C: two enquiries, conferences 10/06/2023 and 10/11/2023: 2.
        // D: a conference on a referral with no enquiry (12/12/2023): not counted (the reading: a conference follows one).
        // E: an older census's enquiry with no date of its own, its referral's conference 05/05/2023: 1.
        // Conferences held in the year 2 + 0 + 2 + 0 + 1 = 5 -> 5 / 5 = 1.0 per 10,000.
        var data = new ChildrenInNeedData(
            [
                new Referral(Id("A"), D("15/03/2023"), InitialConferenceDate: D("01/04/2023")),
                new Referral(Id("B"), D("15/03/2024")),
                new Referral(Id("C"), D("01/06/2023")),
                new Referral(Id("D"), D("01/12/2023"), InitialConferenceDate: D("12/12/2023")),
                new Referral(Id("E"), D("20/04/2023"), InitialConferenceDate: D("05/05/2023")),
            ],
            enquiries:
            [
                new Section47Enquiry(Id("A"), D("15/03/2023"), D("16/03/2023"), D("01/04/2023")),
                new Section47Enquiry(Id("A"), D("15/03/2023"), D("10/03/2024"), D("31/03/2024")),
                new Section47Enquiry(Id("B"), D("15/03/2024"), D("20/03/2024"), D("02/04/2024")),
                new Section47Enquiry(Id("C"), D("01/06/2023"), D("02/06/2023"), D("10/06/2023")),
                new Section47Enquiry(Id("C"), D("01/06/2023"), D("01/11/2023"), D("10/11/2023")),
                new Section47Enquiry(Id("E"), D("20/04/2023"), D("21/04/2023"), null),
            ]);

        var result = Compute(data);

        Assert.Equal((5m, 1.0m), (result.Numerator, result.Value!.Value));
        Assert.Equal(["initial conference held 2023-04-01", "initial conference held 2024-03-31"],
            result.Children.Where(c => c.ChildId == Id("A")).Select(c => c.Reason));
        Assert.Equal("initial conference held 2023-05-05", result.Children.Single(c => c.ChildId == Id("E")).Reason);
        Assert.Equal("initial conference held 2024-04-02, not in the period", result.Children.Single(c => c.ChildId == Id("B")).Reason);
        Assert.DoesNotContain(result.Children, c => c.ChildId == Id("D"));
    }
}

/// <summary>What must hold of ICPC10K on any valid data (<see cref="CurrentCinRecords"/>).</summary>
[Properties(Arbitrary = [typeof(CurrentCinArbitraries)], MaxTest = 80)]
public class Icpc10kInitialConferenceRateProperties
{
    private static IndicatorResult Compute(ChildrenInNeedData data, ReportingPeriod period) =>
        ChildrensKpi.Indicators.ICPC10K.Compute(new IndicatorInputs
        {
            ChildrenInNeed = data,
            Population = [.. Enumerable.Range(2021, 5).Select(y => new PopulationEstimate($"{y}-{(y + 1) % 100:D2}", 0, 17, 20_000))],
        }, period);

    [Property]
    public bool Compute_AnyData_CountsDistinctChildAndConferenceDayInThePeriod(CurrentCinRecords records, ReportingPeriod period)
    {
        var expected = records.Enquiries.Where(e => e.InitialConferenceDate is { } d && period.Contains(d))
            .Select(e => (e.Child, e.InitialConferenceDate)).Distinct().Count();
        return Compute(records.Data, period).Numerator == expected;
    }

    [Property]
    public bool Compute_ConferencesMovedToTheirReferral_SameCount(CurrentCinRecords records, ReportingPeriod period, int moveSeed)
    {
        // An older census records the conference on CINdetails instead of Section47 (rule 2884: one level or the other):
        // moving each referral's first enquiry conference there, as such a census would, leaves the count unchanged.
        var random = new Random(moveSeed);
        var moved = new Dictionary<(ChildId, LocalDate), LocalDate>();
        var enquiries = records.Enquiries.Select(e =>
        {
            if (e.InitialConferenceDate is { } d && random.Next(2) == 0 && moved.TryAdd((e.Child, e.ReferralDate), d))
            {
                return e with { InitialConferenceDate = null };
            }
            return e;
        }).ToList();
        var referrals = records.Referrals.Select(r => moved.TryGetValue((r.Child, r.Date), out var d) ? r with { InitialConferenceDate = d } : r);
        var older = new ChildrenInNeedData(referrals, enquiries: enquiries, plans: records.Plans, children: records.Children);
        return Compute(older, period).Numerator == Compute(records.Data, period).Numerator;
    }
}
