namespace ChildrensKpi.Cli.Report;

/// <summary>What the HTML report shows: the judged year and each indicator's monthly series, in the same order.</summary>
/// <param name="Year">The indicators for the year, judged against the tables and the previous year.</param>
/// <param name="Series">The monthly series of each indicator of <paramref name="Year"/>.</param>
internal sealed record ReportContent(ComputeReport Year, IReadOnlyList<IndicatorSeries> Series)
{
    public PerformanceAssessment? AssessmentOf(IndicatorDefinition indicator) =>
        Year.Assessments.FirstOrDefault(a => a.Indicator == indicator.Id);
}
