namespace ChildrensKpi.Cli.Report;

/// <summary>What the HTML report shows: the judged year and each indicator's monthly series, in the same order.</summary>
/// <param name="Year">The indicators for the year, judged against the tables and the previous year.</param>
/// <param name="Series">The monthly series of each indicator of <paramref name="Year"/>.</param>
/// <param name="SuppressionThreshold">Counts from 1 to this, and figures that would reveal them, are withheld (0: none).</param>
internal sealed record ReportContent(ComputeReport Year, IReadOnlyList<IndicatorSeries> Series, int SuppressionThreshold = Disclosure.DefaultThreshold)
{
    /// <summary>The result as the report may publish it.</summary>
    public SuppressedResult Published(IndicatorResult result) => Disclosure.Apply(result, SuppressionThreshold);

    /// <summary>A value the report may show: null when there is none or it is withheld.</summary>
    public decimal? ShownValue(IndicatorResult result) => Published(result).Value;

    public PerformanceAssessment? AssessmentOf(IndicatorDefinition indicator) =>
        Year.Assessments.FirstOrDefault(a => a.Indicator == indicator.Id);
}
