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
        var results = ImmutableArray.CreateBuilder<IndicatorResult>(chosen.Length);
        var previous = ImmutableArray.CreateBuilder<IndicatorResult>();
        var assessments = ImmutableArray.CreateBuilder<PerformanceAssessment>();
        foreach (var indicator in chosen)
        {
            IndicatorResult? before = null;
            if (request.PreviousPeriod is { } previousPeriod)
            {
                var both = indicator.ComputeMany(request.Inputs, [request.Period, previousPeriod], request.Options);
                results.Add(both[0]);
                previous.Add(before = both[1]);
            }
            else
            {
                results.Add(indicator.Compute(request.Inputs, request.Period, request.Options));
            }
            if (request.Judge)
            {
                // A previous period with no one in the denominator has no value to travel from.
                assessments.Add(Performance.Assess(results[^1], request.Performance, before?.Denominator == 0 ? null : before, request.PerformanceOptions));
            }
        }
        var series = request.MonthlySeries
            ? chosen.Select(i => IndicatorSeries.Compute(i, request.Inputs, request.Period.End, request.Options with { Explain = false })).ToImmutableArray()
            : [];
        return new ComputeReport(request.Period, results.MoveToImmutable(), request.Account)
        {
            Assessments = assessments.ToImmutable(),
            PreviousResults = previous.ToImmutable(),
            Series = series,
        };
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
