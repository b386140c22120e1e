using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.ChildrenInNeed;

/// <summary>Short ways to write children in need records in hand-worked fixtures: dates as "dd/mm/yyyy".</summary>
internal static class CinRecords
{
    public static ChildId Id(string child) => new(child);

    public static Referral Ref(string child, string date, string? conference = null) =>
        new(Id(child), D(date), InitialConferenceDate: conference is null ? null : D(conference));

    public static Assessment Initial(string child, string referral, string? authorised, string? start = null) =>
        new(Id(child), D(referral), AssessmentType.Initial, start is null ? null : D(start), authorised is null ? null : D(authorised));

    public static Assessment Core(string child, string referral, string? start, string? authorised) =>
        new(Id(child), D(referral), AssessmentType.Core, start is null ? null : D(start), authorised is null ? null : D(authorised));

    public static Assessment Single(string child, string referral, string? start, string? authorised) =>
        new(Id(child), D(referral), AssessmentType.Single, start is null ? null : D(start), authorised is null ? null : D(authorised));

    public static Section47Enquiry S47(string child, string referral, string start, string? conference, bool notRequired = false) =>
        new(Id(child), D(referral), D(start), conference is null ? null : D(conference), notRequired);

    public static ProtectionPlan Plan(string child, string start, string? end = null, int? previous = null, params string[] reviews) =>
        new(Id(child), D(start), end is null ? null : D(end), numberOfPreviousPlans: previous, reviews: reviews.Select(D));

    public static ChildrenInNeedData Data(
        IEnumerable<Referral>? referrals = null,
        IEnumerable<Assessment>? assessments = null,
        IEnumerable<Section47Enquiry>? enquiries = null,
        IEnumerable<ProtectionPlan>? plans = null) =>
        new(referrals ?? [], assessments, enquiries, plans);

    public static IndicatorResult Run(Indicator indicator, ChildrenInNeedData data, ReportingPeriod period, ComputeOptions? options = null,
        params PopulationEstimate[] population) =>
        indicator.Compute(new IndicatorInputs { ChildrenInNeed = data, Population = [.. population] }, period, options ?? ComputeOptions.Default);

    /// <summary>The one explanation of <paramref name="child"/> whose subject is <paramref name="subject"/>.</summary>
    public static ChildExplanation Explain(IndicatorResult result, string child, string? subject) =>
        result.Children.Single(c => c.ChildId.Value == child && c.Subject == subject);

    public static ChildExplanation Expected(string child, bool denominator, bool numerator, string reason, string? subject) =>
        new(Id(child), denominator, numerator, reason) { Subject = subject };

    /// <summary>The invariants every per-item result keeps: counts agree with the explanations, numerator within denominator.</summary>
    public static void AssertCountsAgree(IndicatorResult result)
    {
        Assert.True(result.Numerator >= 0, $"{result.Definition.Id}: numerator {result.Numerator} is negative");
        Assert.True(result.Numerator <= result.Denominator, $"{result.Definition.Id}: numerator {result.Numerator} > denominator {result.Denominator}");
        Assert.Equal(result.Children.Count(c => c.InNumerator), (int)result.Numerator);
        Assert.Equal(result.Children.Count(c => c.InDenominator), (int)result.Denominator);
        Assert.All(result.Children, c => Assert.True(c.InDenominator || !c.InNumerator, $"{c.ChildId} {c.Subject}: numerator without denominator"));
    }
}
