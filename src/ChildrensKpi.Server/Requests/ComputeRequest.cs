using System.Collections.Immutable;

namespace ChildrensKpi.Server.Requests;

/// <summary>
/// A JSON compute request: the period, the indicators, and the records themselves. Dates are ISO (<c>yyyy-mm-dd</c>);
/// codes are the returns' codes, as strings. SSDA903 records are given when <see cref="Episodes"/>, <see cref="Children"/>
/// or <see cref="CareLeavers"/> is present; children in need records when any of their properties is. The options
/// <see cref="A3Months"/>, <see cref="A3Adjusted"/>, <see cref="AdoptionThresholds"/>, <see cref="TurnoverBase"/> and
/// <see cref="WorkingDaysPerYear"/> are the command line's <c>--a3-months</c>, <c>--a3-unadjusted</c>,
/// <c>--adoption-thresholds</c>, <c>--turnover-base</c> and <c>--working-days-per-year</c>, checked the same way.
/// </summary>
internal sealed record ComputeRequest(
    string? YearEnding,
    ImmutableArray<string>? Indicators = null,
    bool? Detail = null,
    ImmutableArray<EpisodeRecord>? Episodes = null,
    ImmutableArray<ChildRecord>? Children = null,
    ImmutableArray<CareLeaverRecord>? CareLeavers = null,
    ImmutableArray<ReferralRecord>? Referrals = null,
    ImmutableArray<AssessmentRecord>? Assessments = null,
    ImmutableArray<EnquiryRecord>? Enquiries = null,
    ImmutableArray<PlanRecord>? Plans = null,
    ImmutableArray<CinChildRecord>? CinChildren = null,
    ImmutableArray<PopulationRecord>? Population = null,
    int? SuppressionThreshold = null,
    int? A3Months = null,
    bool? A3Adjusted = null,
    AdoptionThresholdsChoice? AdoptionThresholds = null,
    string? TurnoverBase = null,
    int? WorkingDaysPerYear = null);
