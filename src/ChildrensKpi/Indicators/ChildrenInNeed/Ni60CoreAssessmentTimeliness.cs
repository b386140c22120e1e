namespace ChildrensKpi;

/// <summary>
/// NI 60: core assessments for children's social care carried out within 35 working days of their commencement.
/// </summary>
/// <remarks>
/// <para>Denominator: core assessments authorised (completed) in the period.</para>
/// <para>Numerator: those authorised within 35 working days of the assessment's start date (England and Wales bank
/// holidays; the start date is day 0; <see cref="ComputeOptions.CoreAssessmentWorkingDays"/>).</para>
/// <para>Readings: a core assessment without a start date cannot be timed and is excluded, with that reason.</para>
/// </remarks>
internal sealed class Ni60CoreAssessmentTimeliness : AssessmentTimelinessIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "NI60",
        [],
        "Core assessments carried out within 35 working days of their commencement",
        Polarity.HigherIsBetter,
        IndicatorUnit.Percent,
        "Core assessments authorised within 35 working days of their start",
        "Core assessments authorised in the year",
        "National Indicator Set handbook of definitions (2008), NI 60.");

    private protected override AssessmentType Type => AssessmentType.Core;

    private protected override int Timescale(ReportingPeriod period, ComputeOptions options) => options.CoreAssessmentWorkingDays;

    private protected override bool TimedFromReferral(ComputeOptions options) => false;
}
