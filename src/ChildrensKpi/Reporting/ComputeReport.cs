using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// The indicators computed for one period with the account of the inputs they came from, as computed (nothing
/// withheld): what <see cref="Compute"/> gives for a <see cref="KpiRequest"/>. Publish it with <see cref="Publish"/>;
/// its JSON is the <c>compute</c> command's contract.
/// </summary>
/// <param name="Period">The period computed.</param>
/// <param name="Results">One result per indicator, in the order computed.</param>
/// <param name="Inputs">What became of every input row.</param>
public sealed record ComputeReport(ReportingPeriod Period, ImmutableArray<IndicatorResult> Results, InputAccount Inputs)
{
    /// <summary>How each result stands against targets, bands, comparators and the previous period; empty when not judged.</summary>
    public ImmutableArray<PerformanceAssessment> Assessments { get; init; } = [];

    /// <summary>
    /// Each indicator for the previous period (<see cref="KpiRequest.PreviousPeriod"/>), in the order of <see cref="Results"/>;
    /// empty when none was asked for. Publication needs them: a previous value is withheld when it rests on a small count.
    /// </summary>
    public ImmutableArray<IndicatorResult> PreviousResults { get; init; } = [];

    /// <summary>Each indicator month by month (<see cref="KpiRequest.MonthlySeries"/>), in the order of <see cref="Results"/>; empty when not asked for.</summary>
    public ImmutableArray<IndicatorSeries> Series { get; init; } = [];

    /// <summary>
    /// Each result broken down by each of <see cref="KpiRequest.Breakdowns"/>, in the order of <see cref="Results"/>, for
    /// the indicators a breakdown applies to (<see cref="Breakdown.AppliesTo"/>); empty when none was asked for.
    /// </summary>
    public ImmutableArray<IndicatorBreakdown> Breakdowns { get; init; } = [];

    /// <summary>
    /// Runs <paramref name="request"/>: computes each indicator chosen (with the previous period in the same pass when
    /// asked), judges each result when the request judges, and computes the months when asked.
    /// </summary>
    /// <exception cref="ArgumentException">An indicator named needs an input the request lacks (<see cref="KpiRequest.FirstUnmet"/> says which).</exception>
    public static ComputeReport Compute(KpiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.FirstUnmet(out var missing) is { } unmet)
        {
            throw new ArgumentException($"{unmet.Definition.Id} needs {missing}, which the request lacks.", nameof(request));
        }
        var chosen = request.Chosen();
        // A breakdown groups the children behind a result, so they are computed; the results keep them only when asked.
        bool explainForBreakdowns = !request.Breakdowns.IsEmpty && !request.Options.Explain;
        var (results, previous) = ComputeEach(chosen, explainForBreakdowns ? request with { Options = request.Options with { Explain = true } } : request);
        var breakdowns = ImmutableArray.CreateBuilder<IndicatorBreakdown>();
        foreach (var result in results.Where(Breakdown.AppliesTo))
        {
            breakdowns.AddRange(request.Breakdowns.Select(dimension => new IndicatorBreakdown(result.Definition.Id, dimension, Breakdown.Compute(result, request.Inputs, dimension))));
        }
        if (explainForBreakdowns)
        {
            static IndicatorResult Unexplained(IndicatorResult r) => new(r.Definition, r.Period, r.Numerator, r.Denominator, r.Notes, []);
            results = [.. results.Select(Unexplained)];
            previous = [.. previous.Select(Unexplained)];
        }
        var assessments = ImmutableArray.CreateBuilder<PerformanceAssessment>();
        if (request.Judge)
        {
            // The adoption scorecard's thresholds are its targets unless the council's Targets table gives its own: they
            // come first, and a Targets row for the same indicator and year, read later, wins (Performance.Assess).
            var scorecardTargets = request.Options.AdoptionThresholds.Targets(request.Period);
            var performance = scorecardTargets.IsEmpty ? request.Performance
                : request.Performance with { Targets = [.. scorecardTargets, .. request.Performance.Targets] };
            for (int i = 0; i < chosen.Length; i++)
            {
                // A previous period with no one in the denominator has no value to travel from, and one the files do not
                // cover (one census year, one year's Reviews) would be computed from a fragment: no direction, and why.
                var before = previous.IsEmpty ? null : previous[i];
                string? gap = before is null ? null : chosen[i].CoverageGap(request.Inputs, before.Period);
                var assessment = Performance.Assess(results[i], performance, gap is not null || before?.Denominator == 0 ? null : before, request.PerformanceOptions);
                assessments.Add(gap is null ? assessment
                    : assessment with { Notes = assessment.Notes.Add($"No direction of travel: not enough data for the previous period ({gap}).") });
            }
        }
        var series = request.MonthlySeries
            ? chosen.Select(i => IndicatorSeries.Compute(i, request.Inputs, request.Period.End, request.Options with { Explain = false })).ToImmutableArray()
            : [];
        return new ComputeReport(request.Period, results, request.Account)
        {
            Assessments = assessments.ToImmutable(),
            PreviousResults = previous,
            Series = series,
            Breakdowns = breakdowns.ToImmutable(),
        };
    }

    /// <summary>
    /// Each chosen indicator for the period (and the previous period when asked), in the order chosen. The indicators are
    /// independent and read shared columns built once, so they are computed side by side on every core.
    /// </summary>
    private static (ImmutableArray<IndicatorResult> Results, ImmutableArray<IndicatorResult> Previous) ComputeEach(ImmutableArray<Indicator> chosen, KpiRequest request)
    {
        var results = new IndicatorResult[chosen.Length];
        var previous = request.PreviousPeriod is null ? null : new IndicatorResult[chosen.Length];
        try
        {
            Parallel.For(0, chosen.Length, i =>
            {
                if (request.PreviousPeriod is { } previousPeriod)
                {
                    var both = chosen[i].ComputeMany(request.Inputs, [request.Period, previousPeriod], request.Options);
                    results[i] = both[0];
                    previous![i] = both[1];
                }
                else
                {
                    results[i] = chosen[i].Compute(request.Inputs, request.Period, request.Options);
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // The caller sees what a sequential computation would have thrown, not the parallel wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
        return ([.. results], previous is null ? [] : [.. previous]);
    }

    /// <summary>
    /// The report as it may be published under <paramref name="publication"/>: the one place where disclosure control
    /// and pseudonyms are applied, to every part of the report (see <see cref="PublishedReport"/>). Writers format the
    /// published report only.
    /// </summary>
    public PublishedReport Publish(PublicationOptions publication) => PublishedReport.Of(this, publication);

    /// <summary>
    /// Writes the report as JSON with the contract's field names (camelCase), UTF-8, indented, nothing withheld.
    /// </summary>
    /// <param name="utf8Json">Where to write; left open.</param>
    /// <param name="includeChildren">Whether each indicator lists its children (<c>--detail</c>).</param>
    public void WriteJson(Stream utf8Json, bool includeChildren) => Publish(PublicationOptions.None).WriteJson(utf8Json, includeChildren);

    /// <summary>The report as a JSON string prepared for publication (<see cref="Publish"/>, then <see cref="PublishedReport.ToJson"/>).</summary>
    public string ToJson(bool includeChildren, PublicationOptions publication) => Publish(publication).ToJson(includeChildren);

    /// <summary>The report as a JSON string, nothing withheld (see <see cref="WriteJson"/>).</summary>
    public string ToJson(bool includeChildren) => Publish(PublicationOptions.None).ToJson(includeChildren);
}
