namespace ChildrensKpi;

/// <summary>
/// CIN45: single assessments completed within 45 working days.
/// </summary>
/// <remarks>
/// <para>Denominator: single assessments authorised in the period; those without an authorisation date are still
/// open and not counted.</para>
/// <para>Numerator: those authorised within 45 working days (<see cref="ComputeOptions.SingleAssessmentWorkingDays"/>)
/// of the referral date, as Working Together 2013 and the DfE statistics count it; with
/// <see cref="ComputeOptions.SingleAssessmentClockStart"/> = <see cref="AssessmentClockStart.AssessmentStart"/>, of the
/// assessment's own start. England and Wales bank holidays; the start date is day 0.</para>
/// </remarks>
internal sealed class Cin45SingleAssessmentTimeliness : AssessmentTimelinessIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "CIN45",
        [],
        "Assessments completed within 45 working days",
        Polarity.HigherIsBetter,
        IndicatorUnit.Percent,
        "Single assessments authorised within 45 working days of the referral",
        "Single assessments authorised in the year (open assessments are not counted)",
        "Working Together to Safeguard Children (2013); DfE children in need census.");

    private protected override AssessmentType Type => AssessmentType.Single;

    private protected override int Timescale(ReportingPeriod period, ComputeOptions options) => options.SingleAssessmentWorkingDays;

    private protected override bool TimedFromReferral(ComputeOptions options) => options.SingleAssessmentClockStart == AssessmentClockStart.ReferralDate;
}
