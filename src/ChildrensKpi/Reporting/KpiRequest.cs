using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// Everything one computation is asked for: the records and the account of the rows they came from, the period, the
/// indicators, the tables to judge them against, the previous period for the direction of travel, whether to explain
/// each child and to compute the months, and how the answer is to be published. Every front door (the command line,
/// both paths of the HTTP server, a notebook) builds one and runs it with <see cref="ComputeReport.Compute"/>, so that one
/// set of inputs gives one answer whichever door it came through. Change it with <c>with</c>.
/// </summary>
public sealed record KpiRequest
{
    /// <summary>The records to compute from.</summary>
    public required IndicatorInputs Inputs { get; init; }

    /// <summary>What became of every input row; <see cref="InputAccount.Empty"/> (the default) for records built in memory.</summary>
    public InputAccount Account { get; init; } = InputAccount.Empty;

    /// <summary>The period computed.</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>The indicators to compute, in the order given; empty (the default) for every indicator whose inputs were given, in catalogue order.</summary>
    public ImmutableArray<Indicator> Indicators
    {
        get => field.IsDefault ? [] : field;
        init;
    } = [];

    /// <summary>Targets, bands and comparators; <see cref="PerformanceInputs.None"/> (the default) for none.</summary>
    public PerformanceInputs Performance { get; init; } = PerformanceInputs.None;

    /// <summary>The tolerances of the judgements (RAG amber, stable direction of travel).</summary>
    public PerformanceOptions PerformanceOptions { get; init; } = PerformanceOptions.Default;

    /// <summary>
    /// The period to compare with for the direction of travel (usually <see cref="PreviousYear"/>); null (the default)
    /// for none. Each indicator is computed for both periods in one pass.
    /// </summary>
    public ReportingPeriod? PreviousPeriod { get; init; }

    /// <summary>
    /// Whether each result is judged (<see cref="ComputeReport.Assessments"/>): true when a table is given or a previous
    /// period is, or when set; false otherwise.
    /// </summary>
    public bool Judge
    {
        get => field || PreviousPeriod is not null || !Performance.Targets.IsEmpty || !Performance.Bands.IsEmpty || !Performance.Comparators.IsEmpty;
        init;
    }

    /// <summary>How to compute; its <see cref="ComputeOptions.Explain"/> decides whether each result lists its children.</summary>
    public ComputeOptions Options { get; init; } = ComputeOptions.Default with { Explain = false };

    /// <summary>Whether each indicator is also computed month by month (<see cref="ComputeReport.Series"/>); false by default.</summary>
    public bool MonthlySeries { get; init; }

    /// <summary>
    /// What to break each indicator down by (<see cref="ComputeReport.Breakdowns"/>); empty (the default) for none. A
    /// breakdown is made from the children behind a result, so asking for one computes them whatever
    /// <see cref="ComputeOptions.Explain"/> says (the results list them only when it is true).
    /// </summary>
    public ImmutableArray<BreakdownDimension> Breakdowns
    {
        get => field.IsDefault ? [] : field;
        init;
    } = [];

    /// <summary>How the answer is published (<see cref="ComputeReport.Publish"/>): nothing withheld and ids as read by default.</summary>
    public PublicationOptions Publication { get; init; } = PublicationOptions.None;

    /// <summary>The twelve months before <see cref="Period"/>'s, ending a year before it ends.</summary>
    public ReportingPeriod PreviousYear => ReportingPeriod.YearEnding(Period.End.PlusYears(-1));

    /// <summary>
    /// The indicators that will be computed: <see cref="Indicators"/>, or when none is named every indicator whose inputs
    /// were given.
    /// </summary>
    public ImmutableArray<Indicator> Chosen() => Indicators.IsEmpty
        ? [.. ChildrensKpi.Indicators.All.Where(i => i.MissingInputs(Inputs) == IndicatorInputKinds.None)]
        : Indicators;

    /// <summary>The first indicator named that cannot be computed from <see cref="Inputs"/>, with what it lacks; null when each can be.</summary>
    public Indicator? FirstUnmet(out IndicatorInputKinds missing)
    {
        foreach (var indicator in Chosen())
        {
            missing = indicator.MissingInputs(Inputs);
            if (missing != IndicatorInputKinds.None)
            {
                return indicator;
            }
        }
        missing = IndicatorInputKinds.None;
        return null;
    }
}
