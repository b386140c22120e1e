using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// NI 59: initial assessments for children's social care carried out within 7 working days of referral.
/// </summary>
/// <remarks>
/// <para>Denominator: initial assessments authorised (completed) in the period.</para>
/// <para>Numerator: those authorised within the timescale of the referral date, in working days (England and Wales
/// bank holidays; the referral date is day 0). The timescale is 7 working days, 10 for periods starting on or after
/// 1 April 2010 (<see cref="ComputeOptions.InitialAssessmentWorkingDays"/> overrides it).</para>
/// <para>Readings: an assessment authorised before its referral is a data error and is excluded (the readers reject it).</para>
/// </remarks>
internal sealed class Ni59InitialAssessmentTimeliness : AssessmentTimelinessIndicator
{
    private static readonly LocalDate TenDaysFrom = new(2010, 4, 1);

    public override IndicatorDefinition Definition { get; } = new(
        "NI59",
        [],
        "Initial assessments carried out within 7 working days of referral",
        Polarity.HigherIsBetter,
        IndicatorUnit.Percent,
        "Initial assessments authorised within 7 working days of the referral (10 from April 2010)",
        "Initial assessments authorised in the year",
        "National Indicator Set handbook of definitions (2008), NI 59; timescale 10 working days from April 2010 (Working Together 2010).");

    private protected override AssessmentType Type => AssessmentType.Initial;

    private protected override int Timescale(ReportingPeriod period, ComputeOptions options) =>
        options.InitialAssessmentWorkingDays ?? (period.Start >= TenDaysFrom ? 10 : 7);

    private protected override bool TimedFromReferral(ComputeOptions options) => true;
}
