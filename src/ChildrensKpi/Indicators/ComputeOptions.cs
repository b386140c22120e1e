namespace ChildrensKpi;

/// <summary>
/// How indicators are computed. Every default is the statutory one; change it with <c>with</c>:
/// <c>ComputeOptions.Default with { Explain = false }</c>.
/// </summary>
public sealed record ComputeOptions
{
    /// <summary>The defaults: explain every child, England and Wales working days, statutory timescales.</summary>
    public static ComputeOptions Default { get; } = new();

    /// <summary>
    /// Whether to list every child (or counted item) with the rule that decided (<see cref="IndicatorResult.Children"/>).
    /// Default <see langword="true"/>; turn it off for speed when only the figures are wanted.
    /// </summary>
    public bool Explain { get; init; } = true;

    /// <summary>
    /// The calendar for timescales in working days (NI 59, NI 60, the 45-day assessment, ICPC15). Default: England and
    /// Wales bank holidays, the start date being day 0. A council adds its closure days with
    /// <see cref="WorkingDayCalendar.WithClosureDays"/>; every result names the calendar it used.
    /// </summary>
    public WorkingDayCalendar WorkingDays
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = WorkingDayCalendar.EnglandAndWales;

    /// <summary>
    /// NI 59's timescale in working days from the referral. Default (null): the statutory one for the period,
    /// 7 working days for periods starting before 1 April 2010 and 10 from then.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? InitialAssessmentWorkingDays
    {
        get;
        init => field = value is < 0 ? throw new ArgumentOutOfRangeException(nameof(value), value, "A timescale cannot be negative.") : value;
    }

    /// <summary>NI 60's timescale in working days from the assessment's start. Default 35.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int CoreAssessmentWorkingDays
    {
        get;
        init => field = NotNegative(value);
    } = 35;

    /// <summary>The single assessment's timescale in working days. Default 45.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int SingleAssessmentWorkingDays
    {
        get;
        init => field = NotNegative(value);
    } = 45;

    /// <summary>Where the single assessment's clock starts. Default: the referral date.</summary>
    public AssessmentClockStart SingleAssessmentClockStart { get; init; } = AssessmentClockStart.ReferralDate;

    /// <summary>ICPC15's timescale in working days from the start of the section 47 enquiry. Default 15.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int InitialConferenceWorkingDays
    {
        get;
        init => field = NotNegative(value);
    } = 15;

    /// <summary>
    /// PAF C18's comparator: the percentage of all children aged 10–17 in the area given a final warning, a reprimand or a
    /// conviction in the year (from the youth offending service), 0 to 100. Default (null): not given, and PAF C18 then
    /// reports the looked-after percentage with a note that the ratio needs this figure.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or over 100.</exception>
    public decimal? AreaOffendingPercentage
    {
        get;
        init => field = value is < 0 or > 100
            ? throw new ArgumentOutOfRangeException(nameof(value), value, "A percentage must be from 0 to 100.")
            : value;
    }

    /// <summary>
    /// The adoption scorecard's thresholds by the period's last year, the targets of ADOPT_A1, ADOPT_A10 and ADOPT_A2: each
    /// result's notes name the one for its period, and <see cref="ComputeReport.Compute"/> judges them against it (RAG)
    /// unless the council's Targets table has its own row for the indicator and year. Default:
    /// <see cref="ChildrensKpi.AdoptionThresholds.Published"/>; <see cref="ChildrensKpi.AdoptionThresholds.None"/> for none.
    /// </summary>
    public AdoptionThresholds AdoptionThresholds
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = AdoptionThresholds.Published;

    /// <summary>ADOPT_A3's threshold: moved in with the adoptive family before entering care + this many months. Default 14.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int A3Months
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A3Months must be at least 1.");
    } = 14;

    /// <summary>
    /// Whether ADOPT_A3 counts foster carer adoptions from the day the child went to live with the carers (as ADOPT_A10), rather
    /// than from the placement for adoption (as ADOPT_A1). Default <see langword="true"/>.
    /// </summary>
    public bool A3Adjusted { get; init; } = true;

    /// <summary>What SW_TURNOVER divides the leavers by. Default <see cref="ChildrensKpi.TurnoverBase.YearEnd"/>, as the DfE does.</summary>
    public TurnoverBase TurnoverBase { get; init; } = TurnoverBase.YearEnd;

    /// <summary>
    /// SW_SICKNESS's working days per FTE in a twelve-month period. Default 253. A period of another length uses its own
    /// working days by <see cref="WorkingDays"/> instead (nothing is pro-rated).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int WorkingDaysPerYear
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "WorkingDaysPerYear must be at least 1.");
    } = 253;

    private static int NotNegative(int value) =>
        value < 0 ? throw new ArgumentOutOfRangeException(nameof(value), value, "A timescale cannot be negative.") : value;
}
